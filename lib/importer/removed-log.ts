import type { FurnitureKind, RemovedFurniture } from './types';

/** Removed furniture with the line it came from, so the final list follows document order. */
export interface LoggedRemoval extends RemovedFurniture {
  line: number;
}

export function logRemoval(log: LoggedRemoval[], line: number, kind: FurnitureKind, text: string): void {
  log.push({ line, kind, text });
}

export function inDocumentOrder(log: LoggedRemoval[]): RemovedFurniture[] {
  return log
    .map((entry, seq) => ({ entry, seq }))
    .sort((a, b) => a.entry.line - b.entry.line || a.seq - b.seq)
    .map(({ entry }) => ({ kind: entry.kind, text: entry.text }));
}
