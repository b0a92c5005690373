const SHINGLE = 5;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Hashed five-word sequences: two texts of the same story share most of them, whatever their furniture. */
export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  if (out.size === 0 && w.length) out.add(w.join(' '));
  return out;
}

/** Share of the smaller text's sequences found in the other: a syndicated copy with a shorter or longer ending still scores high. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Words of the lead long enough to find other copies of the story by text search. */
export function distinctivePhrase(text: string): string | null {
  const w = text.split(/\s+/).filter((x) => /^[\p{L}\p{N}'’-]+[,.]?$/u.test(x));
  if (w.length < 8) return null;
  return w.slice(0, 8).join(' ').replace(/[,.]$/, '');
}
