import { findCandidates } from './candidates/find-candidates';
import { poolEvidence } from './candidates/pool-evidence';
import type { Gazetteer } from './gazetteer';
import { paragraphMentions } from './paragraph-mentions';
import { tokenize } from './tokenize';
import type { Candidate, Mention, TagInputParagraph, TagResult } from './types';

/**
 * Finds gazetteer names in an article's paragraphs, and names it does not know for an editor.
 * Paragraphs are read in the order given ("earlier" for surnames means earlier in the array);
 * results keep that order, then go by offset.
 */
export function tagArticle(gazetteer: Gazetteer, paragraphs: TagInputParagraph[]): TagResult {
  const mentions: Mention[] = [];
  const candidates: Candidate[] = [];
  const introduced = new Set<string>();
  for (const paragraph of paragraphs) {
    const tokens = tokenize(paragraph.text);
    const found = paragraphMentions(gazetteer, paragraph.id, paragraph.text, tokens, introduced);
    mentions.push(...found.mentions);
    candidates.push(...findCandidates(gazetteer, { paragraphId: paragraph.id, text: paragraph.text, tokens, known: found.known, mentions: found.mentions }));
  }
  return { mentions, candidates: poolEvidence(candidates) };
}
