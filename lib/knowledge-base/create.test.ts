import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
// The seed loads the knowledge base's own files by slug (upsert, kept in step with them); it is not an editor's write.
const ALLOWED = new Set(['lib/knowledge-base/create.ts', 'lib/entities/seed-knowledge-base.ts']);
const WRITE = /\.entity\.(create|createMany|createManyAndReturn|upsert)\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

describe('entity creation', () => {
  it('has one path in the application: insertEntities (forms, fact proposals and candidates all use it)', () => {
    const writers = [...sources('lib'), ...sources('app')].filter((f) => WRITE.test(readFileSync(path.join(root, f), 'utf8')));
    expect(writers.sort()).toEqual([...ALLOWED].sort());
  });
});
