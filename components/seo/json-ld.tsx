import { serializeJsonLd } from '@/lib/formats/seo/escape';
import type { JsonLd } from '@/lib/formats/seo/json-ld';

/**
 * Structured data for search engines; `<` is escaped in the JSON. A data block, not a script the
 * browser runs, so CSP does not govern it and it needs no nonce (reading the request's nonce would
 * also keep the page out of the cache).
 */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
