// Web addresses and e-mail addresses are cited as sources, not names: "www.kazakhstan.org.sg" is
// not a mention of Kazakhstan.
const WEB_ADDRESS = /\b(?:https?:\/\/\S+|www\.[^\s,;)]+|[\w-]+(?:\.[\w-]+)*@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|int|io|[a-z]{2})\b(?:\/[^\s,;)]*)?)/giu;

/** [start, end) spans of web and e-mail addresses in a text. */
export function webAddressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) {
    // A two-letter ending must be lowercase and follow a dot with no space ("mod.kz"), never a
    // sentence end ("in Kazakhstan.In").
    if (m[0].includes('.') && !/\s/.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function insideSpans(start: number, end: number, spans: readonly [number, number][]): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}
