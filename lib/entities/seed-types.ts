import type { EntityType, NameForm } from './types';

/** Where a seeded fact comes from: a paragraph of a source article, or an editor's general knowledge. */
export type Support =
  | {
      /** Corpus file name, e.g. '001_8744416162cce3f1.txt'. */
      article: string;
      /** 1-based paragraph position as the importer numbers it (the #p-N anchor). */
      paragraph: number;
      /** A short exact substring of that paragraph that supports the fact. */
      quote: string;
    }
  | { editorSupplied: string }
  | {
      /** Key of a page in the exercise record (prisma/record/): the Reference a reader can check. */
      reference: string;
      /** At most 25 words, verbatim from that page. */
      quote: string;
    };

/** A page outside the portal's articles that supports facts (prisma/record/exercises.json). */
export interface SeedReference {
  key: string;
  url: string;
  publication: string;
  /** The headline as the stored page shows it; empty when the page shows none. */
  title: string;
  /** '2024', '2024-07' or '2024-07-10'; null when the page is undated. */
  published: string | null;
}

/** A date to the precision known: '2023', '2023-10', '2023-10-02'. */
export interface SeedDate {
  value: string;
  support: Support;
}

export interface SeedEntity {
  /** Stable slug, kebab-case: 'kazakhstan', 'csto', 'birlestik-2024'. */
  key: string;
  type: EntityType;
  /**
   * country: 'state' | 'disputed-territory'; organization: 'alliance' | 'programme' | 'sub-body' |
   * 'ministry' | 'armed-service' | 'unit' | 'think-tank' | 'media' | 'government'; place: 'city' |
   * 'training-ground' | 'cape' | 'peninsula' | 'sea' | 'region' | 'district' | 'port' | 'naval-base';
   * event: 'war' | 'meeting' | 'agreement' | 'arms-fair' | 'visit' | 'announcement' | 'invasion';
   * exercise: 'bilateral' | 'multilateral' | 'series'.
   */
  subtype?: string;
  /** Canonical English name. */
  name: string;
  /** Every other form: translations, transliterations, abbreviations, demonyms, surnames. */
  names: NameForm[];
  /** For ambiguous names: words that must occur in the same sentence. */
  contextWords?: string[];
  /** One sentence, neutral, for the infobox until editors curate a summary. */
  description?: string;
  coordinates?: { lat: number; lon: number; support: Support };
  start?: SeedDate;
  end?: SeedDate;
}

export type FactKind = 'member-of' | 'participated-in' | 'located-at' | 'held-in' | 'commands' | 'leads' | 'part-of' | 'signed' | 'met';

export type ParticipationRole = 'host' | 'participant' | 'observer' | 'organizer' | 'stayed-away';

export interface SeedFact {
  kind: FactKind;
  /** Entity keys. member-of: member → organization; participated-in: country/org/person → exercise or event; located-at / held-in: exercise or event → place; commands / leads: person → organization; part-of: exercise → series, or sub-body → organization, or place → place; signed: country/person → agreement; met: person → person. */
  subject: string;
  object: string;
  role?: ParticipationRole;
  /** For member-of and similar: when it began and ended, to the precision known. */
  from?: string;
  to?: string;
  support: Support;
}
