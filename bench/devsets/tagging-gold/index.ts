/*
 * Hand-labelled mentions of seeded entities in the five corpus articles, for measuring the tagger.
 * Labelled by reading each paragraph as the importer numbers it (headings included; header lines,
 * image credits and "Related" lists are not paragraphs). The policy:
 *
 * - Only names of seeded entities (canonical name or a listed form) are labelled; pronouns and
 *   descriptions are not ("the region", "the two countries", "the defense minister", "its Special
 *   Forces", "a strategic partnership agreement", "Their first joint military exercise").
 * - The longest seeded name wins and nothing inside it is labelled again: "Kazakh Ministry of
 *   Defense" → kazakh-mod, "Naval Forces of the Armed Forces of Kazakhstan" → kazakh-naval-forces,
 *   "General Newspaper of the Leningrad Region" → the newspaper, "Trans-Caspian transport route" →
 *   the route, "Turkish Weekly" → the outlet. A glossed name is one mention: "Бірлестік (Unity) - 2024".
 * - An abbreviation in parentheses after the full name is a mention of its own:
 *   "Collective Security Treaty Organization (CSTO)" gives two.
 * - Demonyms and adjectives are mentions of the country when they stand for the state, its
 *   government, forces or nationals ("Kazakh soldiers", "Russian influence", "a Russian political
 *   scientist", "Soviet pasts", "post-Soviet"), and of the region for "Central Asian". "Turkish
 *   brotherhood" (003 ¶2) means the Turkic peoples and is not labelled.
 * - "Caspian" alone ("Caspian states", "Caspian coastal countries") is not labelled: it is no one
 *   entity's name. "Caspian region" and "Caspian Sea" are.
 * - Capitals are the city even when they stand for the government ("Moscow's involvement",
 *   "Astana wants", "Ankara also assists"); "pro-Kremlin" is the Kremlin.
 * - A surname is the person once the article has given the full name ("Mammadli said"), and also
 *   when the reader cannot mistake it ("Putin's influence", 002 ¶10, where the full name never
 *   appears).
 * - The surface is the text exactly as it stands, without a possessive 's ("Kazakhstan’s" →
 *   "Kazakhstan") and without a leading article ("The Unity – 2024" → "Unity – 2024").
 * - Web addresses in citations ("www.kazakhstan.org.sg", "www.nvo.ng.ru") are not mentions.
 */
import { gold000 } from './gold-000';
import { gold001 } from './gold-001';
import { gold002 } from './gold-002';
import { gold003 } from './gold-003';
import { gold004 } from './gold-004';
import type { GoldMention } from './gold-mention';

export type { GoldMention } from './gold-mention';

/** Gold mentions by corpus file name, paragraph by paragraph, in reading order. */
export const gold: Record<string /* file */, GoldMention[]> = {
  '000_b73d75862cb2eed9.txt': gold000,
  '001_8744416162cce3f1.txt': gold001,
  '002_bfca926db83a5ef9.txt': gold002,
  '003_873c7288c056fb25.txt': gold003,
  '004_0c0f666a292d9ff0.txt': gold004,
};

export { locateGold, type LocatedGoldMention } from './locate';
