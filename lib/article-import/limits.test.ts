import { describe, expect, it } from 'vitest';
import { batchLimitMessage, IMPORT_LIMITS, tooLargeMessage } from './limits';

describe('import limits', () => {
  it('names the size of a file over the limit and the limit', () => {
    expect(tooLargeMessage(6 * 1024 * 1024)).toBe('This file is 6 MB; the limit is 5 MB a file. Split it, or save only the article.');
  });

  it('refuses a batch over the limit, counting the files still waiting in the list', () => {
    expect(batchLimitMessage(IMPORT_LIMITS.maxFilesPerBatch, 0)).toBeNull();
    expect(batchLimitMessage(101, 0)).toBe('At most 100 files at a time: you chose 101. Import or remove some, or choose fewer.');
    expect(batchLimitMessage(60, 41)).toBe('At most 100 files at a time: you chose 60 and 41 are still in the list. Import or remove some, or choose fewer.');
    expect(batchLimitMessage(100, 1)).toBe('At most 100 files at a time: you chose 100 and 1 is still in the list. Import or remove some, or choose fewer.');
  });
});
