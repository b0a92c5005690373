export interface ContentsEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The sections of a rendered brief, for its table of contents: the h2 and h3 headings with the ids
 * lib/formats/markdown gave them. Read from the sanitized HTML, whose headings are `<hN id="…">…</hN>`;
 * note numbers (`<sup>`) are left out of the words.
 */
export function briefContents(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const m of html.matchAll(/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)) {
    const inner = (m[3] ?? '').replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '');
    const text = decode(inner).replace(/\s+/g, ' ').trim();
    if (text) entries.push({ id: m[2] ?? '', text, level: m[1] === '2' ? 2 : 3 });
  }
  return entries;
}
