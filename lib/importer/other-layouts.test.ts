import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { PROSE_1, PROSE_2, PROSE_3, doc } from './test-text';

// Layouts of outlets not in the corpus, to keep the heuristics general.
describe('other layouts', () => {
  it('magazine page: breadcrumb labels, standfirst, image credit, inline teaser, tags', () => {
    const a = parseArticle(
      doc(
        'Home',
        'Central Asia',
        'Kazakhstan’s New Naval Ambitions',
        'Astana is investing in its Caspian fleet. Here is why.',
        'By Aigerim Toleukhanova and Daniyar Sadykov',
        'March 12, 2024',
        'Image Credit: Depositphotos',
        PROSE_1,
        'Read also: Turkmenistan Buys Patrol Boats',
        PROSE_2,
        PROSE_3,
        'Tags',
        'Kazakhstan',
        'Navy',
      ),
    );
    expect(a.title).toBe('Kazakhstan’s New Naval Ambitions');
    expect(a.authors).toEqual(['Aigerim Toleukhanova', 'Daniyar Sadykov']);
    expect(a.published).toMatchObject({ iso: '2024-03-12T00:00:00Z', precision: 'day' });
    expect(a.publication).toBeNull();
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Astana is investing in its Caspian fleet. Here is why.',
      PROSE_1,
      PROSE_2,
      PROSE_3,
    ]);
    expect(a.removed).toEqual([
      { kind: 'section-label', text: 'Home' },
      { kind: 'section-label', text: 'Central Asia' },
      { kind: 'image-credit', text: 'Image Credit: Depositphotos' },
      { kind: 'related-list', text: 'Read also: Turkmenistan Buys Patrol Boats' },
      { kind: 'related-list', text: 'Tags' },
      { kind: 'related-list', text: 'Kazakhstan' },
      { kind: 'related-list', text: 'Navy' },
    ]);
  });

  it('think-tank page: label, dated line with trailer, "By:" label, copyright footer', () => {
    const a = parseArticle(
      doc(
        'Kazakhstan Offers to Hold Joint Military Exercises With Turkey',
        'Publication: Eurasia Daily Monitor Volume: 7 Issue: 22',
        'February 2, 2010 05:37 PM Age: 14 years',
        'By: Roger McDermott',
        PROSE_1,
        PROSE_2,
        '© 2024 The Jamestown Foundation. All rights reserved.',
      ),
    );
    expect(a.authors).toEqual(['Roger McDermott']);
    expect(a.published).toMatchObject({ iso: '2010-02-02T17:37:00Z', precision: 'minute', tzOffsetMinutes: null });
    expect(a.notes).toContain('No time zone stated with "February 2, 2010 05:37 PM"; time read as UTC');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.removed).toEqual([{ kind: 'other', text: '© 2024 The Jamestown Foundation. All rights reserved.' }]);
  });

  it('wire page: service by-line, published and updated lines', () => {
    const a = parseArticle(
      doc(
        'Caspian States Sign Drill Plan',
        'By RFE/RL’s Kazakh Service',
        'Updated: April 9, 2024 10:00 GMT',
        'Published: April 8, 2024 18:30 GMT',
        PROSE_1,
      ),
    );
    expect(a.authors).toEqual(['RFE/RL’s Kazakh Service']);
    expect(a.published).toMatchObject({ iso: '2024-04-08T18:30:00Z', tzOffsetMinutes: 0 });
    expect(a.notes).toContain('Another updated date "April 9, 2024 10:00 GMT" was stated and not used');
  });

  it('undated page with only an update line uses it and says so', () => {
    const a = parseArticle(doc('Caspian States Sign Drill Plan', 'Last updated 9 April 2024', PROSE_1));
    expect(a.published?.iso).toBe('2024-04-09T00:00:00Z');
    expect(a.notes).toContain('Only an update date is stated ("9 April 2024"); used as the publication date');
  });

  it('Russian-language page: Cyrillic labels and dates', () => {
    const body =
      'Вооружённые силы Казахстана и Азербайджана провели совместные учения на Каспии без участия России. По словам экспертов, это свидетельствует о растущем стремлении стран региона самостоятельно обеспечивать свою безопасность.';
    const a = parseArticle(doc('Казахстан и Азербайджан провели учения', 'Автор: Иван Петров', '8 апреля 2024 20:25', body));
    expect(a.title).toBe('Казахстан и Азербайджан провели учения');
    expect(a.authors).toEqual(['Иван Петров']);
    expect(a.published).toMatchObject({ iso: '2024-04-08T20:25:00Z', precision: 'minute', text: '8 апреля 2024 20:25' });
    expect(a.paragraphs).toEqual([{ kind: 'text', text: body }]);
  });
});
