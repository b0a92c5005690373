import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'Kazakhstan said on Tuesday that it would hold naval drills with its Caspian neighbours next month, officials said in a statement.';

describe('stamps, tickers and section labels above the headline', () => {
  it('drops a rates ticker and reads a label glued with a date stamp before a repeated headline', () => {
    const a = parseArticle(`Currency rates from 29/08/2025\n$1 – 12482.38\nUZS – 0.56%\nUSD 68.59\nSearch\nUzbekistan 05/08/2021 Navies meet on the Caspian\nNavies meet on the Caspian\n\nTashkent, Uzbekistan (Steppe Daily) -- ${LEAD}`);
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.publication?.name).toBe('Steppe Daily');
    expect(a.paragraphs.map((p) => p.text)).toEqual([`Tashkent, Uzbekistan (Steppe Daily) -- ${LEAD}`]);
  });

  it('reads "SECTION | 16:15 / 11.04.2019" as a section label and a date, never as the site', () => {
    const a = parseArticle(`SOCIETY | 16:15 / 11.04.2019\n\nNavies meet on the Caspian\n\n${LEAD}`);
    expect(a.publication).toBeNull();
    expect(a.published?.iso.slice(0, 10)).toBe('2019-04-11');
    expect(a.title).toBe('Navies meet on the Caspian');
  });

  it('reads a date written with commas between its parts, so it is not the title', () => {
    const a = parseArticle(`Sunday, 24, November, 2024\n\n${LEAD}`);
    expect(a.title).toBeNull();
    expect(a.published?.iso.slice(0, 10)).toBe('2024-11-24');
  });
});

describe('stamps and credits glued to the text', () => {
  it('reads a date stamp glued to the lead', () => {
    const a = parseArticle(`Drills in Nakhchivan\nPOLITICS\n23.06.2021 | 15:38Special tactical drills are conducted in Nakhchivan, ${LEAD}`);
    expect(a.published?.iso.slice(0, 10)).toBe('2021-06-23');
    expect(a.paragraphs.map((p) => p.text)).toEqual([`Special tactical drills are conducted in Nakhchivan, ${LEAD}`]);
  });

  it('cuts a photo credit glued before the headline', () => {
    const a = parseArticle(`© Agency/ Vladimir Petrov Navies Meet on the Caspian Under a New Agreement\n\n${LEAD}`);
    expect(a.title).toBe('Navies Meet on the Caspian Under a New Agreement');
    expect(a.removed.map((r) => r.kind)).toContain('image-credit');
  });
});

describe('datelines that name the agency', () => {
  it('reads "City. D Month. AGENCY/" and "CITY (Agency)Text" without a space', () => {
    expect(parseArticle(`Baku. 13 May. REPORT.AZ/ Under an agreement ${LEAD}`).publication?.name).toBe('REPORT.AZ');
    expect(parseArticle(`Drills in Nakhchivan\n\nBAKU (Sputnik)Azerbaijani and Turkish troops ${LEAD}`).publication?.name).toBe('Sputnik');
  });
});

describe('by-lines with ranks, units and closing credits', () => {
  it('drops a rank before the name and a unit after it', () => {
    expect(parseArticle(`Drills near Almaty\nBy Sgt. Jane Doe Arizona National Guard Public Affairs\n\n${LEAD}`).authors).toEqual(['Jane Doe']);
    expect(parseArticle(`Drills near Almaty\nStory and photos by SGT. JANE DOE/U.S. ARMY CENTRAL\n\n${LEAD}`).authors).toEqual(['Jane Doe']);
    expect(parseArticle(`Drills near Almaty\nBy Capt. John Roe and Dr. Jane Doe\n\n${LEAD}`).authors).toEqual(['John Roe', 'Jane Doe']);
  });

  it('reads the writer of a closing credit and a signed line, and removes them from the text', () => {
    const a = parseArticle(`Drills near Almaty\n\n${LEAD}\n\nWriting by Jane Doe, editing by John Roe\n\nAdd a comment`);
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD]);
    const b = parseArticle(`Drills near Almaty\n\n${LEAD}\n\nJane Doe, Department of Information and Mass Communications of the Ministry of Defense`);
    expect(b.authors).toEqual(['Jane Doe']);
  });

  it('keeps the by-line above the text over a credit below it, and takes no name from a sentence', () => {
    const a = parseArticle(`Drills near Almaty\nBy John Roe\n\n${LEAD}\n\n(Reporting by Jane Doe)`);
    expect(a.authors).toEqual(['John Roe']);
    const b = parseArticle(`Drills near Almaty\n\n${LEAD}\n\nThe drills were reported by local media, officials said.`);
    expect(b.authors).toEqual([]);
  });
});
