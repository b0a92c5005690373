import { describe, expect, it } from 'vitest';
import { scanReferences } from './scan-references';

describe('scanReferences', () => {
  it('lists distinct citations and entity names in order of first use', () => {
    const md = '# [[Kazakhstan]] [^b-article#p-2]\n\nText [^a-article#p-1] [[CSTO|the treaty]] [^b-article#p-2] [[ Kazakhstan ]]\n\n| [[Unity-2024\\|x]] |\n|---|';
    expect(scanReferences(md)).toEqual({
      citations: [
        { articleSlug: 'b-article', position: 2 },
        { articleSlug: 'a-article', position: 1 },
      ],
      entities: ['Kazakhstan', 'CSTO', 'Unity-2024'],
    });
  });

  it('skips code, malformed syntax and footnote definitions', () => {
    expect(scanReferences('`[[Code]]` [^Bad Slug#p-1] [^x]\n\n    [[Indented]]\n\n[^x]: [[Defined]]')).toEqual({ citations: [], entities: [] });
  });

  it('finds citations written as GFM footnote calls', () => {
    expect(scanReferences('[^a#p-1]\n\n[^a#p-1]: defined by mistake').citations).toEqual([{ articleSlug: 'a', position: 1 }]);
  });
});
