import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'Kazakhstan said on Tuesday that it would hold naval drills with its Caspian neighbours next month, officials said in a statement.';

describe('site banners never become the title', () => {
  it('drops the "official website" banner of a government site and its lock notice', () => {
    const a = parseArticle(
      `An official website of the United States government\nHere's how you know\nA .gov website belongs to an official government organization in the United States.\nA lock (lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\nNavies meet on the Caspian\n\n${LEAD}`,
    );
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD]);
  });

  it('drops a ministry masthead banner, display controls and section labels', () => {
    const a = parseArticle(`View settings\nFont size:\nImages\nSettings\nOfficial website of the Ministry of Defence\nNews /\nNavies meet on the Caspian\nMarch 3, 2024\n\n${LEAD}`);
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.published?.iso).toBe('2024-03-03T00:00:00Z');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD]);
  });

  it('keeps a sentence that starts like a banner', () => {
    const sentence = 'The official website of the Kazakh Defence Ministry reported on Monday that the drills had begun near Aktau.';
    const a = parseArticle(`Navies meet on the Caspian\n\n${sentence}\n\n${LEAD}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([sentence, LEAD]);
  });

  it('drops donation appeals, browser warnings and relative "last updated" stamps', () => {
    for (const banner of ['UNITED24 - Make a charitable donation in support of Ukraine!', 'If your browser does not render page correctly, please read the page content below', 'Last updated 5 minutes ago', 'Donate now']) {
      const a = parseArticle(`${banner}\nNavies meet on the Caspian\n\n${LEAD}`);
      expect(a.title, banner).toBe('Navies meet on the Caspian');
      expect(a.paragraphs.map((p) => p.text), banner).toEqual([LEAD]);
    }
  });

  it('reads a breadcrumb whose last crumb is the headline, «quotes» and all', () => {
    const title = 'Страны ОДКБ участвуют в учениях «Рубеж-2014» в России';
    const a = parseArticle(`Портал на русском языке > НОВОСТИ > ${title}\n\n${title}\n\n${LEAD}`);
    expect(a.title).toBe(title);
    expect(a.removed.map((r) => r.kind)).toContain('other');
  });

  it('keeps a long headline without a closing stop when a date follows it', () => {
    const title = 'The Cooperation exercises mark a new stage in developing the rapid reaction force and building the capability to respond to the threats of today';
    const a = parseArticle(`Images\nSettings\n${title}\nOctober 16, 2009\n\n${LEAD}`);
    expect(a.title).toBe(title);
    expect(a.published?.iso).toBe('2009-10-16T00:00:00Z');
  });

  it('takes a three-word headline under a one-word section label', () => {
    const a = parseArticle(`Military\nTurkmenistan - Naval Forces\n\n${LEAD}`);
    expect(a.title).toBe('Turkmenistan - Naval Forces');
    expect(a.removed.map((r) => r.text)).toContain('Military');
  });
});
