import type { DocumentHints, Hint, HintSource } from './types';

// Structural subset of the DOM that linkedom provides; kept narrow so the reader needs no DOM lib.
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Background)?Article$|^BlogPosting$|^Report$/;
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s) || s.startsWith('/');

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function objects(value: Json): Array<Record<string, Json>> {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const graph = value['@graph'];
  return [value, ...(graph ? objects(graph) : [])];
}

function typeOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return isUrl(value) ? [] : [clean(value)];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object') return typeof value.name === 'string' ? names(value.name) : [];
  return [];
}

function readJsonLd(doc: MetaDocument): DocumentHints {
  const out: DocumentHints = {};
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const article = objects(parsed).find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)));
    if (!article) continue;
    const at = <T,>(value: T): Hint<T> => ({ value, source: 'json-ld' });
    const headline = typeof article.headline === 'string' ? clean(article.headline) : '';
    if (headline) out.title ??= at(headline);
    const authors = [...new Set(names(article.author))].filter(Boolean);
    if (authors.length) out.authors ??= at(authors);
    const publisher = names(article.publisher)[0];
    if (publisher) out.publication ??= at(publisher);
    if (typeof article.datePublished === 'string' && article.datePublished.trim()) out.published ??= at(article.datePublished.trim());
  }
  return out;
}

function metaContent(doc: MetaDocument, keys: string[]): string[] {
  const values: string[] = [];
  for (const key of keys) {
    for (const el of Array.from(doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`))) {
      const v = clean(el.getAttribute('content'));
      if (v && !values.includes(v)) values.push(v);
    }
  }
  return values;
}

function first(doc: MetaDocument, keys: string[], source: HintSource): Hint<string> | undefined {
  const [v] = metaContent(doc, keys);
  return v ? { value: v, source } : undefined;
}

function people(doc: MetaDocument, keys: string[], source: HintSource): Hint<string[]> | undefined {
  const v = metaContent(doc, keys).filter((s) => !isUrl(s));
  return v.length ? { value: v, source } : undefined;
}

/**
 * What a web page states about itself, strongest first: JSON-LD of an article type, Scholar
 * `citation_*` tags, Open Graph and `article:*`, plain `<meta>`, then `<time>` and `rel=author` in
 * the page. Each value keeps where it was read. Nothing is guessed from the page's layout here.
 */
export function readHtmlMeta(doc: MetaDocument): DocumentHints {
  const ld = readJsonLd(doc);
  const time = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const timeValue = clean(time?.getAttribute('datetime'));
  const relAuthors = [...new Set(Array.from(doc.querySelectorAll('a[rel~="author"], [itemprop="author"] [itemprop="name"]')).map((a) => clean(a.textContent)))]
    .filter((s) => s && s.length < 80);
  return {
    title: ld.title ?? first(doc, ['citation_title'], 'citation') ?? first(doc, ['og:title', 'twitter:title'], 'open-graph') ?? first(doc, ['headline', 'dc.title', 'DC.title'], 'meta'),
    authors:
      ld.authors ??
      people(doc, ['citation_author'], 'citation') ??
      people(doc, ['article:author'], 'open-graph') ??
      people(doc, ['author', 'dc.creator', 'DC.creator', 'byl', 'sailthru.author', 'parsely-author'], 'meta') ??
      (relAuthors.length ? { value: relAuthors, source: 'rel-author' } : undefined),
    publication:
      ld.publication ?? first(doc, ['citation_journal_title', 'citation_publisher'], 'citation') ?? first(doc, ['og:site_name'], 'open-graph') ?? first(doc, ['application-name', 'publisher', 'dc.publisher'], 'meta'),
    published:
      ld.published ??
      first(doc, ['citation_publication_date', 'citation_date', 'citation_online_date'], 'citation') ??
      first(doc, ['article:published_time', 'og:published_time'], 'open-graph') ??
      first(doc, ['datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date', 'sailthru.date', 'parsely-pub-date'], 'meta') ??
      (timeValue ? { value: timeValue, source: 'time' } : undefined),
  };
}
