import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Route handlers are few and each is public for a stated reason; a new one must be added here
// after deciding how it checks the session and role.
const PUBLIC_ROUTES: Record<string, string> = {
  'app/api/health/route.ts': 'liveness for monitors, proxies and the start script; says whether the database, replicas, shared cache and job worker are up, without addresses or data',
  'app/api/auth/[...nextauth]/route.ts': 'Auth.js itself: sign-in, sign-out and session endpoints',
  'app/feeds/briefs.atom/route.ts': 'read-only Atom feed of published briefs, the same text the public brief pages show',
  'app/feeds/briefs.json/route.ts': 'read-only JSON Feed of published briefs, the same text the public brief pages show',
  'app/api/revalidate/route.ts': 'not public: refuses any request without the token derived from AUTH_SECRET (lib/platform/cache/revalidate-token.ts)',
  'app/feeds/authors/[file]/route.ts': 'read-only Atom feed of one author’s published briefs, the same text their public author page lists',
  'app/feeds/entities/[file]/route.ts': 'read-only Atom feed of public articles and published briefs about one entity',
  'app/sitemap.xml/route.ts': 'the sitemap index: addresses of the public sitemap parts',
  'app/sitemaps/[file]/route.ts': 'one sitemap part: addresses of public pages only (articles, entities, published briefs)',
  'app/api/editor/import/route.ts':
    'not public: uploads for /editor/import; checks the session and the EDITOR role itself (currentUser + hasRole) and requires the import page\'s own header',
  'app/api/editor/entity-choices/route.ts':
    'not public: the fact form\'s suggestions of entities as an editor types; checks the session and the EDITOR role itself (currentUser + hasRole), zod-validated, at most 20 names',
};

const root = new URL('../../../', import.meta.url).pathname;

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(relative);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [relative] : [];
  });
}

describe('route handlers', () => {
  it('are all known, each public for a stated reason', () => {
    expect(routeFiles('app').sort()).toEqual(Object.keys(PUBLIC_ROUTES).sort());
  });
});
