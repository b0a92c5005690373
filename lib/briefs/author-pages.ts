import 'server-only';
import { TAGS } from '@/lib/cache/tags';
import { getDb } from '@/lib/db';
import { readCached } from '@/lib/health/read-db';
import { loadAuthorPage, type AuthorPage } from './authors';

/** An author page from the page cache: a publication or unpublication expires the brief lists' tag. */
export async function getAuthorPage(slug: string): Promise<AuthorPage | null> {
  return readCached(() => loadAuthorPage(getDb(), slug), () => [TAGS.briefs], null);
}
