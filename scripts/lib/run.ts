import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs a command with inherited output; resolves on exit 0, rejects with a clear message otherwise. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Node entry points of the project's own tools, run with this Node rather than through npx. */
export const bin = {
  prisma: `${ROOT}node_modules/prisma/build/index.js`,
  next: `${ROOT}node_modules/next/dist/bin/next`,
  tsc: `${ROOT}node_modules/typescript/bin/tsc`,
  eslint: `${ROOT}node_modules/eslint/bin/eslint.js`,
  vitest: `${ROOT}node_modules/vitest/vitest.mjs`,
  playwright: `${ROOT}node_modules/@playwright/test/cli.js`,
};

export function node(script: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return run(process.execPath, [script, ...args], options);
}

export function spawnNode(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit', ...options });
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The production server (scripts/serve.ts) on `port`; needs a `next build`. */
export function spawnPortal(port: number, env: NodeJS.ProcessEnv, options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', `${ROOT}scripts/serve.ts`], {
    cwd: ROOT,
    stdio: 'inherit',
    ...options,
    env: { ...env, PORT: String(port), NODE_ENV: 'production' },
  });
}
