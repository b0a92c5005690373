import { describe, expect, it } from 'vitest';
import { readSource } from '@/lib/importer/sources/read-source';
import { jobHandlers } from '@/lib/platform/jobs/handlers';
import { QUEUES } from '@/lib/platform/jobs/queues';
import { proposalProgress, strandedProposalRuns } from '@/lib/facts/proposals/runs';
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
  it('shows in the preview what the text states; the import queues the proposals, and the job stores them for review', async () => {
    const gazetteer = await loadGazetteer(db);
    const { preview } = await previewDocument(db, gazetteer, 'birlestik.txt', await readSource('birlestik.txt', new TextEncoder().encode(TEXT)));
    const participants = preview.proposedFacts.filter((f) => f.kind === 'participated-in').map((f) => f.subject);
    expect(participants).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']));
    expect(preview.proposedFacts.every((f) => preview.paragraphs.some((p) => p.anchor === f.paragraph && p.text.includes(f.quote)))).toBe(true);

    const editor = await db.user.create({ data: { email: 'import-proposals@test.test', name: 'Importer', role: 'EDITOR' }, select: { id: true } });
    const report = await commitDocument(db, editor.id, gazetteer, 'birlestik.txt', await readSource('birlestik.txt', new TextEncoder().encode(TEXT)), {});
    expect(report.status).toBe('imported');
    const article = await db.article.findUniqueOrThrow({ where: { slug: report.slug ?? '' }, select: { id: true } });
    // The import request proposed nothing itself: the run waits for the job queue.
    expect(await db.factProposal.count({ where: { articleId: article.id } })).toBe(0);
    expect(await proposalProgress(db, article.id)).toEqual({ articleId: article.id, status: 'queued', proposed: null, error: null });
    expect(await strandedProposalRuns(db, Date.now() + 61_000)).toContain(article.id);

    const handlers = jobHandlers({ db, expire: () => {}, sendRetag: async () => {}, sendProposals: async () => {}, sendBriefNotice: async () => {}, mailer: null, siteUrl: 'http://localhost:3000' });
    expect(await handlers[QUEUES.proposeFacts]({ articleId: article.id })).toEqual({ articleId: article.id, proposed: preview.proposedFacts.length });
    const stored = await db.factProposal.findMany({ where: { articleId: article.id }, select: { status: true, subjectName: true } });
    expect(stored.length).toBe(preview.proposedFacts.length);
    expect(stored.every((p) => p.status === 'PROPOSED')).toBe(true);
    expect(stored.map((p) => p.subjectName)).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']));
    expect(await proposalProgress(db, article.id)).toEqual({ articleId: article.id, status: 'done', proposed: stored.length, error: null });
    expect(await strandedProposalRuns(db, Date.now() + 61_000)).not.toContain(article.id);
  });

  it('a run whose article is gone has nothing to do; a bad message is refused', async () => {
    const handlers = jobHandlers({ db, expire: () => {}, sendRetag: async () => {}, sendProposals: async () => {}, sendBriefNotice: async () => {}, mailer: null, siteUrl: 'http://localhost:3000' });
    expect(await handlers[QUEUES.proposeFacts]({ articleId: 'no-such-article' })).toEqual({ articleId: 'no-such-article', proposed: null });
    await expect(handlers[QUEUES.proposeFacts]({ articleId: '' })).rejects.toThrow();
  });
});
