import { describe, expect, it } from 'vitest';
import { mentionCounts } from './mention-counts';
import type { MentionReviewRow, ReviewParagraph } from './types';

const mention = (id: string, entityId: string, name: string, status: MentionReviewRow['status']): MentionReviewRow => ({
  id,
  surface: name,
  before: '',
  after: '',
  method: 'name',
  status,
  entity: { id: entityId, slug: name.toLowerCase(), type: 'COUNTRY', name, href: `/countries/${name.toLowerCase()}` },
});

describe('mentionCounts', () => {
  it('counts every mention and the proposed ones per entity, most named first', () => {
    const paragraphs: ReviewParagraph[] = [
      { position: 1, kind: 'TEXT', candidates: [], mentions: [mention('a', 'ru', 'Russia', 'PROPOSED'), mention('b', 'kz', 'Kazakhstan', 'ACCEPTED')] },
      { position: 2, kind: 'TEXT', candidates: [], mentions: [mention('c', 'ru', 'Russia', 'REJECTED'), mention('d', 'ru', 'Russia', 'PROPOSED'), mention('e', 'az', 'Azerbaijan', 'PROPOSED')] },
    ];
    expect(mentionCounts(paragraphs)).toEqual([
      { entityId: 'ru', name: 'Russia', total: 3, proposed: 2 },
      { entityId: 'az', name: 'Azerbaijan', total: 1, proposed: 1 },
      { entityId: 'kz', name: 'Kazakhstan', total: 1, proposed: 0 },
    ]);
    expect(mentionCounts([])).toEqual([]);
  });
});
