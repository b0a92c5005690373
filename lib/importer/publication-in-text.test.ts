import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { findPublicationInText } from './publication-in-text';
import { PROSE_1, doc } from './test-text';

describe('findPublicationInText', () => {
  it.each([
    ['Speaking to Azernews on the issue, the expert said the drills matter.', 'Azernews', 'Speaking to Azernews on the issue'],
    ['The minister told The Moscow Times that talks continue.', 'The Moscow Times', 'The minister told The Moscow Times that talks continue'],
    ['In an interview with Kazinform, he praised the plan.', 'Kazinform', 'In an interview with Kazinform'],
    ['He said in comments to Daily Sabah that the offer stands.', 'Daily Sabah', 'He said in comments to Daily Sabah that the offer stands'],
    ['As Trend News Agency reported earlier, the ships arrived.', 'Trend News Agency', 'As Trend News Agency reported earlier'],
  ])('%s', (text, name, evidence) => {
    expect(findPublicationInText([text])).toEqual({ name, abbreviation: null, evidence, strength: 'mentioned' });
  });

  it('reads an abbreviation given after the name', () => {
    expect(findPublicationInText(['He told Radio Free Europe (RFE) on Monday.'])).toMatchObject({
      name: 'Radio Free Europe',
      abbreviation: 'RFE',
    });
  });

  it('ignores names that do not look like outlets', () => {
    expect(findPublicationInText(['A source told Reuters the talks failed.'])).toBeNull();
    expect(findPublicationInText(['He told Kazakh Defense Minister Zhaksybekov about it.'])).toBeNull();
    expect(findPublicationInText(['He told Postnikov that. Sometimes reported figures differ.'])).toBeNull();
  });

  it('ignores sources cited in parentheses and image agencies', () => {
    expect(findPublicationInText(['Turkey trained 500 soldiers (Rakhat TV reported, January 20).'])).toBeNull();
    expect(findPublicationInText(['The relations improved (Turkish Weekly, January 21).'])).toBeNull();
    expect(findPublicationInText(['Images: ©PAP News reported'])).toBeNull();
  });

  it('prefers the interviewer over a cited report', () => {
    const found = findPublicationInText(['Interfax News reported the plan.', 'Speaking to Azernews, he agreed.']);
    expect(found?.name).toBe('Azernews');
  });
});

describe('parseArticle: publication from the text', () => {
  it('is used only when nothing better is stated, with a note', () => {
    const body = `${PROSE_1} Speaking to Caspian News, the admiral confirmed the date.`;
    expect(parseArticle(doc('Caspian Navies Plan Drills', body)).publication).toMatchObject({
      name: 'Caspian News',
      provenance: 'text',
    });
    const labelled = parseArticle(doc('Caspian Navies Plan Drills', 'Source: Eurasianet', body));
    expect(labelled.publication).toMatchObject({ name: 'Eurasianet', provenance: 'label' });
  });
});
