// Precision and recall of the fact proposer on the hand-annotated dev set (npx tsx
// bench/exercise-facts-devset.ts). Texts live in devset/exercise-facts/ (not in git; see
// bench/devsets/exercise-facts/annotations.json for where each comes from).
import { existsSync, readFileSync } from 'node:fs';
import type { ProposedFact } from '../lib/facts/propose';
import { tagAndPropose } from './lib/propose-seed';

interface Gold {
  kind: ProposedFact['kind'];
  subject: string;
  object?: string;
  aliases?: string[];
  role?: ProposedFact['role'];
  from?: string;
}
interface Entry {
  file: string;
  published: string | null;
  facts: Gold[];
}

const root = new URL('../', import.meta.url).pathname;
const { articles } = JSON.parse(readFileSync(`${root}bench/devsets/exercise-facts/annotations.json`, 'utf8')) as { articles: Entry[] };
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const same = (a: string, names: string[]) => names.some((n) => fold(n) === fold(a));

function matches(p: ProposedFact, g: Gold): boolean {
  if (p.kind !== g.kind) return false;
  const exercise = [g.kind === 'participated-in' ? (g.object ?? '') : g.subject, ...(g.aliases ?? [])];
  if (g.kind === 'participated-in') return same(p.subject.name, [g.subject]) && same(p.object?.name ?? '', exercise) && p.role === g.role;
  if (!same(p.subject.name, exercise)) return false;
  if (g.kind === 'dated') return p.from === g.from;
  return same(p.object?.name ?? '', [g.object ?? '']);
}

const classes = ['participated-in', 'held-in', 'dated', 'part-of-series'] as const;
const tally = Object.fromEntries(classes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof classes)[number], { tp: number; fp: number; fn: number }>;
let read = 0;
for (const a of articles) {
  const path = `${root}devset/exercise-facts/${a.file}`;
  if (!existsSync(path)) {
    console.error(`missing ${a.file}: rebuild it from the address in the annotations`);
    continue;
  }
  read++;
  const paragraphs = readFileSync(path, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const published = a.published ? { iso: `${a.published}T00:00:00.000Z`, precision: 'day' as const } : null;
  const { facts } = tagAndPropose(paragraphs, published);
  const found = new Set<number>();
  for (const p of facts) {
    const i = a.facts.findIndex((g, k) => !found.has(k) && matches(p, g));
    if (i >= 0) {
      found.add(i);
      tally[p.kind].tp++;
    } else if (a.facts.some((g) => matches(p, g))) {
      // The same fact again, from another paragraph: another citation, neither right nor wrong twice.
    } else {
      tally[p.kind].fp++;
      if (process.argv.includes('--verbose')) console.log(`  false ${a.file}: ${p.kind} ${p.subject.name} ${p.role ?? ''} ${p.object?.name ?? p.from ?? ''} «${p.quote}»`);
    }
  }
  a.facts.forEach((g, k) => {
    if (found.has(k)) return;
    tally[g.kind].fn++;
    if (process.argv.includes('--verbose')) console.log(`  missed ${a.file}: ${g.kind} ${g.subject} ${g.role ?? ''} ${g.object ?? g.from ?? ''}`);
  });
}
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
console.log(`dev set: ${read} articles, ${articles.reduce((n, a) => n + a.facts.length, 0)} annotated facts`);
for (const c of classes) {
  const { tp, fp, fn } = tally[c];
  console.log(`${c.padEnd(16)} precision ${ratio(tp, tp + fp)} (${tp}/${tp + fp})  recall ${ratio(tp, tp + fn)} (${tp}/${tp + fn})`);
}
