import { readFileSync } from 'node:fs';

/** A server action's id in this build, to call it directly as a script would (see actions.spec.ts). */
export function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  if (!id) throw new Error(`no action ${name} in the build`);
  return id;
}
