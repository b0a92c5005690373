/** Inline brief syntax found in a run of Markdown text: citations `[^slug#p-3]` and entity links `[[Name|shown]]`. */
export type ReferenceToken =
  | { kind: 'citation'; raw: string; index: number; articleSlug: string; position: number }
  | { kind: 'entity'; raw: string; index: number; name: string; display: string }
  | { kind: 'malformed'; raw: string; index: number; message: string };

// Anything bracketed like a citation or entity link is claimed here, so a typo surfaces as a
// problem instead of slipping through as literal text the editor believes is a link.
const TOKEN = /\[\^([^\]\n]*)\]|\[\[([^[\]\n]*)\]\]/g;
const CITATION = /^([a-z0-9]+(?:-[a-z0-9]+)*)#p-([1-9][0-9]{0,5})$/;
const CITATION_HELP = 'A citation is written [^article-slug#p-N], e.g. [^army-drills-2024#p-3].';

function citationToken(raw: string, index: number, inner: string): ReferenceToken {
  const m = CITATION.exec(inner);
  if (!m?.[1] || !m[2]) return { kind: 'malformed', raw, index, message: `Malformed citation ${raw}. ${CITATION_HELP}` };
  return { kind: 'citation', raw, index, articleSlug: m[1], position: Number(m[2]) };
}

function entityToken(raw: string, index: number, inner: string): ReferenceToken {
  const bar = inner.indexOf('|');
  const name = (bar === -1 ? inner : inner.slice(0, bar)).trim().replace(/\s+/g, ' ');
  const display = bar === -1 ? name : inner.slice(bar + 1).trim().replace(/\s+/g, ' ');
  if (!name) return { kind: 'malformed', raw, index, message: `Entity link ${raw} names no entity.` };
  if (!display) return { kind: 'malformed', raw, index, message: `Entity link ${raw} has an empty text after "|".` };
  return { kind: 'entity', raw, index, name, display };
}

export function findReferenceTokens(text: string): ReferenceToken[] {
  const tokens: ReferenceToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [raw, citation, entity] = m;
    tokens.push(citation !== undefined ? citationToken(raw, m.index, citation) : entityToken(raw, m.index, entity ?? ''));
  }
  return tokens;
}

export function citationKey(articleSlug: string, position: number): string {
  return `${articleSlug}#p-${position}`;
}
