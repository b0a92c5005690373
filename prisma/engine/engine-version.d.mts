export interface EngineVersion {
  version: string;
  release: string;
  major: number;
  minor: number;
  hash: string | undefined;
}
export function parseEngineVersion(version: string): EngineVersion;
export function engineMismatch(cliEngines: string, wasmEngine: string): string | undefined;
export function installedEngineVersions(): { cli: string; wasm: string };
