import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { entityForEditor } from '@/lib/knowledge-base/detail';
import { loadGazetteer } from '@/lib/tagging/store';
import { databaseForFile } from '@/scripts/testing/file-database';
import { acceptProposals } from './review';
import { proposeForArticle } from './store';

const { db } = databaseForFile();
let editor: string;

const article = (title: string, ...paragraphs: string[]) => [title, 'By Test Writer', 'April 3, 2026', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

async function imported(text: string): Promise<string> {
  const result = await importArticle(db, text, { gazetteer: await loadGazetteer(db) });
  if (result.status !== 'imported') throw new Error(`not imported: ${result.status}`);
  await proposeForArticle(db, result.id);
  return result.id;
}

const hostFacts = (exerciseId: string) =>
  db.fact.findMany({ where: { objectId: exerciseId, role: 'HOST', subject: { slug: 'azerbaijan' } }, select: { id: true, paragraphId: true } });

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'duplicates@example.test', name: 'Duplicate Editor', role: 'EDITOR' } })).id;
});

describe('the same fact from several sources', () => {
  let exerciseId: string;

  it('is one fact per paragraph that states it, and one statement with every citation', async () => {
    const first = await imported(
      article(
        'Caspian Dawn-2026 Opens',
        'The Caspian Dawn-2026 exercise, hosted by Azerbaijan, began with the participation of Kazakhstan.',
        'The Caspian Dawn-2026 exercise, hosted by Azerbaijan, ended on Friday.',
      ),
    );
    expect(await acceptProposals(db, editor, first, 'all')).toMatchObject({ ok: true, value: { created: 1 } });
    const exercise = await db.entity.findFirstOrThrow({ where: { name: 'Caspian Dawn-2026' }, select: { id: true } });
    exerciseId = exercise.id;
    // Created once, through the knowledge base's own path, with its audit record.
    expect(await db.auditLog.count({ where: { action: 'entity.create', targetId: exerciseId } })).toBe(1);
    expect(await hostFacts(exerciseId)).toHaveLength(2);

    const view = await entityForEditor(db, exerciseId);
    const hosts = view!.statements.filter((s) => s[0]?.other.slug === 'azerbaijan' && s[0].values.role === 'HOST');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.map((f) => f.values.citation).sort()).toEqual([expect.stringMatching(/#p-1\]$/), expect.stringMatching(/#p-2\]$/)]);
    // Kazakhstan's participation is another statement.
    expect(view!.statements).toHaveLength(view!.facts.length - 1);
  });

  it('adds nothing when the fact already cites that paragraph: the proposal points at the existing fact', async () => {
    const second = await imported(article('Caspian Dawn-2026 Reviewed', 'The Caspian Dawn-2026 exercise, hosted by Azerbaijan, was reviewed in Baku.'));
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { articleId: second, position: 1 }, select: { id: true } });
    const azerbaijan = await db.entity.findUniqueOrThrow({ where: { slug: 'azerbaijan' }, select: { id: true } });
    // An editor cited this paragraph by hand before the proposal was reviewed.
    const byHand = await db.fact.create({
      data: { kind: 'PARTICIPATED_IN', role: 'HOST', subjectId: azerbaijan.id, objectId: exerciseId, paragraphId: paragraph.id, quote: 'hosted by Azerbaijan' },
    });
    const proposal = await db.factProposal.findFirstOrThrow({ where: { articleId: second, role: 'HOST' }, select: { id: true } });
    expect(await acceptProposals(db, editor, second, [proposal.id])).toMatchObject({ ok: true, value: { created: 0 } });

    expect((await hostFacts(exerciseId)).map((f) => f.paragraphId).filter((p) => p === paragraph.id)).toHaveLength(1);
    expect(await db.factProposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { factId: true } })).toEqual({ factId: byHand.id });
    const hosts = (await entityForEditor(db, exerciseId))!.statements.filter((s) => s[0]?.other.slug === 'azerbaijan');
    expect(hosts.map((s) => s.length)).toEqual([3]);
  });
});
