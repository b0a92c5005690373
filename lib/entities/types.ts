/** Entity kinds the knowledge base knows. */
export type EntityType = 'country' | 'organization' | 'exercise' | 'person' | 'place' | 'event';

/**
 * How a name relates to the entity: its official form, a translation or transliteration, a
 * former name, an abbreviation, a demonym or adjective ("Kazakh"), or a surname (people).
 */
export type AliasKind =
  | 'official'
  | 'translation'
  | 'transliteration'
  | 'former'
  | 'abbreviation'
  | 'demonym'
  | 'surname';

export interface NameForm {
  name: string;
  /** BCP 47 language with script where it matters: 'en', 'ru', 'kk-Cyrl', 'az-Latn', 'pl'. */
  lang: string;
  kind: AliasKind;
  /**
   * A common word or a name shared with other things ("Unity", "Interaction", "Peace Mission"):
   * it is only a mention when the context supports it (see TaggerName.contextWords).
   */
  ambiguous?: boolean;
}
