import { normalizeForMatch } from '../normalize-for-match';
import type { Candidate, CandidateEvidence } from '../types';
import { decideType } from './scan';

/**
 * One article names a thing several times, with different evidence each time ("Stanislav Zas"
 * after a title, "Zas said" later): every sighting of a name gets the type the whole article's
 * evidence gives it, and a surname on its own is the person it belongs to, not another candidate.
 */
export function poolEvidence(candidates: Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = normalizeForMatch(c.name);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const pooled = new Map<string, CandidateEvidence[]>();
  for (const [key, group] of groups) pooled.set(key, unique(group.flatMap((c) => c.evidence)));

  const surnames = new Map<string, string>();
  for (const [key, evidence] of pooled) {
    const words = key.split(' ');
    if (words.length >= 2 && decideType(evidence) === 'person') surnames.set(words[words.length - 1] ?? '', key);
  }
  const dropped = new Set<string>();
  for (const [key, group] of groups) {
    const person = surnames.get(key);
    if (!person || group.some((c) => c.kind !== 'single-name')) continue;
    dropped.add(key);
    const surface = group[0]?.surface ?? key;
    pooled.get(person)?.push({ type: 'person', weight: 2, reason: `named again by surname (“${surface}”)` });
  }
  return candidates.flatMap((c) => {
    const key = normalizeForMatch(c.name);
    if (dropped.has(key)) return [];
    const evidence = [...(pooled.get(key) ?? c.evidence)].sort((a, b) => b.weight - a.weight);
    return [{ ...c, evidence, suggestedType: decideType(evidence) }];
  });
}

function unique(evidence: CandidateEvidence[]): CandidateEvidence[] {
  const byReason = new Map<string, CandidateEvidence>();
  for (const e of evidence) {
    const id = `${e.type}\u0000${e.reason}`;
    const known = byReason.get(id);
    if (!known || known.weight < e.weight) byReason.set(id, e);
  }
  return [...byReason.values()];
}
