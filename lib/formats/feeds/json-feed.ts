import type { Feed } from './types';

export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  date_published?: string;
  date_modified: string;
  authors?: { name: string }[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

/** A JSON Feed 1.1 document; every item has content_html or content_text, as the spec requires. */
export function buildJsonFeed(feed: Feed): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl ?? feed.atomUrl,
    language: 'en',
    authors: [{ name: feed.author }],
    items: feed.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      ...(e.html ? { content_html: e.html } : { content_text: e.summary ?? e.title }),
      ...(e.summary ? { summary: e.summary } : {}),
      ...(e.published ? { date_published: e.published.toISOString() } : {}),
      date_modified: e.updated.toISOString(),
      ...(e.authors && e.authors.length > 0 ? { authors: e.authors.map((name) => ({ name })) } : {}),
    })),
  };
}
