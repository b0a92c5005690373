import type { Node } from 'unist';

export interface SourcePoint {
  line: number;
  column: number;
}

/** Maps offsets in the Markdown source to 1-based line and column. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  point(offset: number): SourcePoint {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The source text a node was parsed from, or null for generated nodes. */
  slice(node: Node): { text: string; start: number } | null {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    return { text: this.source.slice(start, end), start };
  }

  /**
   * Where `raw`, found at `index` in a text node's value, sits in the source. Escapes and
   * character references make value and source differ; then the literal is searched for in the
   * node's source, and failing that the node's start stands in: close enough for an editor.
   */
  locate(node: Node, value: string, index: number, raw: string): SourcePoint {
    const src = this.slice(node);
    if (!src) return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (src.text === value) return this.point(src.start + index);
    const found = src.text.indexOf(raw);
    return this.point(src.start + Math.max(found, 0));
  }
}
