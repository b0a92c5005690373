import type { AliasKind, NameForm } from '@/lib/entities/types';

// Small builders so the seed files read as data. AliasKind has no "common variant" kind, so
// informal English forms ("Kazakh Navy", "Ukraine War") are entered as 'official'.

export const form = (name: string, lang: string, kind: AliasKind): NameForm => ({ name, lang, kind });

/** An English form. */
export const en = (name: string, kind: AliasKind = 'official'): NameForm => form(name, 'en', kind);

export const demonym = (name: string): NameForm => form(name, 'en', 'demonym');

export const abbr = (name: string, lang = 'en'): NameForm => form(name, lang, 'abbreviation');

export const surname = (name: string, lang = 'en'): NameForm => form(name, lang, 'surname');

/** A form that is only a mention when the entity's contextWords occur in the same sentence. */
export const ambiguous = (name: string, kind: AliasKind = 'official', lang = 'en'): NameForm => ({
  name,
  lang,
  kind,
  ambiguous: true,
});
