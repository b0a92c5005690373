// Accepting an article's proposals at once (npx tsx bench/accept-proposals.ts, DATABASE_URL set to
// a server where it may create and drop a database). Budget: 50 proposals under 1 s, including
// expiring the pages that show them.
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { importArticle } from '../lib/articles/import-article';
import { expireTags } from '../lib/platform/cache/page-cache-handler.mjs';
import { TAGS } from '../lib/platform/cache/tags';
import { createPrismaClient } from '../lib/platform/db/create-client';
import { acceptProposals } from '../lib/facts/proposals/review';
import { proposeForArticle } from '../lib/facts/proposals/store';
import { loadGazetteer } from '../lib/tagging/store';
import { seed } from '../prisma/seed';

const server = process.env.DATABASE_URL;
if (!server) {
  console.error('Set DATABASE_URL to a PostgreSQL server (a database is created there and dropped).');
  process.exit(2);
}
const name = `caspian_bench_accept_${process.pid}`;
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await c.connect();
  await c.query(sql);
  await c.end();
};
const COUNTRIES = ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Azerbaijan', 'Turkmenistan', 'China', 'Iran', 'Armenia', 'Belarus'];

await admin(`CREATE DATABASE ${name}`);
try {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  await seed(url, () => {});
  const db = createPrismaClient(url);
  const gazetteer = await loadGazetteer(db);
  const paragraphs: string[] = [];
  for (let i = 0; i < 10; i++) {
    const name = `Caspian Shield-${2030 + i}`;
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => COUNTRIES[(i + k * 3) % COUNTRIES.length]);
    paragraphs.push(
      `The ${name} exercise, hosted by ${a}, was held at the Garadagh training ground from July 8 to 17 with the participation of ${b} and ${c}, with observers from ${d}.`,
    );
  }
  const text = `Ten Exercises in One Summer\nBy Bench Writer\nJune 1, 2026\n\n${paragraphs.join('\n\n')}`;
  const imported = await importArticle(db, text, { gazetteer });
  if (imported.status !== 'imported') throw new Error('the bench article was already there');
  await proposeForArticle(db, imported.id);
  const waiting = await db.factProposal.count({ where: { articleId: imported.id, status: 'PROPOSED' } });
  const editor = await db.user.create({ data: { email: 'bench@example.test', name: 'Bench', role: 'EDITOR' } });

  const start = performance.now();
  const result = await acceptProposals(db, editor.id, imported.id, 'all');
  if (!result.ok) throw new Error(result.message);
  const accepted = performance.now();
  expireTags([...result.value.entityIds.map(TAGS.entity), TAGS.entities, TAGS.article(imported.id)], { again: false });
  const done = performance.now();
  console.log(`proposals waiting: ${waiting}; accepted ${result.value.decided}, ${result.value.created} entities created`);
  console.log(`accept all: ${(accepted - start).toFixed(0)} ms (one transaction), expiring pages: ${(done - accepted).toFixed(1)} ms`);
  console.log(`total ${(done - start).toFixed(0)} ms (budget: 50 proposals < 1,000 ms)`);
  await db.$disconnect();
  if (done - start >= 1000 || waiting < 50) process.exitCode = 1;
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
