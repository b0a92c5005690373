/** Text or attribute value for XML: the five predefined entities, and no characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JSON for an inline <script type="application/ld+json">: `<` becomes \u003c so that no value
 * (a title containing "</script>") can close the tag; U+2028/9 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An absolute URL on this site, from a path beginning with '/'. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/**
 * Rendered brief HTML links to /articles/… and #notes; a feed reader needs them absolute.
 * The HTML is sanitized by renderBrief, so attributes are always double-quoted.
 */
export function absolutizeHtml(html: string, siteUrl: string, pageUrl: string): string {
  return html.replace(/\s(href|src)="([^"]*)"/g, (match, attr: string, value: string) => {
    if (value.startsWith('#')) return ` ${attr}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return ` ${attr}="${absoluteUrl(siteUrl, value)}"`;
    return match;
  });
}
