import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { PROSE_1, PROSE_2, PROSE_3, doc } from './test-text';

const TITLE = 'Caspian Navies Plan Drills';

describe('body: site name glued to the last sentence', () => {
  it.each([
    ['security concerns that could arise.Caspian Policy Center', 'Caspian Policy Center'],
    ['security concerns that could arise.The Jamestown Foundation', 'The Jamestown Foundation'],
    ['security concerns that could arise.”Azernews', 'Azernews'],
  ])('%s', (last, name) => {
    const a = parseArticle(doc(TITLE, PROSE_1, `${PROSE_2} And ${last}`));
    const stripped = `${PROSE_2} And ${last.slice(0, last.length - name.length)}`;
    expect(a.paragraphs.at(-1)?.text).toBe(stripped);
    expect(a.removed).toEqual([{ kind: 'glued-site-name', text: name }]);
    expect(a.publication).toEqual({
      name,
      abbreviation: null,
      provenance: 'footer',
      evidence: last,
    });
  });

  it('does not break an initialism at the end of the text', () => {
    const last = `${PROSE_2} It may be caught between Russia and the U.S.`;
    const a = parseArticle(doc(TITLE, PROSE_1, last));
    expect(a.paragraphs.at(-1)?.text).toBe(last);
    expect(a.removed).toEqual([]);
  });

  it('does not take a glued sentence start for a site name', () => {
    const last = `${PROSE_2} That is what the minister said.She`;
    expect(parseArticle(doc(TITLE, PROSE_1, last)).paragraphs.at(-1)?.text).toBe(last);
  });

  it('keeps a stated publication and notes a different glued name', () => {
    const a = parseArticle(doc('CPC - Caspian Policy Center', TITLE, PROSE_1, `${PROSE_2}.Caspian Weekly Review`));
    expect(a.publication).toMatchObject({ name: 'Caspian Policy Center', provenance: 'header' });
    expect(a.notes).toContain(
      'Site name "Caspian Weekly Review" glued to the last sentence differs from the publication "Caspian Policy Center"',
    );
  });
});

describe('body: related lists and other furniture', () => {
  it.each(['Related Articles', 'Related content', 'Read more', 'See also', 'More from Caspian Policy Center', 'Recommended'])(
    'cuts the tail from "%s"',
    (heading) => {
      const a = parseArticle(doc(TITLE, PROSE_1, PROSE_2, heading, 'Another Story About the Caspian', 'A third one'));
      expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
      expect(a.removed.map((r) => r.kind)).toEqual(['related-list', 'related-list', 'related-list']);
      expect(a.removed[0]?.text).toBe(heading);
    },
  );

  it('does not cut at a "Read more" in the middle of the article', () => {
    const a = parseArticle(doc(TITLE, PROSE_1, 'Read more', PROSE_2, PROSE_3));
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, 'Read more', PROSE_2, PROSE_3]);
  });

  it('removes share widgets, adverts and image credits anywhere in the body', () => {
    const a = parseArticle(
      doc(TITLE, PROSE_1, 'Advertisement', 'Photo: Reuters', PROSE_2, 'Photo credit Getty Images', 'Share this article'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
    expect(a.removed).toEqual([
      { kind: 'other', text: 'Advertisement' },
      { kind: 'image-credit', text: 'Photo: Reuters' },
      { kind: 'image-credit', text: 'Photo credit Getty Images' },
      { kind: 'share-widget', text: 'Share this article' },
    ]);
  });

  it('removes a caption written twice in a row, keeps a paragraph pasted twice once', () => {
    const caption = 'Marines land near Aktau.';
    const a = parseArticle(doc(TITLE, PROSE_1, caption, caption, PROSE_2, PROSE_2));
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
    expect(a.removed).toEqual([
      { kind: 'image-caption', text: caption },
      { kind: 'image-caption', text: caption },
      { kind: 'other', text: PROSE_2 },
    ]);
  });

  it('uses a "Published" line below the body and says where it came from', () => {
    const a = parseArticle(doc(TITLE, PROSE_1, PROSE_2, 'Published: 3 May 2021'));
    expect(a.published?.iso).toBe('2021-05-03T00:00:00Z');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.notes).toContain('Date "3 May 2021" taken from a line below the article body');
  });
});

describe('body: subheadings', () => {
  it('marks a short unpunctuated line followed by running text as a heading', () => {
    const a = parseArticle(doc(TITLE, PROSE_1, 'What comes next for the Caspian', PROSE_2));
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['text', 'heading', 'text']);
  });

  it('keeps punctuated, trailing or list-introducing short lines as text', () => {
    const a = parseArticle(doc(TITLE, PROSE_1, 'The states taking part:', PROSE_2, 'He did not elaborate.', PROSE_3, 'Kazakhstan and Azerbaijan'));
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'text']);
  });
});
