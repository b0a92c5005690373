import Link from 'next/link';
import type { ParagraphMention } from '@/lib/articles/dto';
import { TYPE_LABELS } from '@/lib/entities/paths';

/** A paragraph's text with its entity mentions linked to their entity pages: all of them, or those `linked` names by start. */
export function ParagraphText({ text, mentions, linked }: { text: string; mentions: ParagraphMention[]; linked?: ReadonlySet<number> }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || (linked && !linked.has(m.start))) continue;
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
