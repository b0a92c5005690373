import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const LEAD = 'Kazakhstan said on Tuesday that it would hold naval drills with its Caspian neighbours next month, officials said in a statement.';
const read = (byline: string) => parseArticle(`Navies meet on the Caspian\n${byline}\n\n${LEAD}`);

describe('by-lines with roles', () => {
  it('reads the name before a role, with or without "By" and whatever the separator', () => {
    for (const byline of ['By Jane Doe, Staff Writer', 'Jane Doe | Staff Writer', 'Jane Doe — Special Correspondent', 'By Jane Doe, Senior Fellow at the Caspian Policy Center', 'Jane Doe, Non-resident Fellow, Caspian Policy Center']) {
      const a = read(byline);
      expect(a.authors, byline).toEqual(['Jane Doe']);
      expect(a.title, byline).toBe('Navies meet on the Caspian');
      expect(a.paragraphs.map((p) => p.text), byline).toEqual([LEAD]);
    }
  });

  it('takes an outlet named after the authors, never a city', () => {
    const a = read('By Jane Doe and John Roe, Azernews');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.publication).toMatchObject({ name: 'Azernews', provenance: 'label' });
    const b = read('By Jane Doe, Almaty');
    expect(b.publication).toBeNull();
  });

  it('reads the agency of a dateline with a day and no year, and no date from it', () => {
    const a = parseArticle(`Navies meet on the Caspian\n\nASTANA, March 3 (Kazinform) — ${LEAD}`);
    expect(a.publication).toMatchObject({ name: 'Kazinform', provenance: 'text' });
    expect(a.published).toBeNull();
  });
});
