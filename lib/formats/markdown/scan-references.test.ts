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
      figureScope: { countries: [], organizations: [] },
    });
  });

  it('skips code, malformed syntax and footnote definitions', () => {
    expect(scanReferences('`[[Code]]` [^Bad Slug#p-1] [^x]\n\n    [[Indented]]\n\n[^x]: [[Defined]]')).toEqual({ citations: [], entities: [], figureScope: { countries: [], organizations: [] } });
  });

  it('finds citations written as GFM footnote calls', () => {
    expect(scanReferences('[^a#p-1]\n\n[^a#p-1]: defined by mistake').citations).toEqual([{ articleSlug: 'a', position: 1 }]);
  });

  it('lists the countries and organizations that figures name, once each, skipping malformed directives', () => {
    const md = 'Intro.\n\n::figure{kind="map" countries="uzbekistan,kazakhstan" org="csto"}\n\n::figure{kind="table" countries="kazakhstan,russia"}\n\n::figure{kind="pie" countries="iran"}';
    expect(scanReferences(md).figureScope).toEqual({ countries: ['kazakhstan', 'uzbekistan', 'russia'], organizations: ['csto'] });
  });
});
