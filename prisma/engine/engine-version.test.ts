import { describe, expect, it } from 'vitest';
import { engineMismatch, installedEngineVersions, parseEngineVersion } from './engine-version.mjs';

const hash = (c: string) => c.repeat(40);

describe('parseEngineVersion', () => {
  it('reads the release and the commit of an engines build', () => {
    expect(parseEngineVersion(`8.1.0-2.${hash('a')}`)).toEqual({
      version: `8.1.0-2.${hash('a')}`,
      release: '8.1.0',
      major: 8,
      minor: 1,
      hash: hash('a'),
    });
    expect(parseEngineVersion(`7.10.0-8.shadow-db-safety-s4-${hash('b')}`)).toMatchObject({ release: '7.10.0', hash: undefined });
  });

  it('refuses what is not a version', () => {
    expect(() => parseEngineVersion('latest')).toThrow('Not a Prisma engines version: latest');
  });
});

describe('engineMismatch', () => {
  it('accepts another build of the same engines release', () => {
    expect(engineMismatch(`8.1.0-1.${hash('d')}`, `8.1.0-2.${hash('5')}`)).toBeUndefined();
    expect(engineMismatch(`8.1.0-1.${hash('d')}`, `8.1.3-1.${hash('5')}`)).toBeUndefined();
  });

  it('names both versions and the way out when the minor or major release differs', () => {
    const message = engineMismatch(`8.1.0-1.${hash('d')}`, `7.10.0-5.${hash('9')}`);
    expect(message).toContain(`built for schema engine 8.1.0-1.${hash('d')}`);
    expect(message).toContain(`@prisma/schema-engine-wasm 7.10.0-5.${hash('9')}`);
    expect(message).toContain('engine releases 8.1 and 7.10 do not speak the same protocol');
    expect(message).toContain('PRISMA_SCHEMA_ENGINE_BINARY');
    expect(engineMismatch(`8.1.0-1.${hash('d')}`, `8.2.0-1.${hash('9')}`)).toContain('8.1 and 8.2');
  });

  it('finds no mismatch between the installed CLI and wasm engine', () => {
    const { cli, wasm } = installedEngineVersions();
    expect(engineMismatch(cli, wasm)).toBeUndefined();
  });
});
