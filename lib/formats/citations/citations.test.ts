import { describe, expect, it } from 'vitest';
import { articleWork, briefWork, formatCitation } from './index';
import type { ArticleListItem } from '@/lib/articles/dto';

const SITE = 'https://briefings.example';
const accessed = new Date('2025-03-09T12:00:00Z');

const caspian: ArticleListItem = {
  slug: 'caspian-states-to-hold-military-drills',
  title: { value: 'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation', by: 'source' },
  opening: 'In a first for the region',
  authors: { value: ['Toghrul Ali'], by: 'source' },
  source: { value: { slug: 'cpc', name: 'Caspian Policy Center', abbreviation: 'CPC' }, by: 'source' },
  published: { value: { iso: '2024-04-16T00:00:00.000Z', precision: 'DAY', tzOffsetMinutes: null }, by: 'source' },
  era: 'POST_2022',
  eraBasis: 'PUBLISHED_DATE',
};
const untitled: ArticleListItem = {
  ...caspian,
  slug: 'after-gaining-independence',
  title: null,
  opening: 'After gaining independence, Kazakhstan…',
  authors: null,
  published: null,
};
const anonymousUnknownSource: ArticleListItem = { ...untitled, source: null, title: { value: 'Why Aktau?', by: 'editor' } };

describe('Chicago', () => {
  it('cites an authored, dated article', () => {
    expect(formatCitation('chicago', articleWork(caspian, SITE, accessed))).toBe(
      'Ali, Toghrul. “Caspian States to Hold Military Drills for the First Time Without Russia’s Participation.” Caspian Policy Center, April 16, 2024. https://briefings.example/articles/caspian-states-to-hold-military-drills.',
    );
  });
  it('cites one paragraph', () => {
    expect(formatCitation('chicago', articleWork(caspian, SITE, accessed, 3))).toBe(
      'Ali, Toghrul. “Caspian States to Hold Military Drills for the First Time Without Russia’s Participation.” Caspian Policy Center, April 16, 2024, par. 3. https://briefings.example/articles/caspian-states-to-hold-military-drills#p-3.',
    );
  });
  it('puts the publisher first when there is no author, and dates an undated work n.d. with access', () => {
    expect(formatCitation('chicago', articleWork(untitled, SITE, accessed))).toBe(
      'Caspian Policy Center. Untitled article beginning “After gaining independence, Kazakhstan…”. n.d. Accessed March 9, 2025. https://briefings.example/articles/after-gaining-independence.',
    );
  });
  it('starts with the title when neither author nor publisher is known', () => {
    expect(formatCitation('chicago', articleWork(anonymousUnknownSource, SITE, accessed))).toBe(
      '“Why Aktau?” n.d. Accessed March 9, 2025. https://briefings.example/articles/after-gaining-independence.',
    );
  });
  it('lists several authors, the first inverted', () => {
    const work = articleWork({ ...caspian, authors: { value: ['Toghrul Ali', 'Jane Roe', 'Ruslan Ibragimov'], by: 'editor' } }, SITE, accessed);
    expect(formatCitation('chicago', work)).toMatch(/^Ali, Toghrul, Jane Roe, and Ruslan Ibragimov\. “/);
  });
});

describe('APA', () => {
  it('cites an authored, dated article', () => {
    expect(formatCitation('apa', articleWork(caspian, SITE, accessed))).toBe(
      'Ali, T. (2024, April 16). Caspian States to Hold Military Drills for the First Time Without Russia’s Participation. Caspian Policy Center. https://briefings.example/articles/caspian-states-to-hold-military-drills',
    );
  });
  it('makes the publisher a group author and describes an untitled work in brackets', () => {
    expect(formatCitation('apa', articleWork(untitled, SITE, accessed))).toBe(
      'Caspian Policy Center. (n.d.). [Untitled article beginning “After gaining independence, Kazakhstan…”]. https://briefings.example/articles/after-gaining-independence',
    );
  });
  it('moves the title to the front with no author or publisher', () => {
    expect(formatCitation('apa', articleWork(anonymousUnknownSource, SITE, accessed))).toBe(
      'Why Aktau? (n.d.). https://briefings.example/articles/after-gaining-independence',
    );
  });
  it('gives month precision and hyphenated initials', () => {
    const work = articleWork(
      { ...caspian, authors: { value: ['Jean-Paul Sartre', 'Toghrul Ali'], by: 'editor' }, published: { value: { iso: '2024-04-01T00:00:00.000Z', precision: 'MONTH', tzOffsetMinutes: null }, by: 'editor' } },
      SITE,
      accessed,
    );
    expect(formatCitation('apa', work)).toMatch(/^Sartre, J\.-P\., & Ali, T\. \(2024, April\)\. /);
  });
});

describe('BibTeX', () => {
  it('writes a @misc entry with escaped fields', () => {
    const work = articleWork({ ...caspian, title: { value: 'R&D at 5% {#1}', by: 'editor' } }, SITE, accessed);
    expect(formatCitation('bibtex', work)).toBe(
      [
        '@misc{ali2024,',
        '  author = {Ali, Toghrul},',
        '  title = {{R\\&D at 5\\% \\{\\#1\\}}},',
        '  organization = {Caspian Policy Center},',
        '  year = {2024},',
        '  month = apr,',
        '  howpublished = {\\url{https://briefings.example/articles/caspian-states-to-hold-military-drills}},',
        '  url = {https://briefings.example/articles/caspian-states-to-hold-military-drills},',
        '  note = {Accessed 2025-03-09}',
        '}',
      ].join('\n'),
    );
  });
  it('braces a publisher standing as author and writes n.d. for no date', () => {
    const entry = formatCitation('bibtex', articleWork(untitled, SITE, accessed, 2));
    expect(entry).toMatch(/^@misc\{caspiannduntitledp2,\n {2}author = \{\{Caspian Policy Center\}\},\n/);
    expect(entry).toContain('  year = {n.d.},\n');
    expect(entry).not.toContain('month');
    expect(entry).toContain('note = {Paragraph 2. Accessed 2025-03-09}');
  });
});

describe('briefs', () => {
  const brief = { slug: 'from-the-cstos-shadow', revision: { number: 2, title: 'From the CSTO’s shadow', publishedAt: new Date('2024-05-02T08:00:00Z') } };
  it('cite the revision permalink, published by the site', () => {
    const work = briefWork(brief, SITE, accessed);
    expect(formatCitation('chicago', work)).toBe(
      'Caspian Briefings. “From the CSTO’s shadow.” Revision 2. May 2, 2024. https://briefings.example/briefs/from-the-cstos-shadow/v/2.',
    );
    expect(formatCitation('apa', work)).toBe(
      'Caspian Briefings. (2024, May 2). From the CSTO’s shadow (Revision 2). https://briefings.example/briefs/from-the-cstos-shadow/v/2',
    );
    expect(formatCitation('bibtex', work)).toContain('@misc{caspian2024fromv2,\n  author = {{Caspian Briefings}},');
  });
});
