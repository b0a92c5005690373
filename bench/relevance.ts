// Judged relevance of /search (npm run bench:relevance): the two query sets of
// bench/devsets/analyst-queries (the judged set, tuned on, and two held-out sets, only reported)
// over the seed, the dev set of real articles (devset/real, kept out of git; see articles.json)
// and 2,000 synthetic distractor articles (bench:corpus). Prints the top-3 hit rate, MRR and
// nDCG@10 over articles, per query and per class, for each set. --module compares another
// runSearch (the code before a change, say) on the same database.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle } from '@/lib/articles/import-article';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { parseSearchParams } from '@/lib/search/params';
import { loadGazetteer } from '@/lib/tagging/store';
import { withDatabase } from '../scripts/lib/embedded-postgres';
import { bin, node, ROOT } from '../scripts/lib/run';
import { HELD_OUT } from './devsets/analyst-queries/heldout';
import { HELD_OUT_2 } from './devsets/analyst-queries/heldout-2';
import { JUDGED, type Judged } from './devsets/analyst-queries/queries';
import { databaseExists, dropDatabase } from './lib/corpus-database';
import { generateCorpus } from './lib/corpus-run';
import { score, type Scored } from './lib/relevance-metrics';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'caspian_bench_judged' },
    distractors: { type: 'string', default: '2000' },
    reuse: { type: 'boolean', default: false },
    module: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const server = process.env.DATABASE_URL;
if (!server) {
  console.error('Set DATABASE_URL to a PostgreSQL server; the bench creates its database there.');
  process.exit(2);
}
type SearchModule = typeof import('@/lib/search/run-search');
const { runSearch }: SearchModule = values.module ? await import(path.resolve(values.module)) : await import('@/lib/search/run-search');
const url = withDatabase(server, values.database);
const DEVSET = path.join(ROOT, 'devset', 'real');

async function prepare(): Promise<void> {
  if (values.reuse && (await databaseExists(url))) {
    await node(bin.prisma, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });
    return;
  }
  await dropDatabase(url);
  await generateCorpus({ articles: Number(values.distractors), databaseUrl: url, seed: 'judged', create: true, append: false }, () => {});
  const files = (await readdir(DEVSET).catch(() => [])).filter((f) => f.endsWith('.txt')).sort();
  const db = createPrismaClient(url);
  try {
    const gazetteer = await loadGazetteer(db);
    for (const file of files) await importArticle(db, await readFile(path.join(DEVSET, file), 'utf8'), { fileName: file, gazetteer });
  } finally {
    await db.$disconnect();
  }
  console.log(`Judged corpus "${values.database}": seed, ${files.length} dev-set articles from devset/real, ${values.distractors} distractors.`);
}

const gradeOf = (judged: Judged, title: string) =>
  Math.max(0, ...judged.relevant.filter((r) => (typeof r.title === 'string' ? r.title === title : r.title.test(title))).map((r) => r.grade));

await prepare();
const db = createPrismaClient(url);
const present = new Set((await db.searchDocument.findMany({ where: { kind: 'article' }, select: { title: true } })).map((d) => d.title));
const SETS = { judged: JUDGED, 'held-out': HELD_OUT, 'held-out-2': HELD_OUT_2 } as const;
type SetName = keyof typeof SETS;
const rows: { set: SetName; judged: Judged; scored: Scored; top: string[] }[] = [];
try {
  for (const [set, judged] of Object.entries(SETS).flatMap(([name, list]) => list.map((j) => [name as SetName, j] as const))) {
    const missing = judged.relevant.filter((r) => typeof r.title === 'string' && !present.has(r.title));
    if (missing.length === judged.relevant.length) {
      console.log(`skipped (its articles are not in devset/real): ${judged.q}`);
      continue;
    }
    const { outcome } = await runSearch(db, parseSearchParams({ q: judged.q }));
    const titles = outcome.status === 'results' ? outcome.hits.filter((h) => h.kind === 'article').map((h) => h.title) : [];
    const ideal = judged.relevant.filter((r) => typeof r.title !== 'string' || present.has(r.title)).map((r) => r.grade);
    rows.push({ set, judged, scored: score(titles.map((t) => gradeOf(judged, t)), ideal), top: titles.slice(0, 3) });
  }
} finally {
  await db.$disconnect();
}

const summary = (list: typeof rows) => {
  const n = list.length || 1;
  const top3 = list.filter((r) => r.scored.first !== undefined && r.scored.first <= 3).length / n;
  const mrr = list.reduce((s, r) => s + r.scored.reciprocal, 0) / n;
  const ndcg = list.reduce((s, r) => s + r.scored.ndcg10, 0) / n;
  return `${String(list.length).padStart(3)} queries  top-3 ${(top3 * 100).toFixed(1).padStart(5)}%  MRR ${mrr.toFixed(3)}  nDCG@10 ${ndcg.toFixed(3)}`;
};
for (const set of Object.keys(SETS) as SetName[]) {
  const ofSet = rows.filter((r) => r.set === set);
  console.log(`\n${set} set`);
  for (const { judged, scored, top } of ofSet) {
    const rank = scored.first === undefined ? '  –' : String(scored.first).padStart(3);
    console.log(`${rank}  ${scored.ndcg10.toFixed(2)}  ${judged.class.padEnd(10)} ${judged.q}${values.verbose ? `\n        ${top.join('\n        ')}` : ''}`);
  }
  console.log(`\n${set.padEnd(11)} ranking of articles (first page)`);
  for (const cls of [...new Set(ofSet.map((r) => r.judged.class))]) console.log(`${cls.padEnd(11)} ${summary(ofSet.filter((r) => r.judged.class === cls))}`);
  console.log(`${'all'.padEnd(11)} ${summary(ofSet)}`);
}
