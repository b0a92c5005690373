import type { NameEntry } from './gazetteer';
import type { Mention } from './types';

export type Resolution =
  | { status: 'resolved'; entityKey: string; method: Mention['method'] }
  | { status: 'ambiguous' }
  | { status: 'none' };

export interface Evidence {
  /** Whether one of the entry's context words occurs in the sentence. */
  contextHolds(context: string[][]): boolean;
  /** Whether the entity's full name was mentioned earlier in the article. */
  introduced(entityKey: string): boolean;
}

/**
 * Which entity a matched name stands for. Names backed by evidence (a context word in the
 * sentence, or a surname after the full name) outrank plain names; two entities left on the same
 * footing give no mention, so an editor decides rather than the tagger guessing.
 */
export function resolve(entries: readonly NameEntry[], evidence: Evidence): Resolution {
  const backed = new Map<string, Mention['method']>();
  const plain = new Set<string>();
  for (const entry of entries) {
    if (entry.context && !evidence.contextHolds(entry.context)) continue;
    if (entry.kind === 'surname') {
      if (evidence.introduced(entry.entityKey)) backed.set(entry.entityKey, 'surname');
    } else if (entry.context) {
      backed.set(entry.entityKey, 'context');
    } else {
      plain.add(entry.entityKey);
    }
  }
  if (backed.size > 1) return { status: 'ambiguous' };
  for (const [entityKey, method] of backed) {
    return { status: 'resolved', entityKey, method: plain.has(entityKey) ? 'name' : method };
  }
  if (plain.size > 1) return { status: 'ambiguous' };
  for (const entityKey of plain) return { status: 'resolved', entityKey, method: 'name' };
  return { status: 'none' };
}
