import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ExerciseParticipant, ExerciseRecord, Sourced } from '@/lib/compare/types';
import { ExerciseTable } from './exercise-table';
import { sourcedRuns } from './source-runs';

const reference = (url: string, quote: string): Sourced<null> => ({
  value: null,
  citation: null,
  reference: { url, publication: 'Windows to Russia', title: '', published: null, quote },
  editorNote: null,
});
const cited = (position: number): Sourced<null> => ({
  value: null,
  citation: { articleSlug: 'an-article', articleTitle: 'An article', position, quote: null },
  reference: null,
  editorNote: null,
});
const country = (slug: string, role: ExerciseParticipant['role'], source: Sourced<null>): ExerciseParticipant => ({
  entity: { slug, type: 'COUNTRY', name: slug },
  role,
  source,
});

describe('sourcedRuns', () => {
  it('names entities resting on the very same sources together, in first-seen order, each once', () => {
    const said = reference('https://example.org/a', 'Russia, Kyrgyzstan and Tajikistan will drill.');
    const runs = sourcedRuns([
      country('russia', 'PARTICIPANT', said),
      country('kazakhstan', 'PARTICIPANT', cited(2)),
      country('tajikistan', 'PARTICIPANT', said),
      country('kyrgyzstan', 'PARTICIPANT', said),
      country('tajikistan', 'PARTICIPANT', said),
    ]);
    expect(runs.map((r) => r.entities.map((e) => e.slug))).toEqual([['russia', 'tajikistan', 'kyrgyzstan'], ['kazakhstan']]);
    expect(runs.map((r) => r.sources.length)).toEqual([1, 1]);
  });

  it('keeps apart entities whose sources differ in any one of them, or in their words', () => {
    const page = 'https://example.org/a';
    const runs = sourcedRuns([
      country('russia', 'PARTICIPANT', reference(page, 'one')),
      country('russia', 'PARTICIPANT', cited(3)),
      country('belarus', 'PARTICIPANT', reference(page, 'one')),
      country('armenia', 'PARTICIPANT', reference(page, 'two')),
      country('kyrgyzstan', 'PARTICIPANT', cited(3)),
      country('kyrgyzstan', 'PARTICIPANT', reference(page, 'one')),
    ]);
    expect(runs.map((r) => r.entities.map((e) => e.slug))).toEqual([['russia', 'kyrgyzstan'], ['belarus'], ['armenia']]);
    expect(runs[0]?.sources).toHaveLength(2);
  });
});

describe('the exercise table', () => {
  const said = reference('https://example.org/clear-sky', 'Russia, Kyrgyzstan, Tajikistan and Kazakhstan will conduct drills.');
  const record: ExerciseRecord = {
    slug: 'clear-sky-2012',
    name: 'Clear Sky 2012',
    start: { iso: '2012-10-05', precision: 'DAY' },
    end: null,
    era: 'CSTO_ERA',
    participants: [
      country('kazakhstan', 'HOST', reference('https://example.org/clear-sky', 'Kazakhstan will host.')),
      country('russia', 'PARTICIPANT', said),
      country('tajikistan', 'PARTICIPANT', said),
      country('kyrgyzstan', 'PARTICIPANT', said),
    ],
    places: [],
    organizations: [],
  };
  const html = renderToStaticMarkup(createElement(ExerciseTable, { exercises: [record], caption: 'Exercises' }));

  it('shows a reference once for the participants it names together, and every participant', () => {
    for (const slug of ['kazakhstan', 'russia', 'tajikistan', 'kyrgyzstan']) expect(html).toContain(`href="/countries/${slug}"`);
    const who = html.slice(html.indexOf('Participant: '), html.indexOf('</td>', html.indexOf('Participant: ')));
    expect(who.match(/role="tooltip"/g)).toHaveLength(1);
    expect(who).toContain('Russia, Kyrgyzstan, Tajikistan and Kazakhstan will conduct drills.');
    // The Russia column repeats the mark for Russia alone.
    expect(html.match(/Russia, Kyrgyzstan, Tajikistan and Kazakhstan will conduct drills\./g)).toHaveLength(2);
  });

  it('gives every tooltip its own id, each named by exactly one link', () => {
    const ids = [...html.matchAll(/role="tooltip" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(html.match(new RegExp(`aria-describedby="${id}"`, 'g'))).toHaveLength(1);
  });
});
