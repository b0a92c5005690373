import { describe, expect, it } from 'vitest';
import { buildAtom } from './atom';
import { buildJsonFeed } from './json-feed';
import type { Feed } from './types';

/** Enough of XML well-formedness for our output: balanced tags, quoted attributes, known entities. */
function checkWellFormed(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const names: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) throw new Error(`stray < at ${m.index}`);
    const raw = text ?? attrs ?? '';
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(raw)) throw new Error(`bare & near ${m.index}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error('text outside the root');
      continue;
    }
    if (!name) continue;
    if (close) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else if (!selfClose) {
      if (stack.length === 0 && names.length > 0) throw new Error('two roots');
      stack.push(name);
    }
    if (!close) names.push(name);
  }
  if (token.lastIndex !== 0 && token.lastIndex < body.length) throw new Error('unparsed input');
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return names;
}

const hostile = `Caspian <Drills> & "Allies" </content></entry>`;
const feed: Feed = {
  title: 'Caspian Briefings: briefs',
  description: 'Editor-written analyses',
  homeUrl: 'https://s.org/briefs',
  atomUrl: 'https://s.org/feeds/briefs.atom',
  jsonUrl: 'https://s.org/feeds/briefs.json',
  author: 'Caspian Briefings',
  entries: [
    {
      url: 'https://s.org/briefs/from-the-cstos-shadow',
      title: hostile,
      updated: new Date('2024-05-02T10:00:00Z'),
      published: new Date('2024-05-01T09:00:00Z'),
      summary: 'Before & after',
      html: '<p>Kazakhstan <a href="https://s.org/articles/a#p-2">said</a> &amp; did.</p>',
    },
    { url: 'https://s.org/articles/b', title: 'Second', updated: new Date('2023-01-01T00:00:00Z'), authors: ['Toghrul Ali'] },
  ],
};

describe('buildAtom', () => {
  const xml = buildAtom(feed);
  it('is well-formed with the Atom structure', () => {
    const names = checkWellFormed(xml);
    expect(names[0]).toBe('feed');
    expect(names.filter((n) => n === 'entry')).toHaveLength(2);
    expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
  });
  it('escapes titles and carries HTML as escaped text', () => {
    expect(xml).toContain('<title type="text">Caspian &lt;Drills&gt; &amp; &quot;Allies&quot; &lt;/content&gt;&lt;/entry&gt;</title>');
    expect(xml).toContain('<content type="html">&lt;p&gt;Kazakhstan &lt;a href=&quot;https://s.org/articles/a#p-2&quot;&gt;said&lt;/a&gt; &amp;amp; did.&lt;/p&gt;</content>');
  });
  it('dates the feed by its newest entry and names an author for each entry', () => {
    expect(xml).toContain('<updated>2024-05-02T10:00:00.000Z</updated><author><name>Caspian Briefings</name></author><entry>');
    expect(xml).toContain('<author><name>Toghrul Ali</name></author>');
    expect(xml).toContain('<published>2024-05-01T09:00:00.000Z</published>');
  });
  it('is still well-formed when empty', () => {
    const empty = buildAtom({ ...feed, entries: [] });
    expect(checkWellFormed(empty)).toContain('feed');
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
  it('the checker itself rejects broken XML', () => {
    expect(() => checkWellFormed('<feed><a></feed>')).toThrow();
    expect(() => checkWellFormed('<feed>a & b</feed>')).toThrow();
    expect(() => checkWellFormed('<feed>a < b</feed>')).toThrow();
  });
});

describe('buildJsonFeed', () => {
  const json = buildJsonFeed(feed);
  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Caspian Briefings: briefs',
      home_page_url: 'https://s.org/briefs',
      feed_url: 'https://s.org/feeds/briefs.json',
      authors: [{ name: 'Caspian Briefings' }],
    });
  });
  it('gives each item an id, content and dates, keeping text unescaped', () => {
    expect(json.items[0]).toEqual({
      id: 'https://s.org/briefs/from-the-cstos-shadow',
      url: 'https://s.org/briefs/from-the-cstos-shadow',
      title: hostile,
      content_html: feed.entries[0]?.html,
      summary: 'Before & after',
      date_published: '2024-05-01T09:00:00.000Z',
      date_modified: '2024-05-02T10:00:00.000Z',
    });
    expect(json.items[1]).toMatchObject({ content_text: 'Second', authors: [{ name: 'Toghrul Ali' }] });
    expect(json.items[1]).not.toHaveProperty('date_published');
  });
  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
