export { compileGazetteer, type Gazetteer } from './gazetteer';
export { normalizeForMatch } from './normalize-for-match';
export { tagArticle } from './tag-article';
export type { Candidate, CandidateEvidence, CandidateKind, Mention, TaggerName, TagInputParagraph, TagResult } from './types';
