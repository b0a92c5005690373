import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from './fixture-files';
import { readSource } from './read-source';

const utf8 = (s: string) => new TextEncoder().encode(s);
const PARA = 'Kazakhstan and Azerbaijan held a naval exercise on the Caspian Sea this week, the defence ministry said.';

describe('readSource', () => {
  it('reads a saved page through its metadata and main content, leaving scripts and navigation out', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Drills at sea | Caspian Post</title>
      <meta property="og:site_name" content="Caspian Post"><meta property="article:published_time" content="2023-10-17T08:00:00+04:00">
      <meta name="author" content="Jane Doe"></head><body><nav>Home News Politics</nav>
      <article><h1>Drills at sea</h1>${`<p>${PARA}</p>`.repeat(5)}<figure><img src="x" onerror="alert(1)"><figcaption>Ships off Aktau</figcaption></figure></article>
      <footer>Accept cookies</footer><script>alert("x")</script></body></html>`;
    const doc = await readSource('page.html', utf8(html));
    expect(doc.hints).toEqual({
      title: { value: 'Drills at sea', source: 'heading' },
      authors: { value: ['Jane Doe'], source: 'meta' },
      publication: { value: 'Caspian Post', source: 'open-graph' },
      published: { value: '2023-10-17T08:00:00+04:00', source: 'open-graph' },
    });
    expect(doc.body.split('\n\n')).toEqual(Array(5).fill(PARA));
    expect(doc.removed).toEqual(['Home News Politics', 'Accept cookies', 'Caption: Ships off Aktau']);
    expect(doc.body).not.toMatch(/alert|<|onerror/);
  });

  it('prefers JSON-LD NewsArticle, including one inside @graph', async () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Navies meet', datePublished: '2019-05-02', author: [{ '@type': 'Person', name: 'A. Karimov' }, { name: 'B. Li' }], publisher: { name: 'Steppe Daily' } }] };
    const html = `<html><head><meta property="og:title" content="Other"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${`<p>${PARA}</p>`.repeat(4)}</article></body></html>`;
    const doc = await readSource('a.htm', utf8(html));
    expect(doc.hints).toMatchObject({ title: { value: 'Navies meet', source: 'json-ld' }, authors: { value: ['A. Karimov', 'B. Li'], source: 'json-ld' }, publication: { value: 'Steppe Daily', source: 'json-ld' }, published: { value: '2019-05-02', source: 'json-ld' } });
  });

  it('reads citation_* tags and a Windows-1251 page that declares its charset', async () => {
    const html = `<html><head><meta charset="windows-1251"><meta name="citation_title" content="Учения на Каспии"><meta name="citation_author" content="Иванов, Пётр"><meta name="citation_publication_date" content="2021/03/04"></head><body>${'<p>Военные учения прошли на побережье Каспийского моря в присутствии наблюдателей из соседних стран.</p>'.repeat(4)}</body></html>`;
    const doc = await readSource('ru.html', iconv.encode(html, 'windows-1251'));
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.notes).toContain('Transcoded from windows-1251 to UTF-8');
    expect(doc.hints).toMatchObject({ title: { value: 'Учения на Каспии', source: 'citation' }, published: { value: '2021/03/04', source: 'citation' } });
  });

  it('falls back on the page itself: a <time> element for the date, rel=author links for the authors', async () => {
    const html = `<html><head><title>Navies meet</title></head><body><article><h1>Navies meet</h1>
      <p class="byline">By <a rel="author" href="/staff/karimov">Aziz Karimov</a> and <a rel="author external" href="/staff/li">Bo Li</a></p>
      <time datetime="2019-05-02T10:00:00Z">2 May 2019</time>${`<p>${PARA}</p>`.repeat(4)}</article></body></html>`;
    const doc = await readSource('page.html', utf8(html));
    expect(doc.hints).toMatchObject({ authors: { value: ['Aziz Karimov', 'Bo Li'], source: 'rel-author' }, published: { value: '2019-05-02T10:00:00Z', source: 'time' } });
  });

  it('reads Word and PDF files', async () => {
    const docx = await readSource('a.docx', await makeDocx(['Navies meet on the Caspian', 'By Jane Doe', PARA]));
    expect(docx.body).toBe(`Navies meet on the Caspian\n\nBy Jane Doe\n\n${PARA}`);
    const pdf = await readSource('a.pdf', makePdf(['Navies meet on the Caspian', '', 'The ships sailed from Aktau on Monday and', 'reached Baku on Tuesday, officials said.']));
    expect(pdf.body).toBe('Navies meet on the Caspian\n\nThe ships sailed from Aktau on Monday and reached Baku on Tuesday, officials said.');
  });

  it('refuses damaged and unsupported files with a reason', async () => {
    await expect(readSource('broken.docx', utf8('PK not really a zip'))).rejects.toThrow(/could not be opened/);
    await expect(readSource('broken.pdf', utf8('%PDF-1.4 garbage'))).rejects.toThrow(/PDF could not be opened/);
    await expect(readSource('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).rejects.toThrow(/\.jpg cannot be imported/);
    await expect(readSource('empty.txt', new Uint8Array())).rejects.toThrow('The file is empty.');
  });

  it('drops Markdown marks', async () => {
    const doc = await readSource('a.md', utf8('# Title here\n\nSome **bold** and [a link](http://x) text.'));
    expect(doc.body).toBe('Title here\n\nSome bold and a link text.');
  });
});
