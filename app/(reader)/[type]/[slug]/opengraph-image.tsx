import { isValidSlug } from '@/lib/articles/slug-param';
import { TYPE_LABELS, typeForSegment } from '@/lib/entities/paths';
import { lookupEntity } from '@/lib/entities/queries';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { OG_ALT, OG_CONTENT_TYPE, OG_SIZE, imageNotFound, renderCard } from '@/lib/formats/og/card';
import { entityFigure } from '@/lib/formats/og/figures';

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on first request, then kept in the page cache until a tag of what it shows expires (lib/platform/cache/).
export const dynamic = 'force-static';

// Only exercises and events are dated, so only they belong to an era.
const DATED: readonly EntityType[] = ['EXERCISE', 'EVENT'];

export default async function Image({ params }: { params: Promise<{ type: string; slug: string }> }) {
  const { type: segment, slug } = await params;
  const type = typeForSegment(segment);
  const found = type && isValidSlug(slug) ? await lookupEntity(type, slug) : null;
  if (found?.kind !== 'found') return imageNotFound();
  const { entity } = found;
  return renderCard({
    kind: TYPE_LABELS[entity.type].one,
    title: entity.name,
    eras: DATED.includes(entity.type) ? [entity.era ?? 'UNKNOWN'] : [],
    figure: entityFigure(entity),
  });
}
