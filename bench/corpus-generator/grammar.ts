import type { Random } from './random';

// A tiny template language for sentences: "[a|b]" picks one alternative ("[x|]" makes x optional),
// "<rule>" expands a named rule of the grammar, "{slot}" asks the caller for an entity name ("{country+s}" for
// its possessive), a
// year or a number. Templates are parsed once and cached, since a 100,000-article corpus expands
// them millions of times.

type Node = string | { alternatives: Node[][] } | { rule: string } | { slot: string };

export type Grammar = Readonly<Record<string, readonly string[]>>;

/** Answers a "{slot}"; the same slot name may give a different entity each time. */
export type SlotFiller = (slot: string) => string;

const cache = new Map<string, Node[]>();

function parse(template: string): Node[] {
  let at = 0;
  const sequence = (closers: string): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push(text);
      text = '';
    };
    while (at < template.length && !closers.includes(template[at] ?? '')) {
      const c = template[at++] ?? '';
      if (c === '[') {
        flush();
        const alternatives: Node[][] = [sequence('|]')];
        while (template[at] === '|') {
          at++;
          alternatives.push(sequence('|]'));
        }
        if (template[at++] !== ']') throw new Error(`Unclosed "[" in template: ${template}`);
        nodes.push({ alternatives });
      } else if (c === '<' || c === '{') {
        flush();
        const close = template.indexOf(c === '<' ? '>' : '}', at);
        if (close < 0) throw new Error(`Unclosed "${c}" in template: ${template}`);
        const name = template.slice(at, close);
        nodes.push(c === '<' ? { rule: name } : { slot: name });
        at = close + 1;
      } else {
        text += c;
      }
    }
    flush();
    return nodes;
  };
  const nodes = sequence('');
  if (at < template.length) throw new Error(`Stray "${template[at]}" in template: ${template}`);
  return nodes;
}

function compiled(template: string): Node[] {
  let nodes = cache.get(template);
  if (!nodes) {
    nodes = parse(template);
    cache.set(template, nodes);
  }
  return nodes;
}

export function expand(template: string, grammar: Grammar, random: Random, fill: SlotFiller): string {
  const out: string[] = [];
  const walk = (nodes: readonly Node[], depth: number): void => {
    if (depth > 12) throw new Error(`Grammar recursion too deep at: ${template}`);
    for (const node of nodes) {
      if (typeof node === 'string') out.push(node);
      else if ('alternatives' in node) walk(random.pick(node.alternatives), depth + 1);
      else if ('slot' in node) out.push(fill(node.slot));
      else {
        const options = grammar[node.rule];
        if (!options) throw new Error(`Unknown grammar rule <${node.rule}>`);
        walk(compiled(random.pick(options)), depth + 1);
      }
    }
  };
  walk(compiled(template), 0);
  return tidy(out.join(''));
}

/** Collapses the spaces left by empty optional parts and capitalises the first letter. */
function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Every rule and slot a template or grammar names, so tests can check the grammar is closed. */
export function referencedNames(template: string): { rules: string[]; slots: string[] } {
  const rules: string[] = [];
  const slots: string[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if ('alternatives' in node) node.alternatives.forEach(walk);
      else if ('slot' in node) slots.push(node.slot);
      else rules.push(node.rule);
    }
  };
  walk(compiled(template));
  return { rules, slots };
}
