import { describe, expect, it } from 'vitest';
import { canViewBrief, visibleBriefsWhere } from './service/rules';

const contributor = { id: 'c1', role: 'CONTRIBUTOR' as const };
const editor = { id: 'e1', role: 'EDITOR' as const };

describe('who may open a brief in the editor', () => {
  it('lets a contributor open their own briefs in any state and published ones', () => {
    for (const status of ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const) {
      expect(canViewBrief(contributor, { authorId: 'c1', status })).toBe(true);
    }
    expect(canViewBrief(contributor, { authorId: 'someone', status: 'PUBLISHED' })).toBe(true);
  });

  it('keeps other people’s unpublished briefs from a contributor', () => {
    for (const status of ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'] as const) {
      expect(canViewBrief(contributor, { authorId: 'someone', status })).toBe(false);
    }
  });

  it('lets editors open every brief, and filters the list the same way', () => {
    expect(canViewBrief(editor, { authorId: 'someone', status: 'DRAFT' })).toBe(true);
    expect(visibleBriefsWhere(editor)).toBeUndefined();
    expect(visibleBriefsWhere(contributor)).toEqual({ OR: [{ authorId: 'c1' }, { status: 'PUBLISHED' }] });
  });
});
