/** A word of a paragraph or of a gazetteer name, with offsets into the original text. */
export interface Token {
  start: number;
  /** End of the word itself: a possessive "'s" after it is not part of it. */
  end: number;
  /** Comparison key (see normalizeToken). */
  key: string;
  /** Offset after the possessive "'s" when the word has one, else `end`. */
  after: number;
  possessive: boolean;
  /** Two or three capital letters ("US", "UN", "U.S."): must not match the common word "us". */
  acronym: boolean;
  /** Starts with a capital letter (Latin, Cyrillic or any other cased script). */
  capitalised: boolean;
  /** Sentence number within the paragraph, from 0. */
  sentence: number;
  /** When a "(…)" group of a few words opens at this token: index of the token after it, else -1. */
  skipTo: number;
}
