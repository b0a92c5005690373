import type { EntityDetail } from '@/lib/entities/dto';
import type { NameKind } from '@/lib/generated/prisma/enums';

const KIND_LABELS: Record<NameKind, string> = {
  CANONICAL: 'name',
  OFFICIAL: 'official',
  TRANSLATION: 'translation',
  TRANSLITERATION: 'transliteration',
  FORMER: 'former name',
  ABBREVIATION: 'abbreviation',
  DEMONYM: 'adjective',
  SURNAME: 'surname',
};

/** Every form of the name, with its language and kind. */
export function NameList({ names }: { names: EntityDetail['names'] }) {
  const others = names.filter((n) => n.kind !== 'CANONICAL');
  if (others.length === 0) return null;
  return (
    <p className="text-sm text-muted">
      Also:{' '}
      {others.map((n, i) => (
        <span key={`${n.name}-${n.lang}`}>
          {i > 0 ? '; ' : ''}
          <span lang={n.lang} className="text-ink">
            {n.name}
          </span>{' '}
          <span className="text-xs">
            ({KIND_LABELS[n.kind]}, {n.lang})
          </span>
        </span>
      ))}
    </p>
  );
}
