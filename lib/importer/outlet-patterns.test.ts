import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'Kazakhstan said on Tuesday that it would hold naval drills with its Caspian neighbours next month, officials said.';

describe('patterns of other outlets', () => {
  it('reads a by-line that names a role instead of "By"', () => {
    const a = parseArticle(`Navies meet on the Caspian\nJane Doe, Staff Writer\nSept. 7, 2013\n\n${LEAD}`);
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.published?.iso).toBe('2013-09-07T00:00:00Z');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD]);
  });

  it('takes the agency of a dateline as the publication, marked as read from the text', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\nASTANA, Sept 7 (Reuters) - ${LEAD}`);
    expect(a.publication).toEqual({ name: 'Reuters', abbreviation: null, provenance: 'text', evidence: 'ASTANA, Sept 7 (Reuters) -' });
    const b = parseArticle(`Navies meet on the Caspian\n\nALMATY (AP) — ${LEAD}`);
    expect(b.publication?.name).toBe('AP');
  });

  it('drops a lone rule and site notices about cookies and scripts', () => {
    const a = parseArticle(`Please enable JavaScript to view this site.\nNavies meet on the Caspian\n\n${LEAD}\n\n---\n\n${LEAD.replace('Tuesday', 'Monday')}\n\nWe use cookies to improve your experience. By continuing to browse you agree.`);
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, LEAD.replace('Tuesday', 'Monday')]);
    expect(a.removed.map((r) => r.text)).toContain('---');
  });
});

describe('years for the era estimate', () => {
  it('leaves out years named as targets', async () => {
    const { yearsMentioned } = await import('./years');
    const p = (text: string) => [{ kind: 'text' as const, text }];
    expect(yearsMentioned(p('The fleet, modernised in 2019, is to double by 2040 under Vision 2050 and the plan for 2030.'))).toEqual([2019]);
    expect(yearsMentioned(p('Drills were held from 2018 to 2020, and again until the end of 2035.'))).toEqual([2018, 2020]);
  });
});

describe('more layouts of other outlets', () => {
  it('drops a breadcrumb that ends with the headline, and text-size controls', () => {
    const a = parseArticle(`Large Medium Small |\nHOME >> NEWS >> Navies meet on the Caspian\n\nNavies meet on the Caspian\n\n${LEAD}`);
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.removed.map((r) => r.text)).toEqual(['Large Medium Small |', 'HOME >> NEWS >> Navies meet on the Caspian']);
  });

  it('reads the agency and date of capitalised datelines', () => {
    const a = parseArticle(`DUSHANBE, September 15, 2012, Asia-Plus  -- ${LEAD}`);
    expect(a.publication?.name).toBe('Asia-Plus');
    expect(a.published?.iso).toBe('2012-09-15T00:00:00Z');
    expect(a.notes).toContain('Date "September 15, 2012" taken from the dateline');
    expect(parseArticle(`PSKOV. KAZINFORM - ${LEAD}`).publication?.name).toBe('KAZINFORM');
    expect(parseArticle(`MOSCOW (Sputnik) ${LEAD}`).publication?.name).toBe('Sputnik');
  });

  it('reads a by-line with places and the outlet in parentheses', () => {
    const a = parseArticle(`Anti-terror drive to be stepped up\nBy AN BAIJIE in Tashkent and LI XIAOKUN in Beijing(China Daily)\n\n${LEAD}`);
    expect(a.authors).toEqual(['An Baijie', 'Li Xiaokun']);
  });
});
