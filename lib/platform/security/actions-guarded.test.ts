import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declaredActions } from '@/scripts/testing/declared-actions';

// Server actions live beside their domain: lib/<domain>/actions.ts, or lib/<domain>/actions/*.ts.
const dir = new URL('../../', import.meta.url).pathname;
const files = (readdirSync(dir, { recursive: true }) as string[])
  .filter((f) => /(^|\/)actions(\.ts|\/[^/]+\.ts)$/.test(f) && !f.endsWith('.test.ts') && !f.startsWith('generated') && !f.startsWith('platform/actions/'))
  .sort();
const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');

describe('server actions', () => {
  const all = files.flatMap((f) => declaredActions(f, read(f)).map((a) => ({ file: f, ...a })));

  it('are found in every domain that has them', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it('are all in "use server" files', () => {
    for (const f of files) expect(read(f).trimStart().startsWith("'use server'"), f).toBe(true);
  });

  it('are each declared with the action helper, with a role or a stated reason to be public', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const action of all) expect(action.problem, `${action.file}: ${action.name}`).toBeUndefined();
    const publicOnes = all.filter((a) => a.access && 'public' in a.access).map((a) => a.name).sort();
    expect(publicOnes).toEqual(['acceptInvitationAction', 'requestPasswordResetAction', 'resetPasswordAction', 'signInAction', 'signOutAction', 'singleSignOnAction']);
  });

  it('check the session and role before anything else: the helper authorizes first', () => {
    const source = ts.createSourceFile('action-client.ts', read('platform/actions/action-client.ts'), ts.ScriptTarget.Latest, true);
    const fn = (name: string) => source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
    const run = fn('run');
    expect(run?.body?.statements[0]?.getText(source)).toMatch(/^const \{ user, denied \} = await authorize\(spec\.access\);$/);
    expect(run?.body?.statements[1]?.getText(source)).toMatch(/^const kept = /);
    expect(run?.body?.statements[2]?.getText(source)).toBe('if (denied) return { ...denied, ...kept };');
    const authorize = fn('authorize')?.body?.statements.map((s) => s.getText(source)) ?? [];
    expect(authorize[0]).toBe("if (typeof access === 'object' && 'public' in access) return { user: null };");
    expect(authorize.join('\n')).toContain('await authorizeAction(role, options)');
  });
});
