// Checks of package-lock.json (lockfileVersion 3) that npm itself does not make on this platform.

export interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  hasInstallScript?: boolean;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
}

export interface MissingPackage {
  /** The locked package that declares it ("" is the project itself). */
  dependent: string;
  name: string;
  range: string;
}

/** Where Node would find `name` from the package at `path`: its own node_modules, then its parents'. */
export function resolveLocked(lock: Lockfile, path: string, name: string): string | undefined {
  let base = path;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/**
 * Optional dependencies that a locked package declares and the lockfile lacks. npm skips the
 * platform builds of native packages (@next/swc-darwin-arm64, @esbuild/win32-x64, …) when it cannot
 * get their metadata; `npm ci` elsewhere then refuses the lockfile, and `npm install` rewrites it.
 */
export function missingOptionalPackages(lock: Lockfile): MissingPackage[] {
  if (lock.lockfileVersion < 2) throw new Error(`lockfileVersion ${lock.lockfileVersion} has no "packages" map`);
  const missing: MissingPackage[] = [];
  for (const [path, locked] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(locked.optionalDependencies ?? {})) {
      if (!resolveLocked(lock, path, name)) missing.push({ dependent: path, name, range });
    }
  }
  return missing;
}

const packageName = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Locked packages with an install script on which `allowScripts` records no decision. */
export function undecidedInstallScripts(lock: Lockfile, allowScripts: Record<string, boolean>): string[] {
  const names = Object.entries(lock.packages)
    .filter(([path, locked]) => path && locked.hasInstallScript)
    .map(([path]) => packageName(path));
  return [...new Set(names)].filter((name) => !Object.hasOwn(allowScripts, name)).sort();
}
