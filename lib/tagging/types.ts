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

export type CandidateKind =
  | 'exercise-name'
  | 'titled-person'
  | 'proper-name'
  | 'single-name'
  | 'dateline'
  | 'quoted-name';

/** One reason to give a candidate a type, as an editor reads it ("after the title “Defence Minister”"). */
export interface CandidateEvidence {
  type: EntityType;
  reason: string;
  /** How much it counts against the other reasons: a list or a title outweighs a preposition. */
  weight: number;
}

/** A name the tagger does not know but which looks like an entity, for an editor to accept or reject. */
export interface Candidate {
  paragraphId: number;
  start: number;
  end: number;
  surface: string;
  kind: CandidateKind;
  /**
   * The name to propose: the surface, or the institution a generic phrase stands for when the text
   * says whose it is ("Kazakhstan's Ministry of Defense" → "Ministry of Defense of Kazakhstan").
   */
  name: string;
  /** Entity type an editor would most likely give it: the one with the most evidence. */
  suggestedType: EntityType;
  /** Every reason found for each type, strongest first; pooled over the article's sightings. */
  evidence: CandidateEvidence[];
}

export interface TagResult {
  mentions: Mention[];
  candidates: Candidate[];
}
