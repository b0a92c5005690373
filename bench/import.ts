// Import budgets: `DATABASE_URL=postgresql://…/postgres npx tsx bench/import.ts`. Creates a
// database of its own on that server (migrated and seeded), measures, and drops it. Texts are
// synthetic, written here. Budgets: preview of a 5,000-word HTML page under 500 ms; a batch of
// 100 text files under 30 s, each read, previewed, imported and tagged as the import page does.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { previewGazetteer } from '@/lib/article-import/gazetteer-cache';
import { commitDocument } from '@/lib/article-import/commit';
import { previewDocument } from '@/lib/article-import/preview';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { readSource } from '@/lib/importer/sources/read-source';
import { loadGazetteer } from '@/lib/tagging/store';
import { ensureDatabase, dropDatabase, withDatabase } from '../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../scripts/lib/prepare-database';
import { latencyOf } from './lib/latency';

const SUBJECTS = ['Kazakhstan', 'Azerbaijan', 'Uzbekistan', 'Turkmenistan', 'Russia', 'Iran', 'the CSTO', 'Tajikistan', 'Kyrgyzstan', 'Türkiye'];
const VERBS = ['held talks on', 'announced', 'postponed', 'expanded', 'reviewed', 'observed', 'hosted', 'funded'];
const OBJECTS = ['a naval exercise on the Caspian Sea', 'border security cooperation', 'joint air-defence drills', 'a counter-terrorism programme', 'officer training in Almaty', 'a new logistics agreement'];

function sentence(i: number, salt: number): string {
  const s = SUBJECTS[(i * 7 + salt) % SUBJECTS.length];
  const v = VERBS[(i * 3 + salt) % VERBS.length];
  const o = OBJECTS[(i * 5 + salt) % OBJECTS.length];
  return `${s} ${v} ${o} in ${2010 + ((i + salt) % 14)}, officials said in statement number ${salt}-${i}.`;
}

function paragraphs(words: number, salt: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const text = Array.from({ length: 5 }, (_, k) => sentence(p * 5 + k, salt)).join(' ');
    out.push(text);
    count += text.split(/\s+/).length;
  }
  return out;
}

function htmlPage(words: number): string {
  const body = paragraphs(words, 1).map((p) => `<p>${p}</p>`).join('\n');
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Caspian security review | Bench Post</title>
<meta property="og:site_name" content="Bench Post"><meta property="article:published_time" content="2024-03-01T10:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Caspian security review","author":{"name":"Bench Writer"}}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Caspian security review</h1>${body}</article></main>
<aside>${'<p>Related story teaser text here.</p>'.repeat(20)}</aside><footer>About · Contact · Cookies</footer></body></html>`;
}

const server = process.env.DATABASE_URL;
if (!server) {
  console.error('Set DATABASE_URL to a PostgreSQL server (any database on it); a database for the bench is created there.');
  process.exit(2);
}
const name = `caspian_bench_import_${randomBytes(3).toString('hex')}`;
await ensureDatabase(server, name);
const url = withDatabase(server, name);
try {
  await prepareDatabase(url, () => undefined);
  const db = createPrismaClient(url);
  const html = new TextEncoder().encode(htmlPage(5000));
  const wordsInPage = (await readSource('page.html', html)).body.split(/\s+/).length;
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 23; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const doc = await readSource('page.html', html);
    await previewDocument(db, await previewGazetteer(db), 'page.html', doc);
    const used = process.cpuUsage(c);
    if (i >= 3) {
      samples.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const preview = latencyOf(samples);
  // CPU time of this process too: on a shared, loaded machine wall time measures the neighbours.
  console.log(`Preview of a ${wordsInPage.toLocaleString('en')}-word HTML page (${(html.length / 1024).toFixed(0)} KB), 20 runs: median ${preview.median.toFixed(0)} ms, p95 ${preview.p95.toFixed(0)} ms, CPU median ${latencyOf(cpu).median.toFixed(0)} ms (budget 500 ms); load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);

  const actor = await db.user.create({ data: { email: `bench-${name}@bench.test`, name: 'Bench', role: 'EDITOR' }, select: { id: true } });
  const files = Array.from({ length: 100 }, (_, i) => new TextEncoder().encode(`Batch article ${i} on Caspian security\nBy Bench Writer\n12 March 2024\n\n${paragraphs(600, 100 + i).join('\n\n')}\n`));
  const t = performance.now();
  const batchCpu = process.cpuUsage();
  let imported = 0;
  for (const [i, bytes] of files.entries()) {
    const file = `batch-${i}.txt`;
    const report = await commitDocument(db, actor.id, await loadGazetteer(db), file, await readSource(file, bytes), {});
    if (report.status === 'imported') imported++;
  }
  const seconds = (performance.now() - t) / 1000;
  const cpuSeconds = (process.cpuUsage(batchCpu).user + process.cpuUsage(batchCpu).system) / 1e6;
  console.log(`Load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores.`);
  console.log(`Batch of 100 text files of ~600 words (read, preview, import, tag, audit): ${seconds.toFixed(1)} s, ${imported} imported, CPU of this process ${cpuSeconds.toFixed(1)} s (budget 30 s)`);
  await db.$disconnect();
  if (preview.median > 500 || seconds > 30) process.exitCode = 1;
} finally {
  await dropDatabase(server, name);
}
