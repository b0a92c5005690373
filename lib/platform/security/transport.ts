/** HSTS for two years on an https site; nothing on http, where browsers would ignore it anyway. */
export function transportHeaders(siteUrl: string): Record<string, string> {
  return new URL(siteUrl).protocol === 'https:' ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {};
}
