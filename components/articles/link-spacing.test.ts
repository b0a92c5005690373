import { describe, expect, it } from 'vitest';
import type { ParagraphMention } from '@/lib/articles/dto';
import { mentionsToLink } from './link-spacing';

function mention(start: number, name: string): ParagraphMention {
  return { start, end: start + name.length, href: `/countries/${name.toLowerCase()}`, entityName: name, entityType: 'COUNTRY' };
}

describe('mentionsToLink', () => {
  it('links each entity’s first mention and not its repeats close by', () => {
    const text = 'Russia and Kazakhstan met; Russia said Kazakhstan agreed.';
    const links = mentionsToLink([{ text, mentions: [mention(0, 'Russia'), mention(11, 'Kazakhstan'), mention(27, 'Russia'), mention(39, 'Kazakhstan')] }]);
    expect([...(links[0] ?? [])]).toEqual([0, 11]);
  });

  it('links a mention again once enough text has passed since the last link, across paragraphs', () => {
    const filler = 'x'.repeat(60);
    const paragraphs = Array.from({ length: 6 }, () => ({ text: `Russia ${filler}`, mentions: [mention(0, 'Russia')] }));
    // Each paragraph is 67 characters plus its break: the gap of 136 is reached every other paragraph.
    const links = mentionsToLink(paragraphs, 136);
    expect(links.map((s) => s.size)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
