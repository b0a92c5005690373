import { describe, expect, it } from 'vitest';
import { renderBrief } from '@/lib/formats/markdown';
import { fakeResolvers } from '@/scripts/testing/fake-resolvers';
import { briefContents } from './contents';

describe('briefContents', () => {
  it('lists the sections of a rendered brief with their ids, without note numbers or markup', () => {
    const { html } = renderBrief(
      '# Title\n\nIntro.\n\n## Background & *scope* [^csto-summit#p-1]\n\nText.\n\n### Aktau, 2024\n\nMore.\n\n## What changed\n\nEnd.',
      fakeResolvers(),
    );
    expect(briefContents(html)).toEqual([
      { id: 'user-content-background-and-scope', text: 'Background & scope', level: 2 },
      { id: 'user-content-aktau-2024', text: 'Aktau, 2024', level: 3 },
      { id: 'user-content-what-changed', text: 'What changed', level: 2 },
    ]);
  });

  it('finds nothing in a brief without sections', () => {
    expect(briefContents(renderBrief('Just a paragraph.', fakeResolvers()).html)).toEqual([]);
  });
});
