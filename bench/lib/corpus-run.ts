import pg from 'pg';
import { createCorpusGenerator } from '@/bench/corpus-generator/generate-article';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { seedEntities } from '@/lib/entities/seed';
import { loadGazetteer } from '@/lib/tagging/store';
import { checkTarget, createBenchDatabase, databaseName } from './corpus-database';
import { insertBatch } from './corpus-insert';
import type { CorpusOptions } from './corpus-options';
import { addArticle, articleId, emptyBatch, idPrefix, type Batch, type Known } from './corpus-rows';

/** Articles per transaction: about 2,700 paragraphs and 17,000 mentions. */
const BATCH = 250;
const PROGRESS_EVERY_MS = 5_000;

export interface CorpusSummary {
  database: string;
  articles: number;
  paragraphs: number;
  mentions: number;
  /** The whole run, and the generation and inserts alone (without creating and seeding the database). */
  seconds: number;
  loadSeconds: number;
  /** Generated articles that have their search document (with body) after the run. */
  indexed: number;
}

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

async function loadKnown(client: pg.Client): Promise<Known> {
  const entities = await client.query<{ id: string; slug: string }>('SELECT id, slug FROM "Entity"');
  const sources = await client.query<{ id: string; name: string; slug: string }>('SELECT id, name, slug FROM "Source"');
  const slugs = await client.query<{ slug: string }>('SELECT slug FROM "Article"');
  return {
    entityIds: new Map(entities.rows.map((r) => [r.slug, r.id])),
    sourceIds: new Map(sources.rows.map((r) => [r.name, r.id])),
    sourceSlugs: new Set(sources.rows.map((r) => r.slug)),
    articleSlugs: new Set(slugs.rows.map((r) => r.slug)),
  };
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Adds `articles` synthetic articles to the database, with paragraphs and the mentions the real
 * tagger finds. Generation and tagging (here) overlap with the previous batch's INSERTs and
 * search triggers (in PostgreSQL): the batch under construction yields to I/O every few articles.
 */
export async function generateCorpus(options: CorpusOptions, log: (line: string) => void = console.log): Promise<CorpusSummary> {
  const started = performance.now();
  const database = databaseName(options.databaseUrl);
  if (options.create) {
    log(`Creating database "${database}" (migrations, knowledge base, seed)…`);
    await createBenchDatabase(options.databaseUrl, log);
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await checkTarget(client, { append: options.append, created: options.create });
    // A benchmark corpus can be regenerated: no need to wait for each commit to reach the disk.
    await client.query('SET synchronous_commit = off');
    const prisma = createPrismaClient(options.databaseUrl);
    const gazetteer = await loadGazetteer(prisma).finally(() => prisma.$disconnect());
    const known = await loadKnown(client);
    const { rows: role } = await client.query<{ super: boolean }>('SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user');
    const skipMentionChecks = role[0]?.super === true;
    const prefix = idPrefix(options.seed);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article" WHERE id LIKE $1', [`${prefix}%`]);
    const first = rows[0]?.n ?? 0;
    const generator = createCorpusGenerator({ seed: options.seed, entities: seedEntities });
    log(`Generating ${options.articles.toLocaleString('en')} articles (seed "${options.seed}", from #${first}) into "${database}"…`);

    const totals = { articles: 0, paragraphs: 0, mentions: 0 };
    const loopStart = performance.now();
    let lastLog = loopStart;
    let pending: Promise<void> = Promise.resolve();
    let nextAnalyze = BATCH;
    const end = first + options.articles;
    for (let from = first; from < end; from += BATCH) {
      const batch: Batch = emptyBatch();
      for (let i = from; i < Math.min(end, from + BATCH); i++) {
        addArticle(batch, generator.article(i), prefix, gazetteer, known);
        if (i % 10 === 0) await yieldToIo();
      }
      await pending;
      // Fresh statistics whenever the corpus has doubled, as autovacuum would keep them (where it
      // runs): the triggers' queries are planned on them, and a plan made for empty tables hashes
      // every mention for each batch.
      if (totals.articles >= nextAnalyze) {
        await client.query('ANALYZE "Article", "Paragraph", "Mention", "SearchDocument"');
        nextAnalyze = Math.max(BATCH, totals.articles * 2);
      }
      pending = insertBatch(client, batch, { skipMentionChecks });
      // Awaited on the next turn; this keeps a failure from counting as unhandled meanwhile.
      pending.catch(() => {});
      totals.articles += batch.articles.id.length;
      totals.paragraphs += batch.paragraphs.id.length;
      totals.mentions += batch.mentions.id.length;
      const now = performance.now();
      if (now - lastLog >= PROGRESS_EVERY_MS) {
        lastLog = now;
        const rate = totals.articles / ((now - loopStart) / 1000);
        const eta = (options.articles - totals.articles) / rate;
        log(`  ${totals.articles.toLocaleString('en')} / ${options.articles.toLocaleString('en')} articles, ${rate.toFixed(0)} articles/s, ETA ${duration(eta)}`);
      }
    }
    await pending;
    const loadSeconds = (performance.now() - loopStart) / 1000;
    log('Analyzing…');
    await client.query('ANALYZE');
    const indexed = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "SearchDocument"
       WHERE kind = 'article' AND "refId" BETWEEN $1 AND $2 AND body <> '' AND vector IS NOT NULL`,
      [articleId(prefix, first), articleId(prefix, end - 1)],
    );
    return { database, ...totals, seconds: (performance.now() - started) / 1000, loadSeconds, indexed: indexed.rows[0]?.n ?? 0 };
  } finally {
    await client.end();
  }
}
