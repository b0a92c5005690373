import { describe, expect, it } from 'vitest';
import { plainDek } from './plain-dek';

describe('plainDek', () => {
  it('leaves no stray space where a citation before punctuation was removed', () => {
    expect(plainDek('Drills went ahead without [[Russia]] [^a#p-1]. Others [^b#p-2], too [^c#p-3]!')).toBe('Drills went ahead without Russia. Others, too!');
  });
});
