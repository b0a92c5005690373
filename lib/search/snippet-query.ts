/**
 * A tsquery as PostgreSQL prints it ("'drill' & !'russia'", "'naval' <-> 'forc' <2> 'kazakhstan'"),
 * read into the tree its operators make: ! binds tightest, then <N> (<-> is <1>), &, |.
 */
type Node =
  | { op: 'word'; lexeme: string }
  | { op: 'not'; arg: Node }
  | { op: 'and' | 'or'; args: [Node, Node] }
  | { op: 'phrase'; distance: number; args: [Node, Node] };

const TOKEN = /\s*(?:'((?:[^'\\]|''|\\.)*)'(?::[*A-Da-d]+)?|(<->|<\d+>|[!&|()]))/y;

function tokenize(text: string): string[][] {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push(m[1] !== undefined ? ['word', m[1].replaceAll("''", "'").replace(/\\(.)/g, '$1')] : [m[2] ?? '']);
  }
  return tokens;
}

function parse(text: string): Node | undefined {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at]?.[0];
  const binary = (next: () => Node | undefined, ops: (t: string | undefined) => boolean, make: (op: string, a: Node, b: Node) => Node) => () => {
    let left = next();
    while (left && ops(peek())) {
      const op = tokens[at++]?.[0] ?? '';
      const right = next();
      if (!right) break;
      left = make(op, left, right);
    }
    return left;
  };
  const unary = (): Node | undefined => {
    const token = tokens[at++];
    if (!token) return undefined;
    if (token[0] === 'word') return { op: 'word', lexeme: token[1] ?? '' };
    if (token[0] === '!') {
      const arg = unary();
      return arg && { op: 'not', arg };
    }
    if (token[0] === '(') {
      const inner = or();
      if (peek() === ')') at++;
      return inner;
    }
    return undefined;
  };
  const phrase = binary(unary, (t) => t !== undefined && t.startsWith('<'), (op, a, b) => ({
    op: 'phrase', distance: op === '<->' ? 1 : Number(op.slice(1, -1)), args: [a, b],
  }));
  const and = binary(phrase, (t) => t === '&', (_, a, b) => ({ op: 'and', args: [a, b] }));
  const or = binary(and, (t) => t === '|', (_, a, b) => ({ op: 'or', args: [a, b] }));
  return or();
}

const escape = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/**
 * Where a lexeme's word starts: the English stemmer keeps a word's beginning ("drills" → drill,
 * "security" → secur) except for a final y it makes i ("navy" → navi, "armies" → armi).
 */
function wordStart(lexeme: string): string {
  const yi = lexeme.length > 2 && lexeme.endsWith('i');
  return yi ? `${escape(lexeme.slice(0, -1))}[iy]` : escape(lexeme);
}

const group = (alternatives: string[]) => (alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`);

// Where the text shows the node: any of its words' starts, a phrase as its words in order with the
// words it skips (stop words, which the tsquery counts but does not name); a negated word nowhere.
function starts(node: Node): string[] {
  switch (node.op) {
    case 'word':
      return node.lexeme ? [wordStart(node.lexeme)] : [];
    case 'not':
      return [];
    case 'and':
    case 'or':
      return node.args.flatMap(starts);
    case 'phrase': {
      const [a, b] = node.args.map(starts) as [string[], string[]];
      if (a.length === 0 || b.length === 0 || node.distance < 1) return [...a, ...b];
      const skipped = node.distance > 1 ? `(?:\\W+\\w+){${node.distance - 1}}` : '';
      return [`${group(a)}\\w*${skipped}\\W+${group(b)}`];
    }
  }
}

/** Only the first place matters: a word whose start begins with another's ("kazakhstan", "kazakh") adds nothing. */
function leastStarts(all: string[]): string[] {
  const unique = [...new Set(all)];
  const plain = unique.filter((p) => /^[\p{L}\p{N}]+$/u.test(p));
  return unique.filter((p) => !plain.some((q) => q !== p && p.startsWith(q)));
}

/** The query's words and phrases OR'd, as tsquery text; negated ones are left out. */
function toHighlight(node: Node): string | undefined {
  switch (node.op) {
    case 'word':
      return node.lexeme ? `'${node.lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'` : undefined;
    case 'not':
      return undefined;
    case 'and':
    case 'or': {
      const parts = node.args.map(toHighlight).filter((p): p is string => p !== undefined);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : `( ${parts.join(' | ')} )`;
    }
    case 'phrase': {
      const [a, b] = node.args.map(toHighlight);
      if (a === undefined || b === undefined) return a ?? b;
      return `( ${a} ${node.distance === 1 ? '<->' : `<${node.distance}>`} ${b} )`;
    }
  }
}

export interface SnippetQuery {
  /**
   * A regular expression (PostgreSQL's, matched without regard to case on unaccented text) for
   * where the query shows in a text: any of its words or phrases, from the beginning of a word.
   */
  pattern: string;
  /**
   * What the snippet highlights: the query's words and phrases, each on its own. An AND needs all
   * its words within one fragment, which a window of the text around one of them may not hold.
   */
  highlight: string;
}

/**
 * How to headline a text for the query (see headlinesSql); undefined when nothing of the query can
 * show (it only excludes words). The pattern is only a hint of where to look: a miss costs a
 * headline of the whole text, as without it.
 */
export function snippetQuery(tsquery: string): SnippetQuery | undefined {
  const tree = parse(tsquery);
  const found = tree ? leastStarts(starts(tree)) : [];
  const highlight = tree && toHighlight(tree);
  return found.length === 0 || highlight === undefined ? undefined : { pattern: `\\m${group(found)}`, highlight };
}
