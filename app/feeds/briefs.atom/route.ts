import { buildAtom, ATOM_CONTENT_TYPE } from '@/lib/formats/feeds/atom';
import { briefsFeed } from '@/lib/formats/feeds/queries';

export async function GET(): Promise<Response> {
  const feed = await briefsFeed();
  return new Response(buildAtom(feed), {
    headers: { 'content-type': ATOM_CONTENT_TYPE, 'cache-control': 'public, max-age=300' },
  });
}
