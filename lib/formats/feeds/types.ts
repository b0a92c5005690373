export interface FeedEntry {
  /** Absolute URL of the page; also the entry's id, since our permalinks never change. */
  url: string;
  title: string;
  updated: Date;
  published?: Date;
  summary?: string;
  /** Sanitized HTML with absolute links. */
  html?: string;
  authors?: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  homeUrl: string;
  /** Absolute URLs of this feed in each format. */
  atomUrl: string;
  jsonUrl?: string;
  /** The publisher, used as the author of entries that name none. */
  author: string;
  entries: FeedEntry[];
}

/** When the feed last changed: its newest entry, or the epoch for an empty one. */
export function feedUpdated(feed: Pick<Feed, 'entries'>): Date {
  return new Date(Math.max(0, ...feed.entries.map((e) => e.updated.getTime())));
}
