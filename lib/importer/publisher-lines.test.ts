import { describe, expect, it } from 'vitest';
import { copyrightHolder, readSourceCredit } from './credit-lines';
import { parseArticle } from './parse-article';
import { PROSE_1, PROSE_2, doc } from './test-text';

const texts = (a: ReturnType<typeof parseArticle>): string[] => a.paragraphs.map((p) => p.text);

describe('the outlet named after the headline', () => {
  it('splits "Headline – Outlet" when the outlet reads as one', () => {
    const a = parseArticle(doc('Navies meet on the Caspian as talks resume – The Steppe Herald', PROSE_1));
    expect(a.title).toBe('Navies meet on the Caspian as talks resume');
    expect(a.publication).toMatchObject({ name: 'The Steppe Herald', provenance: 'header' });
    expect(parseArticle(doc('Navies meet on the Caspian | Reuters', PROSE_1)).publication?.name).toBe('Reuters');
  });

  it('keeps a suffix that names no outlet as part of the headline', () => {
    const a = parseArticle(doc('Kyrgyzstan Boosts Border Presence - Border Service', PROSE_1));
    expect(a.title).toBe('Kyrgyzstan Boosts Border Presence - Border Service');
    expect(a.publication).toBeNull();
  });
});

describe('credit lines and fields beside the date', () => {
  it('reads an agency credit line next to the date, with its section in capitals', () => {
    const a = parseArticle(doc('Contact Us', 'Ministers visit Ashgabat and Tashkent', 'Caspian Wire Agency REGION', 'Published June 26,2024', PROSE_1));
    expect(a.title).toBe('Ministers visit Ashgabat and Tashkent');
    expect(a.publication?.name).toBe('Caspian Wire Agency');
    expect(a.published?.iso.slice(0, 10)).toBe('2024-06-26');
    expect(texts(a)).toEqual([PROSE_1]);
  });

  it('reads an agency written as one field of an update line', () => {
    const a = parseArticle(doc('Ministers vow closer cooperation', 'Updated: Dec 3,2014 7:36 AM     Xinhua', PROSE_1));
    expect(a.publication).toMatchObject({ name: 'Xinhua', provenance: 'label' });
  });

  it('takes a quoted name after "text:" as the outlet', () => {
    const a = parseArticle(doc('Drills to be held in January', '11:12 25.01.2005', 'text: "Steppe Today"', PROSE_1));
    expect(a.publication).toMatchObject({ name: 'Steppe Today', provenance: 'label' });
  });

  it('does not take a ministry named as the source for the publication', () => {
    const a = parseArticle(doc('Drills begin near Aktau', PROSE_1, 'Source: Ministry of Defence Press Office', PROSE_2));
    expect(a.publication).toBeNull();
    expect(texts(a)).toEqual([PROSE_1, PROSE_2]);
  });
});

describe('an outlet crediting its own source', () => {
  it('reads "X informs via Y" and "as reported by X, citing Y"', () => {
    expect(parseArticle(doc('Drills begin', `Troops began training at the base, the district said, Caspian Wire informs via a local agency. ${PROSE_1}`)).publication?.name).toBe('Caspian Wire');
    expect(parseArticle(doc('Drills begin', `The drills run until August 12th, as reported by Steppe.kz, citing the press office of the ministry. ${PROSE_1}`)).publication?.name).toBe('Steppe.kz');
  });
});

describe('closing source and copyright lines', () => {
  it('takes a closing "Source:" line as the outlet and removes it from the text', () => {
    const a = parseArticle(doc('Tajikistan hosts an exercise', PROSE_1, PROSE_2, 'Source: Steppe Plus'));
    expect(a.publication).toMatchObject({ name: 'Steppe Plus', provenance: 'footer' });
    expect(texts(a)).toEqual([PROSE_1, PROSE_2]);
  });

  it('prefers the agency of a dateline to a closing source', () => {
    const a = parseArticle(doc('Drills begin', `ALMATY (Caspian Wire) – ${PROSE_1}`, PROSE_2, PROSE_1, PROSE_2, 'Source: Steppe Plus'));
    expect(a.publication?.name).toBe('Caspian Wire');
  });

  it('reads the copyright holder, and no name from a photo credit', () => {
    const a = parseArticle(doc('Drills begin', PROSE_1, '© 2020 Steppe Media Group, Inc. All Rights Reserved.'));
    expect(a.publication).toMatchObject({ name: 'Steppe Media Group', provenance: 'footer' });
    expect(texts(a)).toEqual([PROSE_1]);
    expect(parseArticle(doc('Drills begin', PROSE_1, '© Caspian Wire/ Jane Doe')).publication).toBeNull();
  });

  it('reads source and copyright lines on their own terms', () => {
    expect(readSourceCredit('Source: Steppe Plus')).toBe('Steppe Plus');
    expect(readSourceCredit('Source: the press service of the ministry')).toBeNull();
    expect(copyrightHolder('Copyright © 2019-2024 The Steppe Herald. All rights reserved')).toBe('The Steppe Herald');
    expect(copyrightHolder('© Caspian Wire/ Jane Doe')).toBeNull();
  });
});

describe('lines that are not the headline', () => {
  it('drops a Home / … breadcrumb ending in the headline', () => {
    const a = parseArticle(doc('Home / Asia and Pacific / The alliance and its deployment', 'The alliance and its deployment', '8 February, 2022', PROSE_1));
    expect(a.title).toBe('The alliance and its deployment');
  });

  it('drops a search widget above the headline', () => {
    expect(parseArticle(doc('Close this search box.', 'Joint exercises along the border', PROSE_1)).title).toBe('Joint exercises along the border');
  });

  it('takes no outlet name standing alone for the headline', () => {
    expect(parseArticle(doc('Steppe Report', PROSE_1)).title).toBeNull();
  });

  it('takes no title from text wrapped at a fixed width, but keeps one above a widget line', () => {
    const wrapped = parseArticle(doc('Soldiers descend from a helicopter in a joint', "drill yesterday near the city. The maneuver was part of the first", 'joint exercise of the series.', PROSE_1));
    expect(wrapped.title).toBeNull();
    const widget = parseArticle(doc('Exercises to be held in January', 'print version send link by email', PROSE_1));
    expect(widget.title).toBe('Exercises to be held in January');
  });

  it('takes no title from a lead sentence that reports what someone said', () => {
    const a = parseArticle(doc('Kyrgyzstan will not host a second base on its territory, said the president of the republic', PROSE_1));
    expect(a.title).toBeNull();
    expect(parseArticle(doc('President says one base is enough for Kyrgyzstan', PROSE_1)).title).toBe('President says one base is enough for Kyrgyzstan');
  });
});

describe('a by-line and date run into the dateline', () => {
  it('reads the numeric date and the author of "City DD.MM.YYYY Name The…"', () => {
    const a = parseArticle(doc(`Brussels 06.01.2022 Jane van Doe The council approved the decision to send forces, officials said on Thursday. ${PROSE_1}`));
    expect(a.published?.iso.slice(0, 10)).toBe('2022-01-06');
    expect(a.authors).toEqual(['Jane van Doe']);
  });
});
