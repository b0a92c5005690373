import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from './test-helpers';

const gazetteer = gazetteerOf(
  named('mammadli', 'Ramil Mammadli', { entityType: 'person' }),
  named('mammadli', 'Mammadli', { entityType: 'person', kind: 'surname' }),
);

const methods = (texts: string[]) => tag(gazetteer, ...texts).mentions.map((m) => [m.paragraphId, m.surface, m.method]);

describe('tagArticle: surnames', () => {
  it('ignores a surname before the full name has appeared', () => {
    expect(methods(['Mammadli said the drills would go ahead.'])).toEqual([]);
  });

  it('matches a surname after the full name earlier in the same paragraph', () => {
    expect(methods(['Mammadli spoke first. Later Ramil Mammadli arrived, and Mammadli spoke again.'])).toEqual([
      [0, 'Ramil Mammadli', 'name'],
      [0, 'Mammadli', 'surname'],
    ]);
  });

  it('matches a surname after the full name in an earlier paragraph', () => {
    expect(methods(['Rear Admiral Ramil Mammadli attended.', 'Mammadli’s staff planned the landing.'])).toEqual([
      [0, 'Ramil Mammadli', 'name'],
      [1, 'Mammadli', 'surname'],
    ]);
  });

  it('does not carry a full name over from another article', () => {
    tag(gazetteer, 'Ramil Mammadli attended.');
    expect(methods(['Mammadli attended.'])).toEqual([]);
  });

  it('picks the person whose full name came earlier when two people share a surname', () => {
    const two = gazetteerOf(
      named('ilham', 'Ilham Aliyev', { entityType: 'person' }),
      named('ilham', 'Aliyev', { entityType: 'person', kind: 'surname' }),
      named('heydar', 'Heydar Aliyev', { entityType: 'person' }),
      named('heydar', 'Aliyev', { entityType: 'person', kind: 'surname' }),
    );
    const one = tag(two, 'Ilham Aliyev spoke. Aliyev added.');
    expect(one.mentions.map((m) => [m.surface, m.entityKey, m.method])).toEqual([
      ['Ilham Aliyev', 'ilham', 'name'],
      ['Aliyev', 'ilham', 'surname'],
    ]);
    const both = tag(two, 'Ilham Aliyev and Heydar Aliyev. Aliyev added.');
    expect(both.mentions.map((m) => m.surface)).toEqual(['Ilham Aliyev', 'Heydar Aliyev']);
  });
});
