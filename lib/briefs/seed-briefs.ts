// The briefs the portal starts with, kept as Markdown in prisma/briefs/. Seeded once per slug: a
// brief that exists (under its slug now or formerly) is the editors' to change, never overwritten.
import { readFile } from 'node:fs/promises';
import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { CitedText } from './citation-snapshot';
import { checkPublishable } from './service/publish';
import { BRIEF_TARGET, type Tx } from './service/types';

export const SEED_EDITOR = {
  email: 'editors@caspian-briefings.local',
  name: 'Caspian Briefings editors',
} as const;

export interface SeedBrief {
  slug: string;
  title: string;
  /** File name in prisma/briefs/. */
  file: string;
}

export const SEED_BRIEFS: readonly SeedBrief[] = [
  {
    slug: 'csto-era-and-after',
    title: "From the CSTO's shadow to drills without Russia: Caspian security cooperation before and after February 2022",
    file: 'csto-era-and-after.md',
  },
];

const briefsDir = new URL('../../prisma/briefs/', import.meta.url);

export interface SeedBriefsResult {
  created: string[];
  existing: string[];
}

/** Reads a seed brief and applies the check publication applies; throws on any problem. */
export async function prepareSeedBrief(db: PrismaClient, brief: SeedBrief): Promise<{ body: string; citations: CitedText[] }> {
  const body = await readFile(new URL(brief.file, briefsDir), 'utf8');
  const checked = await checkPublishable(db, brief.title, body);
  if (checked.ok) return { body, citations: checked.value.citations };
  const problems = checked.problems ? checked.problems.map((p) => `\n  ${brief.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`).join('') : '';
  throw new Error(`Seed brief "${brief.slug}" cannot be published (seed the articles and entities first, or fix it): ${checked.message}${problems}`);
}

/** The system account seeded briefs are published by; it has no password and cannot sign in. */
async function seedEditor(db: PrismaClient): Promise<string> {
  const user = await db.user.upsert({
    where: { email: SEED_EDITOR.email },
    create: { ...SEED_EDITOR, role: 'EDITOR', active: false, passwordHash: null },
    update: {},
    select: { id: true },
  });
  return user.id;
}

/** Whether any brief holds the slug, now or formerly (a renamed seed brief is still seeded). */
async function slugTaken(db: Pick<Tx, 'brief' | 'briefSlug'>, slug: string): Promise<boolean> {
  return (await db.brief.count({ where: { slug } })) > 0 || (await db.briefSlug.count({ where: { slug } })) > 0;
}

export async function seedBriefs(db: PrismaClient, briefs: readonly SeedBrief[] = SEED_BRIEFS): Promise<SeedBriefsResult> {
  const result: SeedBriefsResult = { created: [], existing: [] };
  for (const seed of briefs) {
    if (await slugTaken(db, seed.slug)) {
      result.existing.push(seed.slug);
      continue;
    }
    const { body, citations } = await prepareSeedBrief(db, seed);
    const editorId = await seedEditor(db);
    const created = await db.$transaction(async (tx) => {
      // Checked again inside the transaction; the unique slug stops a concurrent seed regardless.
      if (await slugTaken(tx, seed.slug)) return false;
      const now = new Date();
      const brief = await tx.brief.create({
        data: { slug: seed.slug, title: seed.title, body, status: 'PUBLISHED', version: 1, authorId: editorId },
        select: { id: true },
      });
      await tx.briefRevision.create({
        data: { briefId: brief.id, number: 1, title: seed.title, body, citations: citations.map((c) => ({ ...c })), publishedById: editorId, publishedAt: now },
      });
      await tx.briefStatusChange.create({ data: { briefId: brief.id, from: null, to: 'PUBLISHED', reason: 'seeded', actorId: editorId } });
      await recordAudit(tx, {
        actorId: editorId,
        action: 'brief.seed',
        targetType: BRIEF_TARGET,
        targetId: brief.id,
        after: { slug: seed.slug, title: seed.title, status: 'PUBLISHED', revision: 1, citations: citations.length },
        reason: 'seeded',
      });
      return true;
    });
    (created ? result.created : result.existing).push(seed.slug);
  }
  return result;
}
