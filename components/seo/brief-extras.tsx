import { CiteThis } from '@/components/cite/cite-this';
import type { BriefRevisionView } from '@/lib/briefs/reader-queries';
import { briefWork } from '@/lib/formats/citations';
import { accessedNow } from '@/lib/formats/citations/request';
import { env } from '@/lib/platform/env';
import { briefJsonLd } from '@/lib/formats/seo/json-ld';
import { JsonLdScript } from './json-ld';

/** Below a brief's revision: its "Cite this" block and its Report structured data. */
export function BriefExtras({ view, path }: { view: BriefRevisionView; path: string }) {
  return (
    <>
      <div className="mx-auto max-w-3xl">
        <CiteThis work={briefWork(view, env.SITE_URL, accessedNow())} />
      </div>
      <JsonLdScript data={briefJsonLd(view, path, env.SITE_URL)} />
    </>
  );
}
