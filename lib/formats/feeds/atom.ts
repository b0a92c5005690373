import { escapeXml as x } from '@/lib/formats/seo/escape';
import { feedUpdated, type Feed, type FeedEntry } from './types';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

function authors(names: string[]): string {
  return names.map((name) => `<author><name>${x(name)}</name></author>`).join('');
}

function entry(e: FeedEntry, feed: Feed): string {
  const names = e.authors && e.authors.length > 0 ? e.authors : [feed.author];
  return [
    '<entry>',
    `<id>${x(e.url)}</id>`,
    `<title type="text">${x(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
    `<updated>${e.updated.toISOString()}</updated>`,
    e.published ? `<published>${e.published.toISOString()}</published>` : '',
    authors(names),
    e.summary ? `<summary type="text">${x(e.summary)}</summary>` : '',
    e.html ? `<content type="html">${x(e.html)}</content>` : '',
    '</entry>',
  ].join('');
}

/** An Atom 1.0 document (RFC 4287): every text escaped, HTML content as escaped text. */
export function buildAtom(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${x(feed.atomUrl)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<subtitle type="text">${x(feed.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    feed.jsonUrl ? `<link rel="alternate" type="application/feed+json" href="${x(feed.jsonUrl)}"/>` : '',
    `<updated>${feedUpdated(feed).toISOString()}</updated>`,
    authors([feed.author]),
    ...feed.entries.map((e) => entry(e, feed)),
    '</feed>\n',
  ].join('');
}
