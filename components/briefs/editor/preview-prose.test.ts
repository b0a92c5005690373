// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import { computeComparison } from '@/lib/compare/compute';
import type { ExerciseRecord } from '@/lib/compare/types';
import { renderBrief } from '@/lib/formats/markdown';
import { fakeResolvers } from '@/scripts/testing/fake-resolvers';
import { PreviewProse } from './preview-prose';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const source = { value: null, citation: null, reference: null, editorNote: 'test' };
const drill: ExerciseRecord = {
  slug: 'steppe-drill-2024',
  name: 'Steppe Drill 2024',
  start: { iso: '2024-05-01', precision: 'DAY' },
  end: null,
  era: 'POST_2022',
  participants: [{ entity: { slug: 'kazakhstan', type: 'COUNTRY', name: 'Kazakhstan' }, role: 'PARTICIPANT', source }],
  places: [],
  organizations: [],
};

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function show(markdown: string) {
  const rendered = renderBrief(markdown, fakeResolvers());
  const figures = rendered.figures.map((directive) => ({ directive, comparison: computeComparison([drill], [], { countries: directive.countries }), takenAt: '2026-12-07T10:00:00.000Z' }));
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(createElement(PreviewProse, { html: rendered.html as BriefHtml, figures })));
  return { container, rendered };
}

describe('PreviewProse', () => {
  it('draws each figure where its directive stands, from the data of now', () => {
    const { container } = show('Before.\n\n::figure{kind="table" era="post-2022" countries="kazakhstan"}\n\nAfter.');
    const figure = container.querySelector('figure');
    expect(figure?.querySelector('table')?.textContent).toContain('Steppe Drill 2024');
    expect(figure?.querySelector('figcaption')?.textContent).toMatch(/^Figure 1\. Exercises \(kazakhstan\), from the knowledge base as it is now; publishing keeps it as it is then\./);
    const text = container.textContent ?? '';
    expect(text.indexOf('Before.')).toBeLessThan(text.indexOf('Steppe Drill 2024'));
    expect(text.indexOf('Steppe Drill 2024')).toBeLessThan(text.indexOf('After.'));
  });

  it('draws no figure for a directive naming an unknown country, and shows its line marked instead', () => {
    const { container, rendered } = show('::figure{kind="table" countries="narnia"}');
    expect(rendered.problems.map((p) => p.kind)).toEqual(['unknown-figure']);
    expect(container.querySelector('figure')).toBeNull();
    expect(container.querySelector('mark.unresolved')?.textContent).toBe('::figure{kind="table" countries="narnia"}');
  });
});
