import { describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { relatedArticles } from './related';

const { db } = databaseForFile({ seeded: false });

const entity = (slug: string, type: 'COUNTRY' | 'EXERCISE' | 'PLACE' = 'COUNTRY') =>
  db.entity.create({ data: { slug, type, name: slug[0]?.toUpperCase() + slug.slice(1), contextWords: [] }, select: { id: true } });

/** An article of one paragraph naming the given entities, published on the given day. */
async function article(slug: string, day: number, names: { id: string }[], status: 'PROPOSED' | 'REJECTED' = 'PROPOSED') {
  return db.article.create({
    data: {
      slug,
      contentHash: slug,
      rawText: slug,
      parsedTitle: `Title ${slug}`,
      removedFurniture: [],
      era: 'POST_2022',
      eraBasis: 'PUBLISHED_DATE',
      publishedAt: new Date(Date.UTC(2024, 0, day)),
      paragraphs: {
        create: {
          position: 1,
          text: `Text of ${slug}.`,
          mentions: { create: names.map((e, i) => ({ entityId: e.id, start: i, end: i + 1, surface: 'x', method: 'name', status })) },
        },
      },
    },
    select: { id: true, paragraphs: { select: { id: true } } },
  });
}

describe('relatedArticles', () => {
  it('ranks by the rarity of shared entities, ignores what half the articles name, and counts facts and not rejected mentions', async () => {
    const [russia, kazakhstan, khazri, baku, aktau, unity] = await Promise.all([
      entity('russia'), entity('kazakhstan'), entity('khazri', 'EXERCISE'), entity('baku', 'PLACE'), entity('aktau', 'PLACE'), entity('unity', 'EXERCISE'),
    ]);
    const subject = await article('subject', 10, [russia, kazakhstan, khazri, baku]);
    await article('rare-pair', 1, [russia, khazri, baku]);
    await article('rare-one', 2, [russia, khazri]);
    await article('common-only', 3, [russia, kazakhstan]);
    await article('kazakh-a', 4, [russia, kazakhstan]);
    await article('rejected', 5, [baku], 'REJECTED');
    const viaFact = await article('via-fact', 6, [russia, kazakhstan]);
    await article('filler', 7, [aktau]);
    // via-fact names no rare entity, but a fact it supports (Unity held in Aktau) is one the
    // subject supports too: the fact's entities relate them.
    const subjectParagraph = subject.paragraphs[0]?.id;
    const viaFactParagraph = viaFact.paragraphs[0]?.id;
    await db.fact.createMany({
      data: [
        { kind: 'HELD_IN', subjectId: unity.id, objectId: aktau.id, paragraphId: subjectParagraph ?? null },
        { kind: 'HELD_IN', subjectId: unity.id, objectId: aktau.id, paragraphId: viaFactParagraph ?? null },
      ],
    });

    const related = await relatedArticles(db, subject.id);
    // Of 8 articles, Russia (6) and Kazakhstan (4) are named by at least half: no reason. Baku (2:
    // the rejected mention does not count) and Unity (2) weigh ln 4; Khazri and Aktau (3) ln 8/3.
    // Equal scores go to the newer article.
    expect(related.map((r) => r.article.slug)).toEqual(['via-fact', 'rare-pair', 'filler', 'rare-one']);
    expect(related[0]?.shared).toBe('Unity and Aktau');
    expect(related[1]?.shared).toBe('Baku and Khazri');
    expect(related[1]?.article.title?.value).toBe('Title rare-pair');
    expect(related.map((r) => r.article.slug)).not.toContain('common-only');

    expect(await relatedArticles(db, subject.id, 2)).toHaveLength(2);
  });
});
