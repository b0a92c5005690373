import Link from 'next/link';
import type { EntityRef } from '@/lib/entities/dto';
import { entityHref } from '@/lib/entities/paths';

export function EntityLink({ entity }: { entity: EntityRef }) {
  return <Link href={entityHref(entity.type, entity.slug)}>{entity.name}</Link>;
}
