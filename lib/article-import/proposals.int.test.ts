import { describe, expect, it } from 'vitest';
import { readSource } from '@/lib/importer/sources/read-source';
import { databaseForFile } from '@/scripts/testing/file-database';
import { loadGazetteer } from '@/lib/tagging/store';
import { commitDocument } from './commit';
import { previewDocument } from './preview';

const { db } = databaseForFile();
const TEXT = [
  'Birlestik drills open near Aktau',
  'ASTANA, Oct 3 - Kazakhstan, Kyrgyzstan and Uzbekistan began the Birlestik-2024 exercise on Monday, the ministry said.',
  'The drills were held at the Oimasha training ground near Aktau.',
].join('\n\n');

describe('proposed facts in the browser import', () => {
  it('shows in the preview what the text states, and keeps it for review once imported', async () => {
    const gazetteer = await loadGazetteer(db);
    const { preview } = await previewDocument(db, gazetteer, 'birlestik.txt', await readSource('birlestik.txt', new TextEncoder().encode(TEXT)));
    const participants = preview.proposedFacts.filter((f) => f.kind === 'participated-in').map((f) => f.subject);
    expect(participants).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']));
    expect(preview.proposedFacts.every((f) => preview.paragraphs.some((p) => p.anchor === f.paragraph && p.text.includes(f.quote)))).toBe(true);

    const editor = await db.user.create({ data: { email: 'import-proposals@test.test', name: 'Importer', role: 'EDITOR' }, select: { id: true } });
    const report = await commitDocument(db, editor.id, gazetteer, 'birlestik.txt', await readSource('birlestik.txt', new TextEncoder().encode(TEXT)), {});
    expect(report.status).toBe('imported');
    const article = await db.article.findUniqueOrThrow({ where: { slug: report.slug ?? '' }, select: { id: true } });
    const stored = await db.factProposal.findMany({ where: { articleId: article.id }, select: { status: true, subjectName: true } });
    expect(stored.length).toBe(report.proposedFacts.length);
    expect(stored.every((p) => p.status === 'PROPOSED')).toBe(true);
    expect(stored.map((p) => p.subjectName)).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']));
  });
});
