import { figureScopeProblem, type FigureDirective } from './figure-directive';
import { citationKey } from './reference-syntax';
import type { SourceMap, SourcePoint } from './source-map';
import type { CitationTarget, EntityTarget, MarkdownProblem, MarkdownProblemKind, Resolvers } from './types';

export interface Note {
  number: number;
  target: CitationTarget;
  /** How many times the brief cites it; each use gets its own back-reference id. */
  uses: number;
}

/** What one render learns as it goes: numbered notes, figures, problems. */
export class BriefState {
  readonly problems: MarkdownProblem[] = [];
  readonly notes: Note[] = [];
  readonly figures: FigureDirective[] = [];
  private readonly byKey = new Map<string, Note>();
  private readonly citations = new Map<string, CitationTarget | null>();
  private readonly entities = new Map<string, EntityTarget | null>();

  constructor(
    readonly map: SourceMap,
    private readonly resolvers: Resolvers,
    /** Previews beside the note markers and folded long quotations (the brief's own page). */
    readonly enhancedNotes = false,
  ) {}

  report(kind: MarkdownProblemKind, at: SourcePoint, message: string): void {
    this.problems.push({ kind, line: at.line, column: at.column, message });
  }

  /** The note for a citation, numbered on first use; null when the resolver does not know it. */
  cite(articleSlug: string, position: number): { note: Note; use: number } | null {
    const key = citationKey(articleSlug, position);
    let note = this.byKey.get(key);
    if (!note) {
      if (!this.citations.has(key)) this.citations.set(key, this.resolvers.citation(articleSlug, position));
      const target = this.citations.get(key);
      if (!target) return null;
      note = { number: this.notes.length + 1, target, uses: 0 };
      this.notes.push(note);
      this.byKey.set(key, note);
    }
    note.uses++;
    return { note, use: note.uses };
  }

  entity(name: string): EntityTarget | null {
    if (!this.entities.has(name)) this.entities.set(name, this.resolvers.entity(name));
    return this.entities.get(name) ?? null;
  }

  /** Why the figure names something the knowledge base lacks; never, when the resolvers do not check. */
  figureScopeProblem(figure: FigureDirective): string | null {
    const known = this.resolvers.figureScope?.bind(this.resolvers);
    return known ? figureScopeProblem(figure, known) : null;
  }

  sortedProblems(): MarkdownProblem[] {
    return [...this.problems].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
