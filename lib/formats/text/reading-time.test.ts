import { describe, expect, it } from 'vitest';
import { readingTime } from './reading-time';

describe('readingTime', () => {
  it('counts words across paragraphs, hyphenated and apostrophised words once', () => {
    expect(readingTime(['Russia’s well-known drills.', 'Unity-2024 began'])).toBe('Under a minute to read (5 words)');
  });

  it('rounds to whole minutes at 230 words a minute, in English plurals', () => {
    expect(readingTime([Array.from({ length: 230 }, () => 'word').join(' ')])).toBe('About 1 minute to read (230 words)');
    expect(readingTime([Array.from({ length: 700 }, () => 'word').join(' ')])).toBe('About 3 minutes to read (700 words)');
  });
});
