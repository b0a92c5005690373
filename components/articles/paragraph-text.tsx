import Link from 'next/link';
import type { ParagraphMention } from '@/lib/articles/dto';
import { TYPE_LABELS } from '@/lib/entities/paths';

/** A paragraph's text with each entity mention linked to its entity page. */
export function ParagraphText({ text, mentions }: { text: string; mentions: ParagraphMention[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <Link
        key={m.start}
        href={m.href}
        title={`${m.entityName} (${TYPE_LABELS[m.entityType].one.toLowerCase()})`}
        className="text-ink underline decoration-accent/40 decoration-1 underline-offset-[3px] hover:text-accent hover:decoration-accent"
      >
        {text.slice(m.start, m.end)}
      </Link>,
    );
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
