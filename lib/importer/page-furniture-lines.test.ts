import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { PROSE_1, PROSE_2, doc } from './test-text';

describe('page furniture that is no headline', () => {
  it('drops a menu of section names and a browser notification prompt', () => {
    expect(parseArticle(doc('Economy News Comment of the day Media Digest Public Agenda Politics Regional Review About us', 'Parade opens the holiday', PROSE_1)).title).toBe('Parade opens the holiday');
    const a = parseArticle(doc('Stay up to date with notifications from The Steppe Herald', 'Notifications can be managed in browser preferences.', 'Parade marks the anniversary', PROSE_1));
    expect(a.title).toBe('Parade marks the anniversary');
  });

  it('takes no single word and no line that breaks off on "in" for the headline', () => {
    expect(parseArticle(doc('Uzbekistan', PROSE_1)).title).toBeNull();
    expect(parseArticle(doc('The two militaries launched joint exercises in', 'Kulyab on Friday to improve coordination in countering attacks.', PROSE_1)).title).toBeNull();
  });

  it('reads "Last update:" as an update stamp, not the headline', () => {
    const a = parseArticle(doc('Last update: April 25, 2024 23:47', 'Navies hold joint drills', 'By Jane Doe May 19, 2021', PROSE_1));
    expect(a.title).toBe('Navies hold joint drills');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.published?.iso.slice(0, 10)).toBe('2021-05-19');
  });
});

describe('wire credits', () => {
  it('reads "Via AP news wire" as the agency carried', () => {
    expect(parseArticle(doc('Parade marks the anniversary', 'Via AP news wire', PROSE_1)).publication).toMatchObject({ name: 'AP', provenance: 'label' });
  });

  it('reads an agency sign-off in parentheses with its date', () => {
    const a = parseArticle(doc(PROSE_1, PROSE_2, '(Xinhua News Agency September 22, 2006)'));
    expect(a.publication?.name).toBe('Xinhua News Agency');
    expect(a.published?.iso.slice(0, 10)).toBe('2006-09-22');
  });

  it('reads "City, D Month YYYY (Agency):" datelines', () => {
    const a = parseArticle(doc('Drills continue in Baku', `Baku, 18 September 2021 (Steppe Wire): ${PROSE_1}`));
    expect(a.publication?.name).toBe('Steppe Wire');
  });

  it('does not take an outlet the lead describes from outside ("the state-run X reported")', () => {
    expect(parseArticle(doc(`Troops completed a two-day drill near the capital on Thursday, the state-run Steppe Daily reported. ${PROSE_1}`)).publication).toBeNull();
  });

  it('reads a site named by its host beside a copyright word in the footer', () => {
    expect(parseArticle(doc('Parade opens the holiday', PROSE_1, 'Design by Studio Copyright 2000-2018 Steppe.kz info@steppe.kz')).publication?.name).toBe('Steppe.kz');
  });
});
