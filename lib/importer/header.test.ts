import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { PROSE_1, PROSE_2, doc } from './test-text';

describe('header: by-lines and author labels', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['Authors: Jane Doe, John Smith', ['Jane Doe', 'John Smith']],
    ['Written by Aigerim Sarsenova & Ilham Aliyev', ['Aigerim Sarsenova', 'Ilham Aliyev']],
    ['By Reuters', ['Reuters']],
    ['By Our Correspondent', []],
  ])('%s', (line, authors) => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', line, PROSE_1, PROSE_2));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.authors).toEqual(authors);
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads names, date and reading time from one "|"-separated line', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', 'By Jane Doe | 3 May 2021 | 4 min read', PROSE_1));
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.published?.iso).toBe('2021-05-03T00:00:00Z');
    expect(a.removed).toEqual([{ kind: 'other', text: '4 min read' }]);
  });

  it.each([
    ['By Jane Doe on April 3, 2024', ['Jane Doe']],
    ['By Jane Doe, April 3, 2024', ['Jane Doe']],
    ['By Jane Doe, John Smith, April 3, 2024', ['Jane Doe', 'John Smith']],
  ])('reads a date written after the names: %s', (line, authors) => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', line, PROSE_1));
    expect(a.authors).toEqual(authors);
    expect(a.published).toMatchObject({ iso: '2024-04-03T00:00:00Z', precision: 'day', text: 'April 3, 2024' });
  });

  it('does not read a headline starting with "By" as a by-line', () => {
    for (const title of ['By Land and Sea: Kazakhstan Builds a Navy', 'By Sea and Air']) {
      const a = parseArticle(doc(title, PROSE_1));
      expect(a.title).toBe(title);
      expect(a.authors).toEqual([]);
    }
  });
});

describe('header: title', () => {
  it('has no title when the text opens with a date and then body text', () => {
    const a = parseArticle(doc('8 April 2024', PROSE_1, PROSE_2));
    expect(a.title).toBeNull();
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
    expect(a.notes).toContain('No title stated');
  });

  it('has no title when the text opens with body text', () => {
    const a = parseArticle(doc(PROSE_1, PROSE_2));
    expect(a.title).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('does not promote a short sentence to a title; it stays text', () => {
    const a = parseArticle(doc('Officials met in Aktau on Monday.', PROSE_1));
    expect(a.title).toBeNull();
    expect(a.paragraphs[0]).toEqual({ kind: 'text', text: 'Officials met in Aktau on Monday.' });
  });

  it('keeps the properly cased copy of a headline written twice', () => {
    const a = parseArticle(doc('CASPIAN NAVIES PLAN DRILLS', 'Caspian Navies Plan Drills', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.removed).toEqual([{ kind: 'repeated-headline', text: 'CASPIAN NAVIES PLAN DRILLS' }]);
  });

  it('splits a section label glued to the headline, with or without a space', () => {
    for (const glued of ['AnalysisCaspian Navies Plan Joint Drills', 'Analysis Caspian Navies Plan Joint Drills']) {
      const a = parseArticle(doc(glued, 'Caspian Navies Plan Joint Drills', PROSE_1));
      expect(a.title).toBe('Caspian Navies Plan Joint Drills');
      expect(a.removed).toEqual([
        { kind: 'section-label', text: 'Analysis' },
        { kind: 'repeated-headline', text: 'Caspian Navies Plan Joint Drills' },
      ]);
    }
  });

  it('removes a standalone section label above the headline', () => {
    const a = parseArticle(doc('Opinion', 'Caspian Navies Plan Joint Drills', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Joint Drills');
    expect(a.removed).toEqual([{ kind: 'section-label', text: 'Opinion' }]);
  });

  it('keeps a standfirst below the headline as text', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', 'Five states will train together.', 'By Jane Doe', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.paragraphs[0]).toEqual({ kind: 'text', text: 'Five states will train together.' });
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('finds a by-line placed after a long standfirst', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', PROSE_1, 'By Jane Doe', '3 May 2021', PROSE_2));
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.published?.iso).toBe('2021-05-03T00:00:00Z');
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
  });
});

describe('header: mastheads and publication labels', () => {
  it.each([
    ['CPC - Caspian Policy Center', 'Caspian Policy Center', 'CPC'],
    ['Caspian Policy Center – CPC', 'Caspian Policy Center', 'CPC'],
    ['Institute for War and Peace Reporting (IWPR)', 'Institute for War and Peace Reporting', 'IWPR'],
    ['Caspian Policy Center | Analysis', 'Caspian Policy Center', null],
  ])('%s', (line, name, abbreviation) => {
    const a = parseArticle(doc(line, 'Caspian Navies Plan Drills', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.publication).toEqual({ name, abbreviation, provenance: 'header', evidence: line });
    expect(a.removed).toEqual([{ kind: 'site-header', text: line }]);
  });

  it.each(['The Astana Times', 'Caspian Policy Center', 'Daily Sabah'])('reads the bare site name "%s" above the headline', (line) => {
    const a = parseArticle(doc(line, 'Caspian Navies Plan Joint Drills', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Joint Drills');
    expect(a.publication).toEqual({ name: line, abbreviation: null, provenance: 'header', evidence: line });
  });

  it('does not take a short headline for a site name', () => {
    const a = parseArticle(doc('Kazakhstan Builds a Navy', 'By Jane Doe', PROSE_1));
    expect(a.title).toBe('Kazakhstan Builds a Navy');
    expect(a.publication).toBeNull();
  });

  it('reads the site from a browser title repeating the headline', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills | Caspian News', 'Caspian Navies Plan Drills', PROSE_1));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.publication).toMatchObject({ name: 'Caspian News', provenance: 'header' });
  });

  it('does not take a headline with a dash for a masthead', () => {
    const a = parseArticle(doc('Aktau - The New Naval Hub of the Caspian', PROSE_1));
    expect(a.title).toBe('Aktau - The New Naval Hub of the Caspian');
    expect(a.publication).toBeNull();
  });

  it('reads "Publication:", "Source:" labels with abbreviation, issue and date', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', 'Publication: Eurasia Daily Monitor (EDM) Volume: 7 Issue: 22', PROSE_1));
    expect(a.publication).toMatchObject({ name: 'Eurasia Daily Monitor', abbreviation: 'EDM', provenance: 'label' });
    expect(a.issue).toBe('Volume: 7 Issue: 22');
    const b = parseArticle(doc('Caspian Navies Plan Drills', 'Source: Trend News Agency, 3 May 2021', PROSE_1));
    expect(b.publication).toMatchObject({ name: 'Trend News Agency', provenance: 'label' });
    expect(b.published?.iso).toBe('2021-05-03T00:00:00Z');
  });

  it('does not take an image agency for the publication', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', 'Source: © PAP', PROSE_1));
    expect(a.publication).toBeNull();
    expect(a.removed).toEqual([{ kind: 'image-credit', text: 'Source: © PAP' }]);
  });
});
