import { isValidSlug } from '@/lib/articles/slug-param';
import { buildAtom, ATOM_CONTENT_TYPE } from '@/lib/formats/feeds/atom';
import { entityFeed } from '@/lib/formats/feeds/queries';

// The segment is the whole file name, "kazakhstan.atom": a dynamic segment cannot carry a suffix.
export async function GET(_request: Request, { params }: RouteContext<'/feeds/entities/[file]'>): Promise<Response> {
  const { file } = await params;
  const slug = file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : '';
  const feed = isValidSlug(slug) ? await entityFeed(slug) : null;
  if (!feed) {
    return new Response('No such entity.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(buildAtom(feed), {
    headers: { 'content-type': ATOM_CONTENT_TYPE, 'cache-control': 'public, max-age=300' },
  });
}
