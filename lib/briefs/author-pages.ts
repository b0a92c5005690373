import 'server-only';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import { readCached } from '@/lib/platform/health/read-db';
import { loadAuthorPage, type AuthorPage } from './authors';

/** An author page from the page cache: a publication or unpublication expires the brief lists' tag. */
export async function getAuthorPage(slug: string): Promise<AuthorPage | null> {
  return readCached(() => loadAuthorPage(getDb(), slug), () => [TAGS.briefs], null);
}
