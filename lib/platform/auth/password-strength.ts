import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's score 3: about 10^8 guesses or more, beyond an offline attack on a slow hash. */
export const MIN_SCORE = 3;

// The dictionaries are megabytes of script: loaded when a password is first set, not with sign-in.
let checker: Promise<ZxcvbnFactory> | undefined;
async function loadChecker(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory: Factory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
  return new Factory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
}

/**
 * Why a password is too easy to guess, or null. Checked against the common-password and
 * common-word lists (breached passwords among them), keyboard walks, sequences, dates and
 * repeats, and against the person's own e-mail and name.
 */
export async function weakPasswordReason(password: string, userInputs: string[] = []): Promise<string | null> {
  checker ??= loadChecker();
  const inputs = userInputs.flatMap((i) => [i, ...i.split(/[@.\s_-]+/)]).filter((i) => i.length >= 3);
  const result = (await checker).check(password, inputs);
  // zxcvbn discounts one's own name but may still score it 3; half the password being it is too much.
  const own = result.sequence.filter((s) => 'dictionaryName' in s && s.dictionaryName === 'userInputs').reduce((n, s) => n + s.token.length, 0);
  if (own * 2 >= password.length) return 'The password is mostly your name or e-mail address: choose another.';
  if (result.score >= MIN_SCORE) return null;
  const patterns = new Set(result.sequence.map((s) => ('dictionaryName' in s ? s.dictionaryName : s.pattern)));
  if ([...patterns].some((p) => typeof p === 'string' && p.startsWith('passwords'))) {
    return 'This password is on lists of common and breached passwords: choose another (a few unrelated words make a strong one).';
  }
  return 'This password is too easy to guess (common words, sequences, dates or keyboard patterns): add more unrelated words or characters.';
}
