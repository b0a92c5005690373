// `npm run ingest -- <files or folders>`: imports article files through the same importer as the
// seed: metadata parsed (never invented), duplicates detected by content, mentions tagged and
// unknown names listed as candidates, and the exercise facts its text states proposed for review.
// One bad file is reported and skips nothing else. With --json, stdout carries only the JSON report
// (scripts/lib/import-report.ts) and progress goes to stderr.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importArticle, type ImportResult } from '@/lib/articles/import-article';
import { requestRevalidation } from '@/lib/platform/cache/revalidate-token';
import { TAGS } from '@/lib/platform/cache/tags';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { env } from '@/lib/platform/env';
import { authSecret } from './lib/auth-secret';
import { loadGazetteer } from '@/lib/tagging/store';
import { loadKnowledgeBase, proposeForArticle } from '@/lib/facts/proposals/store';
import type { ProposedFact } from '@/lib/facts/propose';
import { failedReport, storedReport, type FileReport } from './lib/import-report';
import type { EmbeddedCluster } from './lib/embedded-postgres';
import { openLocalDatabase } from './lib/local-database';
import { prepareDatabase } from './lib/prepare-database';

const EXTENSIONS = new Set(['.txt', '.md', '.text']);
const MAX_BYTES = 5 * 1024 * 1024;

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) files.push(input); // reported as missing below
    else if (info.isDirectory()) {
      const entries = (await readdir(input, { recursive: true })).map((e) => path.join(input, e)).sort();
      for (const entry of entries) if (EXTENSIONS.has(path.extname(entry).toLowerCase())) files.push(entry);
    } else files.push(input);
  }
  return files;
}

type Outcome = { file: string } & ({ ok: true; result: ImportResult; proposed: ProposedFact[] } | { ok: false; reason: string });

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const args = argv.filter((a) => a !== '--json');
if (args.length === 0) {
  console.error('Usage: npm run ingest -- [--json] <files or folders>');
  process.exit(2);
}
// In JSON mode nothing but the report may reach stdout.
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const progress = (text: string) => (json ? process.stderr : process.stdout).write(text);
let cluster: EmbeddedCluster | undefined;
const outcomes: Outcome[] = [];
const reports: FileReport[] = [];
try {
  const database = await openLocalDatabase(log);
  cluster = database.cluster;
  await prepareDatabase(database.url, log);
  const db = createPrismaClient(database.url);
  const gazetteer = await loadGazetteer(db);
  const knowledgeBase = await loadKnowledgeBase(db);
  const files = await expand(args);
  for (const [i, file] of files.entries()) {
    progress(`[${i + 1}/${files.length}] ${file} … `);
    try {
      const info = await stat(file);
      if (info.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MiB; is this an article?`);
      const raw = await readFile(file, 'utf8');
      if (raw.includes('\u0000')) throw new Error('not a text file');
      const result = await importArticle(db, raw, { fileName: path.basename(file), gazetteer });
      const proposed = result.status === 'imported' ? await proposeForArticle(db, result.id, knowledgeBase) : [];
      outcomes.push({ file, ok: true, result, proposed });
      reports.push(await storedReport(db, file, result.status, result.id, proposed));
      log(result.status === 'imported' ? `imported → /articles/${result.slug}` : `duplicate of /articles/${result.slug}`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const reason =
        code === 'ENOENT' ? 'no such file or folder' : error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
      outcomes.push({ file, ok: false, reason });
      reports.push(failedReport(file, reason));
      log(`FAILED: ${reason}`);
    }
  }
  await db.$disconnect();
} finally {
  await cluster?.stop();
}

if (json) process.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`);
else printReport();

function printReport(): void {
  console.log('\nReport');
  for (const o of outcomes) {
    if (!o.ok) console.log(`  failed     ${o.file}: ${o.reason}`);
    else if (o.result.status === 'duplicate') console.log(`  duplicate  ${o.file} (already /articles/${o.result.slug})`);
    else {
      const r = o.result;
      console.log(`  imported   ${o.file} → /articles/${r.slug}: “${r.title ?? 'no title in source'}”, ${r.tags?.mentions ?? 0} mentions`);
      for (const note of r.notes) console.log(`             note: ${note}`);
      if (r.tags && r.tags.candidates.length > 0) console.log(`             candidates: ${r.tags.candidates.join('; ')}`);
      if (o.proposed.length > 0) console.log(`             proposed facts: ${o.proposed.length}, for review at /editor/articles/${r.id}/facts`);
    }
  }
}
const failed = outcomes.filter((o) => !o.ok).length;
log(`${outcomes.length - failed} imported or already present, ${failed} failed`);
if (outcomes.some((o) => o.ok && o.result.status === 'imported')) {
  // A new article shows in lists and on the pages of everything it names: a running portal's
  // cached pages are expired. One that is not running starts with an empty page cache anyway.
  const expired = await requestRevalidation(env.SITE_URL, authSecret(), [TAGS.site]);
  log(expired ? `The portal at ${env.SITE_URL} will show the new articles at once.` : `No portal answered at ${env.SITE_URL} (SITE_URL); it will show the new articles when it starts.`);
}
process.exit(failed > 0 ? 1 : 0);
