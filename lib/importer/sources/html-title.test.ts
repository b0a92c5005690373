import { describe, expect, it } from 'vitest';
import { readSource } from './read-source';

const PARA = 'Kazakhstan and Azerbaijan held a naval exercise on the Caspian Sea this week, the defence ministry said in a statement.';
const page = (head: string, body: string) => new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}<article>${`<p>${PARA}</p>`.repeat(4)}</article></body></html>`);

describe('the headline of a web page, reconciled', () => {
  it('takes og:title without the site name written after it', async () => {
    const doc = await readSource('a.html', page('<title>Navies meet | Steppe Post</title><meta property="og:title" content="Navies meet | Steppe Post"><meta property="og:site_name" content="Steppe Post">', ''));
    expect(doc.hints.title).toEqual({ value: 'Navies meet', source: 'open-graph' });
  });

  it('keeps the <h1> wording when it is the same headline as the metadata', async () => {
    const doc = await readSource('a.html', page('<meta property="og:title" content="navies meet on the caspian">', '<h1>Navies Meet on the Caspian</h1>'));
    expect(doc.hints.title).toEqual({ value: 'Navies Meet on the Caspian', source: 'open-graph' });
  });

  it('never takes a logo <h1> that is the site name, nor a banner, as the headline', async () => {
    const logo = await readSource('a.html', page('<title>The Steppe Post - Navies meet on the Caspian</title><meta property="og:site_name" content="The Steppe Post">', '<h1>The Steppe Post</h1>'));
    expect(logo.hints.title).toEqual({ value: 'Navies meet on the Caspian', source: 'title-tag' });
    const banner = await readSource('a.html', page('<title>Navies meet on the Caspian</title>', '<h1>Please enable JavaScript to view this site</h1>'));
    expect(banner.hints.title).toEqual({ value: 'Navies meet on the Caspian', source: 'title-tag' });
  });

  it('reads the site name beside the headline as the publication when it spells the address', async () => {
    const doc = await readSource('a.html', page('<title>Drills begin near Almaty - The Astana Times</title><link rel="canonical" href="https://astanatimes.com/2015/02/drills/">', ''));
    expect(doc.hints.title).toEqual({ value: 'Drills begin near Almaty', source: 'title-tag' });
    expect(doc.hints.publication).toEqual({ value: 'The Astana Times', source: 'title-tag' });
  });

  it('leaves a title with a dash alone when neither side names the site', async () => {
    const doc = await readSource('a.html', page('<title>Turkmenistan - Naval Forces</title><link rel="canonical" href="https://example.org/navy.htm">', ''));
    expect(doc.hints.title).toEqual({ value: 'Turkmenistan - Naval Forces', source: 'title-tag' });
    expect(doc.hints.publication).toBeUndefined();
  });

  it('prefers og:site_name and JSON-LD publisher over the <title> suffix', async () => {
    const ld = { '@type': 'NewsArticle', headline: 'Navies meet', publisher: { '@type': 'Organization', name: 'Steppe Daily' } };
    const doc = await readSource('a.html', page(`<title>Navies meet | SD</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, ''), 'https://steppedaily.example/a');
    expect(doc.hints.publication).toEqual({ value: 'Steppe Daily', source: 'json-ld' });
    expect(doc.hints.title).toEqual({ value: 'Navies meet', source: 'json-ld' });
  });
});
