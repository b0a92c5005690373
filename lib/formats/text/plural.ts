const rules = new Intl.PluralRules('en');

/**
 * "1 partner", "2 partners", "0 partners": the count and the noun in the form English gives it,
 * through Intl.PluralRules so the choice is the language's, not a hand-written `n === 1`.
 */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en')} ${rules.select(n) === 'one' ? one : other}`;
}

/** The noun alone, in the form that goes with `n`. */
export function nounFor(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? one : other;
}
