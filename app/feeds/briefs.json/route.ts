import { buildJsonFeed, JSON_FEED_CONTENT_TYPE } from '@/lib/formats/feeds/json-feed';
import { briefsFeed } from '@/lib/formats/feeds/queries';

export async function GET(): Promise<Response> {
  const feed = await briefsFeed();
  return new Response(JSON.stringify(buildJsonFeed(feed)), {
    headers: { 'content-type': JSON_FEED_CONTENT_TYPE, 'cache-control': 'public, max-age=300' },
  });
}
