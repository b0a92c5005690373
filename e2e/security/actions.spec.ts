import { readFileSync } from 'node:fs';
import { expect, request, test } from '@playwright/test';
import { PUBLIC_ACTIONS } from '@/lib/platform/security/public-actions';
import { storageFor } from '../setup/roles';

// Every server action in the build, called directly as an attacker would (no form, forged
// arguments): anonymous callers and roles below the action's own are refused, every time.

const PUBLIC = new Set(Object.keys(PUBLIC_ACTIONS));
const RANK = { CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3 } as const;
type Role = keyof typeof RANK;

interface ActionEntry {
  id: string;
  name: string;
  path: string;
  role: Role | null;
}

function actionsInBuild(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const source = readFileSync(entry.filename, 'utf8');
    const body = source.slice(source.indexOf(`export async function ${entry.exportedName}(`));
    const next = body.indexOf('\nexport ', 1);
    const role = /authorizeAction\('(CONTRIBUTOR|EDITOR|ADMIN)'(?:, \{ (?:enrolling|awaitingCode): true \})?\)/.exec(next > 0 ? body.slice(0, next) : body)?.[1] as Role | undefined;
    // Any page that imports the action can receive it; route groups and params do not matter.
    const worker = Object.keys(entry.workers)[0] ?? 'app/page';
    const path = worker.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\[[^\]]+\]/g, 'x').replace(/\/page$/, '') || '/';
    return { id, name: entry.exportedName, path, role: role ?? null };
  });
}

async function call(storageState: string | undefined, action: ActionEntry): Promise<string> {
  const context = await request.newContext({ baseURL: test.info().project.use.baseURL, storageState });
  try {
    const response = await context.post(action.path, {
      headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify([{ forged: true }, { id: 'x', briefId: 'x', title: 'x', body: 'x' }]),
      maxRedirects: 0,
    });
    return `${response.status()} ${await response.text()}`;
  } finally {
    await context.dispose();
  }
}

test('every server action refuses an anonymous caller and a role below its own', async () => {
  test.setTimeout(120_000);
  const actions = actionsInBuild();
  expect(actions.length).toBeGreaterThan(10);
  const unguarded = actions.filter((a) => !a.role && !PUBLIC.has(a.name)).map((a) => a.name);
  expect(unguarded, 'actions without a role check').toEqual([]);

  for (const action of actions.filter((a) => a.role)) {
    expect(await call(undefined, action), `${action.name} anonymous`).toContain('Your session has ended');
    for (const role of ['CONTRIBUTOR', 'EDITOR'] as const) {
      if (RANK[role] < RANK[action.role as Role]) {
        expect(await call(storageFor(role), action), `${action.name} as ${role}`).toContain('Your role does not allow this');
      }
    }
  }
});
