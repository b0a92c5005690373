import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'Kazakhstan said on Tuesday that it would hold naval drills with its Caspian neighbours next month, officials said in a statement.';
const MORE = 'The exercise will last five days and involve ships, aircraft and coastal units from both countries, the ministry said.';

describe('what a page states around its text', () => {
  it('drops a list bullet before the headline', () => {
    expect(parseArticle(`• Navies meet on the Caspian\n\n${LEAD}`).title).toBe('Navies meet on the Caspian');
  });

  it('takes a bare date as the last line as the publication date', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\n${LEAD}\n\n${MORE}\n\nJul 15, 2017 19:42 UTC`);
    expect(a.published?.iso).toBe('2017-07-15T19:42:00Z');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, MORE]);
  });

  it('does not take an outlet cited deep in the text as the publisher', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\n${LEAD}\n\n${MORE}\n\nThe fleet berthed at Anzali on Thursday, Steppe News Agency reported.`);
    expect(a.publication).toBeNull();
  });

  it('reads labels set apart by a wide gap on one line', () => {
    const a = parseArticle(`Navies meet on the Caspian\nSource :Steppe News English   Date :16-Jul-2017\n\n${LEAD}`);
    expect(a.publication?.name).toBe('Steppe News English');
    expect(a.published?.iso.slice(0, 10)).toBe('2017-07-16');
  });

  it('reads a by-line with a social handle, a relative time and the date', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\nJane Doe (@janedoe88) 1 minute ago Thu 29th April 2021 | 09:59 PM\n\n${LEAD}`);
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.published?.iso.slice(0, 10)).toBe('2021-04-29');
  });

  it('takes the first outlet of a dateline that names two, with a date', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\nBISHKEK (Steppe News / Agency - 29th April, 2021) ${LEAD}`);
    expect(a.publication?.name).toBe('Steppe News');
  });
});
