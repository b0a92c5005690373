/**
 * A small HTML tokenizer for tests, written as a state machine after the WHATWG tokenizer (no
 * regular expressions on markup): it reads start tags and attributes the way a browser does,
 * including unquoted values, `/` between attributes and character references in values.
 * No HTML parser ships with the installed unified packages, and a regex would miss the very
 * breakouts the XSS test looks for.
 */
export interface StartTag {
  name: string;
  /** Attribute names lowercased, values with character references decoded. */
  attributes: [string, string][];
}

export interface HtmlTokens {
  startTags: StartTag[];
  /** Comments, doctypes, CDATA and processing instructions: none belong in rendered Markdown. */
  declarations: string[];
  /**
   * The input without attribute values. A quoted value may hold a literal `<script>` (the
   * serializer escapes only `"` and `&` there, which is all HTML needs), so markup checks read this.
   */
  markup: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0' };
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isAlpha = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isAlnum = (c: string | undefined) => c !== undefined && (isAlpha(c) || (c >= '0' && c <= '9'));

/** Decodes numeric references and the named ones relevant to URLs; unknown names stay as typed. */
export function decodeReferences(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '&') {
      out += value[i];
      continue;
    }
    let j = i + 1;
    const numeric = value[j] === '#';
    const hex = numeric && (value[j + 1] === 'x' || value[j + 1] === 'X');
    j += numeric ? (hex ? 2 : 1) : 0;
    const start = j;
    while (j < value.length && (hex ? '0123456789abcdefABCDEF'.includes(value[j] ?? '') : numeric ? '0123456789'.includes(value[j] ?? '') : isAlnum(value[j]))) j++;
    const body = value.slice(start, j);
    const decoded = !body ? undefined : numeric ? String.fromCodePoint(Math.min(parseInt(body, hex ? 16 : 10), 0x10ffff)) : NAMED[body.toLowerCase()];
    if (decoded === undefined) {
      out += '&';
      continue;
    }
    out += decoded;
    i = value[j] === ';' ? j : j - 1;
  }
  return out;
}

export function tokenizeHtml(html: string): HtmlTokens {
  const startTags: StartTag[] = [];
  const declarations: string[] = [];
  const values: [number, number][] = [];
  let i = 0;
  const until = (stop: (c: string | undefined) => boolean) => {
    const from = i;
    while (i < html.length && !stop(html[i])) i++;
    return html.slice(from, i);
  };
  const skipSpace = () => until((c) => !isSpace(c));

  while (i < html.length) {
    if (html[i] !== '<') {
      i++;
      continue;
    }
    const next = html[i + 1];
    if (next === '!' || next === '?') {
      const from = i;
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i);
      i = end === -1 ? html.length : end + (html.startsWith('<!--', from) ? 3 : 1);
      declarations.push(html.slice(from, i));
      continue;
    }
    if (next === '/') {
      i += 2;
      until((c) => c === '>');
      i++;
      continue;
    }
    if (!isAlpha(next)) {
      i++;
      continue;
    }
    i++;
    const name = until((c) => isSpace(c) || c === '/' || c === '>').toLowerCase();
    const attributes: [string, string][] = [];
    for (;;) {
      until((c) => !isSpace(c) && c !== '/');
      if (i >= html.length || html[i] === '>') break;
      // The first character may be '=' (an attribute literally named "=…"), as in the spec.
      const first = html[i] ?? '';
      i++;
      const attrName = (first + until((c) => isSpace(c) || c === '/' || c === '>' || c === '=')).toLowerCase();
      skipSpace();
      let value = '';
      if (html[i] === '=') {
        i++;
        skipSpace();
        const quote = html[i];
        const from = i;
        if (quote === '"' || quote === "'") {
          i++;
          value = until((c) => c === quote);
          i++;
        } else value = until((c) => isSpace(c) || c === '>');
        values.push([from, i]);
      }
      attributes.push([attrName, decodeReferences(value)]);
    }
    i++;
    startTags.push({ name, attributes });
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  let markup = '';
  let at = 0;
  for (const [from, to] of values) {
    markup += html.slice(at, from);
    at = to;
  }
  return { startTags, declarations, markup: markup + html.slice(at) };
}
