// A page's address names its site only through the host ("astanatimes.com", "liter.kz"). The host is
// never shown as the publication by itself: only a name the page writes somewhere that spells the host
// ("The Astana Times", "Liter.kz") is taken, as the page writes it.
import { isGenericOutletWord } from './outlet-words';

export const letters = (s: string): string => s.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const hostname = (address: string | null): string | null =>
  address !== null && URL.canParse(address) ? new URL(address).hostname.toLowerCase() : null;

/** "astanatimes.com" → "astanatimes"; "news.un.org" → "newsun". */
export function hostLabel(address: string | null): string | null {
  const host = hostname(address)?.replace(/^(?:www\d?|m|en|eng|amp)\./u, '');
  return host ? letters(host.split('.').slice(0, -1).join('')) || null : null;
}

const OPENER = /^(?:In|At|By|For|From|On|As|And|But|According|Says|Told|To|With|Via|Source)$/u;
// Short labels ("rt", "ap") match too much of any text.
const MIN_LABEL = 4;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Runs of capitalised words as a name is written, with an optional "The".
const NAME_RUN = /(?<![\p{L}\p{N}])((?:The\s+)?[\p{Lu}][\p{L}\p{N}'’&-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’&-]*){0,4})/gu;

/** The site's name as the page writes it, when it spells the page's host; null otherwise. */
export function siteNamedByHost(address: string | null, texts: string[]): { name: string; evidence: string } | null {
  const host = hostname(address)?.replace(/^(?:www\d?|m|amp)\./u, '');
  const label = hostLabel(address);
  if (!host || !label || label.length < MIN_LABEL) return null;
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}.@/])(${escape(host)})(?![\p{L}\p{N}/@])`, 'iu');
  for (const text of texts) {
    const literal = written.exec(text)?.[1];
    if (literal) return { name: literal, evidence: text };
  }
  for (const text of texts) {
    for (const m of text.matchAll(NAME_RUN)) {
      const words = (m[1] ?? '').split(/\s+/u);
      // "In The Astana Times": a sentence's first word may run into the name; no other word may.
      const candidates = [words, ...(words.length > 1 && OPENER.test(words[0] ?? '') ? [words.slice(1)] : [])].map((w) => w.join(' '));
      const name = candidates.find((n) => letters(n.replace(/^The\s+/u, '')) === label && !isGenericOutletWord(n));
      if (name) return { name, evidence: text };
    }
  }
  return null;
}
