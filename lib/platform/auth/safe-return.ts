// Where to send someone after signing in. Checking the raw text (`startsWith('/')`) is not enough:
// browsers read `/\host` and `/<tab>/host` as `//host`, another site. So the value is parsed against
// our own origin the way a browser would, and only a same-origin path survives.
const ORIGIN = 'http://return.invalid';

export function safeReturnPath(url: string | undefined | null): string | undefined {
  if (!url || !url.startsWith('/')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, ORIGIN);
  } catch {
    return undefined;
  }
  if (parsed.origin !== ORIGIN) return undefined;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // The path itself may begin `//` after normalising (`/.//evil`): a browser would take it as a host.
  return path.startsWith('//') ? undefined : path;
}
