import { env } from '@/lib/platform/env';
import { absoluteUrl } from './escape';
import { SITE_NAME } from './site';

/** `alternates.types` for pages that have feeds: <link rel="alternate"> to the Atom and JSON feeds. */
export const briefsFeedAlternates = {
  'application/atom+xml': [{ url: absoluteUrl(env.SITE_URL, '/feeds/briefs.atom'), title: `${SITE_NAME}: briefs (Atom)` }],
  'application/feed+json': [{ url: absoluteUrl(env.SITE_URL, '/feeds/briefs.json'), title: `${SITE_NAME}: briefs (JSON Feed)` }],
};

export function entityFeedAlternates(slug: string, name: string) {
  return {
    'application/atom+xml': [{ url: absoluteUrl(env.SITE_URL, `/feeds/entities/${slug}.atom`), title: `New on ${name} (Atom)` }],
  };
}
