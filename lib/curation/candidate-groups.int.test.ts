import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { loadGazetteer } from '@/lib/tagging/store';
import { databaseForFile } from '@/scripts/testing/file-database';
import { listCandidateGroups } from './candidate-groups';
import { acceptCandidateGroup, rejectCandidateGroup } from './candidates';

const { db } = databaseForFile({ seeded: false });
let editor: string;

// Three short articles of our own: one name in all three, one in one, a person after a title.
const article = (title: string, date: string, body: string) => `${title}\n\nPublished: ${date}\n\n${body}\n`;

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'groups@example.test', name: 'Gia Groups', role: 'EDITOR' } })).id;
  const gazetteer = await loadGazetteer(db);
  const texts = [
    article('Talks in Dushanbe', '2024-03-01', 'Officials met in Dushanbe on Monday. Defence Minister Ruslan Zhaksylykov said the talks went well.'),
    article('Border news', '2024-05-02', 'Delegations arrived in Dushanbe, where the Border Service of Tajikistan briefed them.'),
    article('Later talks', '2024-07-03', 'A new round began in Dushanbe this week.'),
  ];
  for (const [i, text] of texts.entries()) await importArticle(db, text, { fileName: `groups-${i}.txt`, gazetteer });
});

describe('candidate groups', () => {
  it('groups a name across articles, most articles first, with its sightings and evidence', async () => {
    const page = await listCandidateGroups(db, 1);
    const first = page.groups[0];
    expect(first).toMatchObject({ normalized: 'dushanbe', name: 'Dushanbe', suggestedType: 'PLACE', sightings: 3, articles: 3 });
    expect(first?.examples).toHaveLength(3);
    expect(first?.evidence.map((e) => e.reason)).toContain('a city in the world gazetteer (TJ)');
    const person = page.groups.find((g) => g.normalized === 'ruslan zhaksylykov');
    expect(person).toMatchObject({ suggestedType: 'PERSON', sightings: 1, articles: 1 });
    expect(person?.evidence[0]).toMatchObject({ type: 'PERSON', reason: 'after the title “Defence Minister”' });
    expect(page.groups.find((g) => g.normalized === 'border service of tajikistan')).toMatchObject({ suggestedType: 'ORGANIZATION' });
  });

  it('accepting a name tags every article that names it, and leaves no sighting proposed', async () => {
    const result = await acceptCandidateGroup(db, editor, 'dushanbe', 'PLACE');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.entity).toMatchObject({ name: 'Dushanbe', type: 'PLACE' });
    expect(result.value.mentions).toBe(3);
    const articles = await db.mention.findMany({ where: { entityId: result.value.entity.id }, select: { paragraph: { select: { articleId: true } } } });
    expect(new Set(articles.map((m) => m.paragraph.articleId)).size).toBe(3);
    expect(await db.entityCandidate.count({ where: { normalized: 'dushanbe', status: 'PROPOSED' } })).toBe(0);
    expect(await acceptCandidateGroup(db, editor, 'dushanbe', 'PLACE')).toMatchObject({ ok: false });
  });

  it('rejecting a name rejects all its sightings with one audit record', async () => {
    const result = await rejectCandidateGroup(db, editor, 'border service of tajikistan');
    expect(result).toMatchObject({ ok: true, value: { name: 'Border Service of Tajikistan', sightings: 1 } });
    expect(await db.entityCandidate.count({ where: { normalized: 'border service of tajikistan', status: 'PROPOSED' } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'candidate.reject', actorId: editor } })).toBe(1);
    expect(await rejectCandidateGroup(db, editor, 'border service of tajikistan')).toMatchObject({ ok: false });
  });
});
