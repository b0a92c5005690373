import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { computeComparison } from '@/lib/compare/compute';
import type { ExerciseParticipant, ExerciseRecord } from '@/lib/compare/types';
import { BriefFigure } from './brief-figure';

const source = { value: null, citation: null, reference: null, editorNote: 'test' };
const country = (slug: string, role: ExerciseParticipant['role']): ExerciseParticipant => ({ entity: { slug, type: 'COUNTRY', name: slug }, role, source });
const exercise = (slug: string, participants: ExerciseParticipant[]): ExerciseRecord => ({
  slug, name: slug, start: { iso: '2024-05-01', precision: 'DAY' }, end: null, era: 'POST_2022', participants, places: [], organizations: [],
});

// A brief's exercise table is drawn from its stored snapshot: an exercise whose sources are silent
// about Russia must say so, and only a source that says Russia stayed away makes it an absence.
describe('a figure inside a brief', () => {
  it('says "not stated" for Russia where no source says, and "stayed away" only where one does', () => {
    const records = [exercise('silent-drill', [country('kazakhstan', 'PARTICIPANT')]), exercise('refused-drill', [country('kazakhstan', 'PARTICIPANT'), country('russia', 'STAYED_AWAY')])];
    const comparison = computeComparison(records, [], { countries: [] });
    const html = renderToStaticMarkup(createElement(BriefFigure, { index: 0, snapshot: { directive: { kind: 'table', era: 'post-2022', countries: [], line: 1 }, comparison, takenAt: '2026-01-01T00:00:00.000Z' } }));
    const row = (slug: string) => html.slice(html.indexOf(slug), html.indexOf('</tr>', html.indexOf(slug)));
    expect(row('silent-drill')).toContain('not stated');
    expect(row('refused-drill')).toContain('stayed away');
    expect(html).not.toMatch(/>\s*No\s*</);
  });
});
