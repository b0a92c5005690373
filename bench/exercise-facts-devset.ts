// Precision and recall of the fact proposer per fact kind on the hand-annotated dev set (npx tsx
// bench/exercise-facts-devset.ts [--verbose]), for the articles used while tuning and, apart, for
// the held-out ones that never were. Texts live in devset/exercise-facts/ (not in git; see
// bench/devsets/exercise-facts/annotations.json for where each comes from and how to rebuild it).
import { existsSync, readFileSync } from 'node:fs';
import type { ProposedFact } from '../lib/facts/propose';
import { tagAndPropose } from './lib/propose-seed';

// The import report's kinds; part-of-series is proposed too but not annotated, so only counted.
const KINDS = ['participated-in', 'held-in', 'dated'] as const;
type Kind = (typeof KINDS)[number];

interface Gold {
  kind: Kind;
  subject: string;
  object?: string;
  aliases?: string[];
  objectAliases?: string[];
  role?: ProposedFact['role'];
  from?: string;
}
interface Entry {
  file: string;
  outlet: string;
  published: string | null;
  heldOut?: boolean;
  facts: Gold[];
}

const root = new URL('../', import.meta.url).pathname;
const { articles } = JSON.parse(readFileSync(`${root}bench/devsets/exercise-facts/annotations.json`, 'utf8')) as { articles: Entry[] };
const verbose = process.argv.includes('--verbose');
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^the /, '').trim();
const same = (a: string, names: string[]) => names.some((n) => fold(n) === fold(a));

function matches(p: ProposedFact, g: Gold): boolean {
  if (p.kind !== g.kind) return false;
  const exercise = [g.kind === 'participated-in' ? (g.object ?? '') : g.subject, ...(g.aliases ?? [])];
  if (g.kind === 'participated-in') return same(p.subject.name, [g.subject]) && same(p.object?.name ?? '', exercise) && p.role === g.role;
  if (!same(p.subject.name, exercise)) return false;
  if (g.kind === 'dated') return p.from === g.from;
  return same(p.object?.name ?? '', [g.object ?? '', ...(g.objectAliases ?? [])]);
}

type Tally = Record<Kind, { tp: number; fp: number; fn: number }>;
const emptyTally = (): Tally => Object.fromEntries(KINDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Tally;
const sets = { tuned: { tally: emptyTally(), articles: 0, facts: 0 }, 'held-out': { tally: emptyTally(), articles: 0, facts: 0 } };
let series = 0;

for (const a of articles) {
  const path = `${root}devset/exercise-facts/${a.file}`;
  if (!existsSync(path)) {
    console.error(`missing ${a.file}: rebuild it from the address (or the query) in the annotations`);
    continue;
  }
  const set = sets[a.heldOut ? 'held-out' : 'tuned'];
  set.articles++;
  set.facts += a.facts.length;
  const paragraphs = readFileSync(path, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const published = a.published ? { iso: `${a.published}T00:00:00.000Z`, precision: 'day' as const } : null;
  const { facts } = tagAndPropose(paragraphs, published);
  const found = new Set<number>();
  for (const p of facts) {
    const kind = p.kind;
    if (kind === 'part-of-series') {
      series++;
      continue;
    }
    const i = a.facts.findIndex((g, k) => !found.has(k) && matches(p, g));
    if (i >= 0) {
      found.add(i);
      set.tally[kind].tp++;
    } else if (a.facts.some((g) => matches(p, g))) {
      // The same fact again, from another paragraph: another citation, neither right nor wrong twice.
    } else {
      set.tally[kind].fp++;
      if (verbose) console.log(`  false ${a.file}: ${p.kind} ${p.subject.name} ${p.role ?? ''} ${p.object?.name ?? p.from ?? ''} «${p.quote}»`);
    }
  }
  a.facts.forEach((g, k) => {
    if (found.has(k)) return;
    set.tally[g.kind].fn++;
    if (verbose) console.log(`  missed ${a.file}: ${g.kind} ${g.subject} ${g.role ?? ''} ${g.object ?? g.from ?? ''}`);
  });
}

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
const outlets = new Set(articles.map((a) => a.outlet)).size;
console.log(`dev set: ${articles.length} articles from ${outlets} outlets, ${articles.reduce((n, a) => n + a.facts.length, 0)} annotated facts`);
for (const [name, set] of Object.entries(sets)) {
  console.log(`${name}: ${set.articles} articles, ${set.facts} facts`);
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const c of KINDS) {
    const { tp, fp, fn } = set.tally[c];
    all.tp += tp;
    all.fp += fp;
    all.fn += fn;
    console.log(`  ${c.padEnd(16)} precision ${ratio(tp, tp + fp)} (${tp}/${tp + fp})  recall ${ratio(tp, tp + fn)} (${tp}/${tp + fn})`);
  }
  console.log(`  ${'all'.padEnd(16)} precision ${ratio(all.tp, all.tp + all.fp)} (${all.tp}/${all.tp + all.fp})  recall ${ratio(all.tp, all.tp + all.fn)} (${all.tp}/${all.tp + all.fn})`);
}
console.log(`part-of-series proposals (not annotated): ${series}`);
