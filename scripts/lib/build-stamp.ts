import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run';

// What a production build is made from. A build is current when these files hash the same as
// when it was made; then `npm start` skips `next build`.
const INPUTS = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const SKIP = new Set(['generated', 'node_modules']);
const STAMP = path.join(ROOT, '.next', 'caspian-build-stamp');

function collect(entry: string, out: string[]): void {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!SKIP.has(name) && !name.endsWith('.test.ts')) collect(path.join(entry, name), out);
    }
  } else {
    out.push(entry);
  }
}

/** sha256 over the paths and contents of the files under the given entries (relative to the root). */
export function hashTree(entries: string[]): string {
  const files: string[] = [];
  for (const entry of entries) collect(entry, files);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0');
  }
  return hash.digest('hex');
}

export function sourceHash(): string {
  return hashTree(INPUTS);
}

export function isBuildCurrent(): boolean {
  return (
    existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash()
  );
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, sourceHash());
}
