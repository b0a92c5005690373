/**
 * What an analyst's question says beside its topic: a date range in words ("after 2022", "before
 * 2010", "between 2014 and 2018", "since 2020") and the frame of a question ("which countries…",
 * "what did … say about …", "how many …"). The range becomes the date filter, the frame words are
 * dropped, and the rest is searched. Only plain text outside quotes is read: a quoted phrase or a
 * negated word is the reader's own syntax and stays as typed.
 */
export interface Intent {
  /** The query without the words read as a range or as the question's frame. */
  q: string;
  /** Inclusive dates, YYYY-MM-DD, read from the words. */
  from?: string;
  to?: string;
  /** The words read as a range, as typed, for the page's note ("after 2022"). */
  dateWords?: string;
}

// A year an analyst would mean: the record covers the 1990s onwards.
const YEAR = String.raw`(19[5-9]\d|20\d\d)`;

const RANGES: readonly { pattern: RegExp; range: (a: number, b?: number) => { from?: string; to?: string } }[] = [
  { pattern: new RegExp(String.raw`\b(?:between|from)\s+${YEAR}\s+(?:and|to|until|-|–)\s+${YEAR}\b`, 'i'), range: (a, b) => ({ from: `${a}-01-01`, to: `${b ?? a}-12-31` }) },
  { pattern: new RegExp(String.raw`\b${YEAR}\s*[-–]\s*${YEAR}\b`), range: (a, b) => ({ from: `${a}-01-01`, to: `${b ?? a}-12-31` }) },
  { pattern: new RegExp(String.raw`\b(?:after|post)\s+${YEAR}\b`, 'i'), range: (a) => ({ from: `${a + 1}-01-01` }) },
  { pattern: new RegExp(String.raw`\b(?:since|from)\s+${YEAR}\b`, 'i'), range: (a) => ({ from: `${a}-01-01` }) },
  { pattern: new RegExp(String.raw`\b(?:before|pre|prior\s+to)\s+${YEAR}\b`, 'i'), range: (a) => ({ to: `${a - 1}-12-31` }) },
  { pattern: new RegExp(String.raw`\b(?:until|till|up\s+to)\s+${YEAR}\b`, 'i'), range: (a) => ({ to: `${a}-12-31` }) },
];

// The frame of a question: a question word at the start, the auxiliary after it, and the verbs
// of asking that carry no topic ("what did Bzhania say about the base" asks about the base).
const QUESTION_START = /^(?:what|which|who|whom|whose|where|when|why|how(?:\s+(?:many|much|often|long))?|is|are|was|were|did|does|do|has|have|can|will)\b\s*/i;
const AUXILIARY = /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b\s*/i;
const ASKING = /\b(?:say|said|says|tell|told|think|thinks|mean|means)\s+(?:about|of|on)\b/gi;

/** The plain stretches of the query (outside quotes), where a range or a frame may be read. */
function plainRanges(q: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= q.length; i++) {
    if (i === q.length || q.charAt(i) === '"') {
      if (!quoted && i > start) out.push([start, i]);
      quoted = !quoted;
      start = i + 1;
    }
  }
  return out;
}

const tidy = (q: string) => q.replace(/\s+/g, ' ').replace(/\s+\?/g, '').replace(/\?+$/, '').trim();

/** Reads the range and the question's frame out of a query (see Intent); a query with neither comes back as it was. */
export function readIntent(query: string): Intent {
  const [first] = plainRanges(query);
  let q = query;
  let dates: { from?: string; to?: string; dateWords?: string } = {};
  for (const [start, end] of plainRanges(query)) {
    const plain = query.slice(start, end);
    for (const { pattern, range } of RANGES) {
      const m = pattern.exec(plain);
      // A word negated by the reader ("-after") is an exclusion, not a range.
      if (!m || plain.charAt(m.index - 1) === '-') continue;
      const [a, b] = [Number(m[1]), m[2] ? Number(m[2]) : undefined];
      dates = { ...range(a, b), dateWords: m[0] };
      q = q.slice(0, start + m.index) + ' '.repeat(m[0].length) + q.slice(start + m.index + m[0].length);
      break;
    }
    if (dates.dateWords) break;
  }
  // The frame is read only where the query starts with plain words.
  if (first && first[0] === 0) {
    const head = q.slice(0, first[1]);
    const frame = QUESTION_START.exec(head);
    if (frame) {
      let rest = head.slice(frame[0].length);
      rest = rest.replace(AUXILIARY, '');
      rest = rest.replace(ASKING, ' ');
      // Nothing but the frame: the reader searched for the words themselves.
      if (tidy(rest).length > 0) q = rest + q.slice(first[1]);
    }
  }
  const cleaned = tidy(q);
  return { q: cleaned.length > 0 ? cleaned : query, ...dates };
}
