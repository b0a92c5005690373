/** Line endings to LF and a leading byte-order mark removed: the only changes made to received text. */
export function normalizeNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Non-blank lines, trimmed: received text separates paragraphs by one newline or by several. */
export function toLines(raw: string): string[] {
  return normalizeNewlines(raw)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
