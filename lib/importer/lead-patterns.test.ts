import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'the navies of both countries will hold joint drills in the Caspian Sea next month, the defence ministry said on Tuesday.';

describe('the headline below a site menu', () => {
  it('takes the line between a section label and the date, not the menu above them', () => {
    const a = parseArticle(`Middle East crisis Talks on Ukraine Elections 2025\nSecurity\nSecurity\nJoint drills open in Tajikistan\n20 October 2025 / 11:59\n\nDrills opened on Monday. ${LEAD}`);
    expect(a.title).toBe('Joint drills open in Tajikistan');
    expect(a.published?.iso.slice(0, 10)).toBe('2025-10-20');
    expect(a.removed.map((r) => r.text)).toContain('Middle East crisis Talks on Ukraine Elections 2025');
  });

  it('keeps a standfirst under the headline as text when a by-line follows it', () => {
    const a = parseArticle(`Navies meet on the Caspian\nA first exercise without Russia\nBy Jane Doe\n\nOfficials said ${LEAD}`);
    expect(a.title).toBe('Navies meet on the Caspian');
    expect(a.authors).toEqual(['Jane Doe']);
  });
});

describe('the outlet stated around the lead', () => {
  it('reads a dateline below a standfirst and a "read on the site" line', () => {
    const a = parseArticle(`Drills open in Tajikistan\n\nThe allies rehearse a border conflict\n\nRead on the site\nМОСКВА, 18 октября/ Радио Sputnik. На юге Таджикистана начались учения войск стран-членов организации, передает агентство.`);
    expect(a.publication?.name).toBe('Радио Sputnik');
  });

  it('reads "CITY (Agency)" after captions as long as a lead', () => {
    const caption = '© Agency / A. Photographer / Go to the mediabank Troops of the rapid reaction force at the range near Spassk during drills';
    const a = parseArticle(`Drills open in Tajikistan\n\n${caption}\n\nMOSCOW (Sputnik) The alliance holds drills of its rapid reaction forces on Sunday, ${LEAD}`);
    expect(a.publication?.name).toBe('Sputnik');
  });

  it('takes the outlet that credits its own source, whatever its name looks like', () => {
    const a = parseArticle(`BAKU, Azerbaijan, April 10. Staff talks were held in Aktau, Trend reports with reference to the Ministry of Defense. Then ${LEAD}`);
    expect(a.publication).toMatchObject({ name: 'Trend', provenance: 'text' });
    const b = parseArticle(`Warships arrive in Baku for a joint drill.\n\nJoint exercises began in Baku with warships of both navies, Kazinform learned from Trend. Then ${LEAD}`);
    expect(b.publication?.name).toBe('Kazinform');
  });

  it('does not take an outlet cited in the past tense as the publisher', () => {
    const a = parseArticle(`Drills open in Tajikistan\n\nThe troops arrived on Monday, Interfax reported, citing the general staff. Then ${LEAD}`);
    expect(a.publication).toBeNull();
  });

  it('does not take a ministry crediting its source as the outlet', () => {
    const a = parseArticle(`Drills open in Tajikistan\n\nThe troops arrived on Monday, the Defence Ministry reported citing the general staff. Then ${LEAD}`);
    expect(a.publication).toBeNull();
  });

  it('reads the outlet a by-line names in parentheses', () => {
    const a = parseArticle(`Anti-terror drive to be stepped up\nBy AN BAIJIE in Tashkent and LI XIAOKUN in Beijing(China Daily)\n\nOfficials said ${LEAD}`);
    expect(a.authors).toEqual(['An Baijie', 'Li Xiaokun']);
    expect(a.publication).toMatchObject({ name: 'China Daily', provenance: 'label' });
  });
});
