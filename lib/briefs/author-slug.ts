import { slugFromTitle } from './service/slug';

/** The slug of an author's page: their name, as readers see it on the byline. */
export function authorSlug(name: string): string {
  return slugFromTitle(name);
}
