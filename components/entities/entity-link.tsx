import type { EntityRef } from '@/lib/entities/dto';
import { entityHref } from '@/lib/entities/paths';

/**
 * A plain anchor, not next/link: pages name entities by the hundred (/compare over a thousand
 * times), and each next/link is a client component that hydrates and watches the viewport to
 * prefetch. The cached page a click loads costs a reader less than that work on every view.
 */
export function EntityLink({ entity }: { entity: EntityRef }) {
  return <a href={entityHref(entity.type, entity.slug)}>{entity.name}</a>;
}
