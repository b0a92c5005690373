import { describe, expect, it } from 'vitest';
import { KNOWN_SLOTS } from './generate-article';
import { expand, referencedNames } from './grammar';
import { Random } from './random';
import { phrases } from './vocabulary-phrases';
import { sentences, titles } from './vocabulary-sentences';

const templates = [...Object.values(sentences).flat(), ...Object.values(titles).flat(), ...Object.values(phrases).flat()];

describe('sentence grammar', () => {
  it('expands alternatives, rules and slots', () => {
    const text = expand('[the|a] <x> met {country}.', { x: ['[big|small] delegation'] }, new Random('g'), (slot) => `<${slot}>`);
    expect(text).toMatch(/^(The|A) (big|small) delegation met <country>\.$/);
  });

  it('is closed: every rule and slot a template names exists', () => {
    for (const template of templates) {
      const { rules, slots } = referencedNames(template);
      for (const rule of rules) expect(phrases, `<${rule}> in "${template}"`).toHaveProperty(rule);
      for (const slot of slots) expect(KNOWN_SLOTS.has(slot.replace(/(\+s|~)$/u, '')), `{${slot}} in "${template}"`).toBe(true);
    }
  });

  it('rejects malformed templates', () => {
    expect(() => expand('[a|b', {}, new Random('g'), () => '')).toThrow(/Unclosed/);
    expect(() => expand('<nope>', {}, new Random('g'), () => '')).toThrow(/Unknown grammar rule/);
  });
});
