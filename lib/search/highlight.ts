/** Markers ts_headline puts around matches; control characters cannot come from a typed query. */
export const HIT_START = '\u0001';
export const HIT_END = '\u0002';

export interface Segment {
  text: string;
  hit: boolean;
}

/** Splits marked text into plain and highlighted runs; React escapes each run when rendering. */
export function splitMarked(marked: string): Segment[] {
  const segments: Segment[] = [];
  let hit = false;
  let text = '';
  const flush = () => {
    if (text) segments.push({ text, hit });
    text = '';
  };
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else {
      text += ch;
    }
  }
  flush();
  return segments;
}

/** The text without markers. */
export function stripMarks(marked: string): string {
  return marked.replaceAll(HIT_START, '').replaceAll(HIT_END, '');
}
