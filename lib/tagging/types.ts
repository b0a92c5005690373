import type { EntityType } from '@/lib/entities/types';

/** One name the tagger can find, compiled from the gazetteer (canonical names and aliases). */
export interface TaggerName {
  entityKey: string;
  entityType: EntityType;
  name: string;
  /** 'surname' names are only matched after the person's full name in the same article. */
  kind: 'name' | 'surname';
  /**
   * For ambiguous names: the name counts only when one of these words occurs in the same sentence
   * (e.g. "Unity" with "exercise", "drills", "2024"). Absent: the name always counts.
   */
  contextWords?: string[];
}

export interface TagInputParagraph {
  /** Caller's identifier, echoed back (e.g. paragraph position). */
  id: number;
  text: string;
}

export interface Mention {
  paragraphId: number;
  /** UTF-16 offsets into the paragraph text, end exclusive, as String.prototype.slice takes them. */
  start: number;
  end: number;
  /** The text as it stands in the paragraph, e.g. "Kazakhstan's" → "Kazakhstan". */
  surface: string;
  entityKey: string;
  /** How it was found. */
  method: 'name' | 'surname' | 'context';
}

export type CandidateKind = 'exercise-name' | 'titled-person' | 'proper-name';

/** A name the tagger does not know but which looks like an entity, for an editor to accept or reject. */
export interface Candidate {
  paragraphId: number;
  start: number;
  end: number;
  surface: string;
  kind: CandidateKind;
  /** Entity type an editor would most likely give it. */
  suggestedType: EntityType;
}

export interface TagResult {
  mentions: Mention[];
  candidates: Candidate[];
}
