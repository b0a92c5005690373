import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTIONS as PUBLIC } from '@/lib/platform/security/public-actions';

// Server actions live beside their domain: lib/<domain>/actions.ts, or lib/<domain>/actions/*.ts.
const dir = new URL('../../', import.meta.url).pathname;
const files = (readdirSync(dir, { recursive: true }) as string[])
  .filter((f) => /(^|\/)actions(\.ts|\/[^/]+\.ts)$/.test(f) && !f.endsWith('.test.ts') && !f.startsWith('generated'))
  .sort();

function exportedActions(file: string): { name: string; firstStatement: string }[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { name: string; firstStatement: string }[] = [];
  for (const node of source.statements) {
    if (!ts.isFunctionDeclaration(node) || !node.name) continue;
    const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    // Reading the form's own fields first (to give them back on failure) is fine; nothing else is.
    const opening = (node.body?.statements ?? []).slice(0, 2).map((s) => s.getText(source));
    const firstStatement = opening.find((t) => t.includes('authorizeAction(')) ?? opening[0] ?? '';
    out.push({ name: node.name.text, firstStatement });
  }
  return out;
}

describe('server actions', () => {
  const all = files.flatMap((f) => exportedActions(f).map((a) => ({ file: f, ...a })));

  it('are found in every domain that has them', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it('are all in "use server" files', () => {
    for (const f of files) expect(readFileSync(path.join(dir, f), 'utf8').trimStart().startsWith("'use server'"), f).toBe(true);
  });

  it('each check the session and role before anything else, unless public for a stated reason', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const action of all) {
      if (PUBLIC[action.name]) continue;
      expect(action.firstStatement, `${action.file}: ${action.name}`).toMatch(/await authorizeAction\('(CONTRIBUTOR|EDITOR|ADMIN)'(, \{ (enrolling|awaitingCode): true \})?\)/);
    }
  });
});
