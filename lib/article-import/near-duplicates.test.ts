import { describe, expect, it } from 'vitest';
import { containment, distinctivePhrase, shingles } from './near-duplicates';

const STORY = 'Kazakhstan and Azerbaijan held a joint naval exercise in the Caspian Sea on Tuesday, the defence ministry in Astana said in a statement.';

describe('near duplicates', () => {
  it('scores a syndicated copy with other furniture and a shorter ending high', () => {
    const copy = `Advertisement. ${STORY.toUpperCase()} Read more on our site.`;
    expect(containment(shingles(STORY), shingles(copy))).toBe(1);
  });

  it('scores another story on the same subject low', () => {
    const other = 'Uzbekistan and Tajikistan signed a border agreement in Dushanbe on Friday after talks between their presidents.';
    expect(containment(shingles(STORY), shingles(other))).toBe(0);
  });

  it('takes eight plain words of the lead as a search phrase', () => {
    expect(distinctivePhrase(STORY)).toBe('Kazakhstan and Azerbaijan held a joint naval exercise');
    expect(distinctivePhrase('Too short.')).toBeNull();
  });
});
