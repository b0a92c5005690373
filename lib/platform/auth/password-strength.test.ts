import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';
import { weakPasswordReason } from './password-strength';

describe('password strength', () => {
  it.each(['password1234', 'qwertyuiop12', 'iloveyou2024!', '123456789012'])('refuses the common or breached %j', async (password) => {
    expect(await passwordProblem(password)).toMatch(/common and breached|too easy to guess/);
  });

  it('refuses a password built from the person’s own e-mail', async () => {
    expect(await weakPasswordReason('samira.karimova', ['samira.karimova@example.test', 'Samira Karimova'])).toMatch(/mostly your name or e-mail/);
  });

  it('accepts long unrelated words and random strings', async () => {
    expect(await passwordProblem('correct horse battery')).toBeNull();
    expect(await passwordProblem('pw-AbC9xYz12Qw3ErT4')).toBeNull();
  });

  it('still asks for 12 characters first', async () => {
    expect(await passwordProblem('Xk9#q')).toBe('The password must be at least 12 characters.');
  });
});
