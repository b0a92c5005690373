import { describe, expect, it } from 'vitest';
import { readSource } from '@/lib/importer/sources/read-source';
import { databaseForFile } from '@/scripts/testing/file-database';
import { loadGazetteer } from '@/lib/tagging/store';
import { commitDocument } from './commit';
import { previewDocument } from './preview';

const { db } = databaseForFile();
const LEAD = 'Kazakhstan and Azerbaijan held a joint naval exercise in the Caspian Sea on Tuesday, the defence ministry in Astana said in a statement.';
const page = (title: string) =>
  new TextEncoder().encode(`<html><head><meta property="og:site_name" content="Caspian Post"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-10-17"></head><body><article><h1>${title}</h1><p>${LEAD}</p><p>${LEAD.replace('Tuesday', 'Friday')}</p></article></body></html>`);

async function editor() {
  return db.user.create({ data: { email: `import-${Date.now()}-${Math.random()}@test.test`, name: 'Importer', role: 'EDITOR' }, select: { id: true } });
}

describe('commitDocument', () => {
  it('imports a saved page with its metadata, keeps a correction apart as editor-supplied, and audits both', async () => {
    const { id: actorId } = await editor();
    const gazetteer = await loadGazetteer(db);
    const report = await commitDocument(db, actorId, gazetteer, 'drills.html', await readSource('drills.html', page('Drills at sea')), { publication: 'Steppe Review' });
    expect(report).toMatchObject({
      file: 'drills.html', status: 'imported', error: null, slug: 'drills-at-sea', url: '/articles/drills-at-sea', title: 'Drills at sea', titleSuggested: false,
      authors: ['Jane Doe'], publication: 'Steppe Review', published: '2023-10-17', datePrecision: 'day', era: 'post-2022', eraBasis: 'date', proposedFacts: [],
    });
    const article = await db.article.findUniqueOrThrow({ where: { slug: 'drills-at-sea' }, select: { id: true, parsedSource: { select: { name: true } }, curation: { select: { source: { select: { name: true } } } } } });
    expect(article.parsedSource?.name).toBe('Caspian Post');
    expect(article.curation?.source?.name).toBe('Steppe Review');
    const audit = await db.auditLog.findMany({ where: { targetId: article.id }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: 'article.import', actorId }, { action: 'article.curate', actorId }]);

    const again = await previewDocument(db, gazetteer, 'copy.html', await readSource('copy.html', page('Drills at sea')));
    expect(again.preview.duplicates.exact?.slug).toBe('drills-at-sea');
    const syndicated = await previewDocument(db, gazetteer, 'other.html', await readSource('other.html', page('Navies exercise together')));
    expect(syndicated.preview.duplicates.near.map((d) => d.slug)).toEqual(['drills-at-sea']);
    expect((await commitDocument(db, actorId, gazetteer, 'copy.html', await readSource('copy.html', page('Drills at sea')), {})).status).toBe('duplicate');
  });

  it('gives an untitled text a suggested title and an address from it', async () => {
    const { id: actorId } = await editor();
    const text = new TextEncoder().encode(`ALMATY (AP) — Uzbekistan and Tajikistan signed a border agreement in Dushanbe on Friday after talks between their presidents, officials said.\n`);
    const report = await commitDocument(db, actorId, await loadGazetteer(db), 'untitled.txt', await readSource('untitled.txt', text), {});
    expect(report).toMatchObject({ title: 'Uzbekistan and Tajikistan signed a border agreement in Dushanbe on Friday after…', titleSuggested: true, publication: 'AP' });
    expect(report.slug).toBe('uzbekistan-and-tajikistan-signed-a-border-agreement-in-dushanbe-on-friday-after');
  });
});
