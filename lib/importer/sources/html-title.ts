import { furnitureKind } from '../furniture';
import { hostLabel, letters } from '../host-name';
import type { Hint } from './types';

/** The title-like strings a page offers, and what names the site. */
export interface TitleEvidence {
  /** JSON-LD headline, citation_title or og:title, as the page's metadata states it. */
  meta: Hint<string> | undefined;
  h1: string;
  titleTag: string;
  siteName: string | null;
  /** The page's address (fetched, og:url or canonical link), for its host name. */
  address: string | null;
}

export interface ReconciledTitle {
  title: Hint<string> | undefined;
  /** The site's name as the <title> or og:title writes it beside the headline. */
  siteFromTitle: string | null;
}

const SEPARATOR = /\s+(?:[|–—·•»:]|-|::)\s+/u;
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim();

/** A piece beside the headline names the site: it is the stated site name, or it spells the host. */
function isSiteName(piece: string, e: TitleEvidence): boolean {
  const p = letters(piece);
  if (!p) return false;
  const site = e.siteName ? letters(e.siteName) : '';
  if (site && (p === site || (p.length >= 4 && site.includes(p)) || (site.length >= 4 && p.includes(site)))) return true;
  const host = hostLabel(e.address);
  if (!host || p.length < 3) return false;
  const initials = piece.split(/\s+/).map((w) => w.charAt(0)).join('').toLowerCase();
  return p === host || host.includes(p) || (p.includes(host) && host.length >= 4) || initials === host || letters(piece.replace(/^the\s+/i, '')) === host;
}

/** "Headline | Site", "Site - Headline": the headline alone and the site's name, when one side names the site. */
export function splitSiteName(text: string, e: TitleEvidence): { headline: string; site: string | null } {
  const parts = text.split(SEPARATOR);
  if (parts.length < 2) return { headline: text, site: null };
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (isSiteName(last, e)) return { headline: parts.slice(0, -1).join(' | ').trim(), site: last.trim() };
  if (isSiteName(first, e)) return { headline: parts.slice(1).join(' | ').trim(), site: first.trim() };
  return { headline: text, site: null };
}

const usable = (s: string, e: TitleEvidence): boolean => s.length > 0 && furnitureKind(s) === null && !(e.siteName && fold(s) === fold(e.siteName)) && !isSiteName(s, e);

/**
 * The headline from what the page states about itself: the metadata's headline, the page's <h1>
 * and its <title>, each without a site name written beside it. A banner, a logo's <h1> or the site's
 * bare name is never the headline.
 */
export function reconcileTitle(e: TitleEvidence): ReconciledTitle {
  const meta = e.meta ? splitSiteName(e.meta.value, e) : null;
  const tag = splitSiteName(e.titleTag, e);
  const siteFromTitle = meta?.site ?? tag.site;
  const h1 = e.h1;
  if (meta && usable(meta.headline, e)) {
    // An <h1> that is the same headline keeps its own wording (the metadata's may be shortened).
    const same = usable(h1, e) && fold(h1) === fold(meta.headline);
    return { title: { value: same ? h1 : meta.headline, source: e.meta?.source ?? 'meta' }, siteFromTitle };
  }
  if (usable(h1, e)) return { title: { value: h1, source: 'heading' }, siteFromTitle };
  if (usable(tag.headline, e)) return { title: { value: tag.headline, source: 'title-tag' }, siteFromTitle };
  return { title: undefined, siteFromTitle };
}
