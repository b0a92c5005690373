import type { Gazetteer } from './gazetteer';
import { hitsAt, type Hit } from './match';
import { resolve, type Resolution } from './resolve';
import type { Token } from './token';
import type { Mention } from './types';
import { insideSpans, webAddressSpans } from './web-addresses';

interface Pick extends Hit {
  resolution: Exclude<Resolution, { status: 'none' }>;
}

export interface ParagraphMentions {
  mentions: Mention[];
  /** 1 on tokens covered by a mention or by a known name left unresolved for an editor. */
  known: Uint8Array;
}

/**
 * Mentions in one paragraph. `introduced` holds entities whose full name appeared in earlier
 * paragraphs; it gains this paragraph's, so that later surnames can count.
 */
export function paragraphMentions(
  gazetteer: Gazetteer,
  paragraphId: number,
  text: string,
  tokens: readonly Token[],
  introduced: Set<string>,
): ParagraphMentions {
  const picks = pickAtEachStart(gazetteer, tokens, introduced);
  const known = new Uint8Array(tokens.length);
  const chosen = chooseLongest(picks, known);
  const mentions: Mention[] = [];
  const addresses = webAddressSpans(text);
  for (const pick of chosen) {
    const { resolution } = pick;
    if (resolution.status !== 'resolved' || insideSpans(pick.start, pick.end, addresses)) continue;
    // The full name a surname leaned on may have lost to a longer overlapping name.
    if (resolution.method === 'surname' && !introduced.has(resolution.entityKey)) {
      known.fill(0, pick.first, pick.last + 1);
      continue;
    }
    if (resolution.method !== 'surname') introduced.add(resolution.entityKey);
    mentions.push({
      paragraphId,
      start: pick.start,
      end: pick.end,
      surface: text.slice(pick.start, pick.end),
      entityKey: resolution.entityKey,
      method: resolution.method,
    });
  }
  return { mentions, known };
}

/** At each token, the longest name starting there that resolves (or is ambiguous). */
function pickAtEachStart(gazetteer: Gazetteer, tokens: readonly Token[], introduced: Set<string>): Pick[] {
  const picks: Pick[] = [];
  // Where each entity's full name first starts in this paragraph, for surnames further on.
  const fullNameAt = new Map<string, number>();
  for (let first = 0; first < tokens.length; first++) {
    const hits = hitsAt(gazetteer.root, tokens, first);
    for (const hit of hits) {
      const resolution = resolve(hit.entries, {
        contextHolds: (context) => contextHolds(tokens, hit, context),
        introduced: (entityKey) => introduced.has(entityKey) || (fullNameAt.get(entityKey) ?? first) < first,
      });
      if (resolution.status === 'none') continue;
      picks.push({ ...hit, resolution });
      if (resolution.status === 'resolved' && resolution.method !== 'surname' && !fullNameAt.has(resolution.entityKey)) {
        fullNameAt.set(resolution.entityKey, first);
      }
      break;
    }
  }
  return picks;
}

/** Non-overlapping picks, longest first (in words, then characters), earlier first on ties. */
function chooseLongest(picks: Pick[], covered: Uint8Array): Pick[] {
  const byLength = [...picks].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: Pick[] = [];
  for (const pick of byLength) {
    if (covered.subarray(pick.first, pick.last + 1).some((flag) => flag === 1)) continue;
    covered.fill(1, pick.first, pick.last + 1);
    chosen.push(pick);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A context word (normalised, whole word, prefix allowed for inflection) in the hit's sentence. */
function contextHolds(tokens: readonly Token[], hit: Hit, context: string[][]): boolean {
  const sentence = tokens[hit.first]?.sentence;
  let from = hit.first;
  while (from > 0 && tokens[from - 1]?.sentence === sentence) from--;
  for (let i = from; i < tokens.length && tokens[i]?.sentence === sentence; i++) {
    if (i >= hit.first && i <= hit.last) continue;
    if (context.some((words) => wordsAt(tokens, i, words, hit))) return true;
  }
  return false;
}

function wordsAt(tokens: readonly Token[], at: number, words: string[], hit: Hit): boolean {
  return words.every((word, offset) => {
    const index = at + offset;
    const token = tokens[index];
    if (!token || (index >= hit.first && index <= hit.last)) return false;
    return offset === words.length - 1 ? token.key.startsWith(word) : token.key === word;
  });
}
