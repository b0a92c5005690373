// Seeds the portal: the source articles kept in prisma/corpus/ (a copy of the corpus the portal
// starts from), then the knowledge base (entities, names, sourced facts, and the exercise record of
// prisma/record/ with its references), then tags every article,
// then the briefs written by the portal's editors (prisma/briefs/).
// Idempotent: articles are keyed by content hash, entities by slug, facts by seed key, and
// tagging recomputes only proposed mentions.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticle } from '@/lib/articles/import-article';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { seedBriefs } from '@/lib/briefs/seed-briefs';
import { seedEntities, seedFacts } from '@/lib/entities/seed';
import { seedKnowledgeBase } from '@/lib/entities/seed-knowledge-base';
import { loadRecord } from '@/lib/entities/record/load';
import { mergeRecord } from '@/lib/entities/record/to-seed';
import { retagAllArticles } from '@/lib/tagging/store';

const corpusDir = fileURLToPath(new URL('./corpus/', import.meta.url));

export async function seed(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).sort();
    let imported = 0;
    for (const file of files) {
      const raw = await readFile(path.join(corpusDir, file), 'utf8');
      const result = await importArticle(db, raw, { fileName: file });
      if (result.status === 'imported') imported++;
      log(`  ${result.status === 'imported' ? 'imported ' : 'unchanged'} ${file} → /articles/${result.slug}`);
    }
    log(`Articles: ${imported} imported, ${files.length - imported} already present.`);
    const knowledge = mergeRecord(seedEntities, seedFacts, loadRecord());
    const kb = await seedKnowledgeBase(db, knowledge.entities, knowledge.facts, knowledge.references);
    log(`Knowledge base: ${kb.entities} entities, ${kb.facts} facts, ${kb.references} references.`);
    const tagged = await retagAllArticles(db);
    const mentions = await db.mention.count();
    log(`Tagged ${tagged} articles: ${mentions} mentions.`);
    const briefs = await seedBriefs(db);
    log(`Briefs: ${briefs.created.length} created, ${briefs.existing.length} already present.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.');
    process.exit(1);
  }
  await seed(url);
}
