import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { nameTargets, targetKey } from './targets';

const { db } = databaseForFile();

describe('audit targets', () => {
  it('names briefs, articles, entities, people and mentions by title, with links, and remembers what is gone', async () => {
    const user = await db.user.create({ data: { email: 'audit-t@example.test', name: 'Aida Auditor', role: 'EDITOR' } });
    const brief = await db.brief.create({ data: { slug: 'audited-brief', title: 'An audited brief', body: '', authorId: user.id } });
    const article = await db.article.findFirstOrThrow({ where: { parsedTitle: { not: null } }, select: { id: true, parsedTitle: true } });
    const entity = await db.entity.findUniqueOrThrow({ where: { slug: 'kazakhstan' }, select: { id: true } });
    const mention = await db.mention.findFirstOrThrow({ where: { entityId: entity.id }, select: { id: true, surface: true, paragraph: { select: { articleId: true } } } });
    const refs = [
      { targetType: 'User', targetId: user.id, before: null, after: null },
      { targetType: 'brief', targetId: brief.id, before: null, after: null },
      { targetType: 'article', targetId: article.id, before: null, after: null },
      { targetType: 'entity', targetId: entity.id, before: null, after: null },
      { targetType: 'mention', targetId: mention.id, before: null, after: null },
      { targetType: 'brief', targetId: 'cgonebrief00000000000000', before: { slug: 'gone', title: 'A purged draft' }, after: null },
      { targetType: 'Invitation', targetId: 'cinvite000000000000000000', before: null, after: { email: 'new@example.test' } },
    ];
    const names = await nameTargets(db, refs);
    const name = (type: string, id: string) => names.get(targetKey(type, id));
    expect(name('User', user.id)).toEqual({ label: 'Aida Auditor', href: null });
    expect(name('brief', brief.id)).toEqual({ label: '“An audited brief”', href: `/editor/briefs/${brief.id}` });
    expect(name('article', article.id)).toEqual({ label: `“${article.parsedTitle}”`, href: `/editor/articles/${article.id}` });
    expect(name('entity', entity.id)).toEqual({ label: 'Kazakhstan', href: '/countries/kazakhstan' });
    expect(name('mention', mention.id)).toEqual({ label: `“${mention.surface}” → Kazakhstan`, href: `/editor/articles/${mention.paragraph.articleId}#tagging` });
    expect(name('brief', 'cgonebrief00000000000000')).toEqual({ label: 'A purged draft (no longer there)', href: null });
    expect(name('Invitation', 'cinvite000000000000000000')).toEqual({ label: 'new@example.test', href: null });
  });
});
