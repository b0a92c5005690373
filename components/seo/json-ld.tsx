import { headers } from 'next/headers';
import { serializeJsonLd } from '@/lib/seo/escape';
import type { JsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines, carrying the request's CSP nonce; `<` is escaped in the JSON. */
export async function JsonLdScript({ data }: { data: JsonLd }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
