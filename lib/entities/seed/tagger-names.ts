import type { SeedEntity } from '@/lib/entities/seed-types';
import type { TaggerName } from '@/lib/tagging/types';

// A canonical name ending in "(…)" is a display title ("STEM (think tank)", "Steppe Eagle (exercise
// series)"): the qualifier is not part of any text, and the bare name is ambiguous, so the tagger
// takes only the entity's forms.
const DISPLAY_QUALIFIER = /\([^()]*\)\s*$/u;

/**
 * The names a tagger should look for: each entity's canonical name and every form. Surname forms
 * count only after the full name; ambiguous forms only with the entity's context words, and not
 * at all when the entity has none.
 */
export function taggerNamesFromSeed(entities: readonly SeedEntity[]): TaggerName[] {
  const names: TaggerName[] = [];
  const seen = new Set<string>();
  const add = (name: TaggerName): void => {
    const id = `${name.entityKey}\u0000${name.kind}\u0000${name.name}\u0000${name.contextWords ? 'c' : ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    names.push(name);
  };
  for (const entity of entities) {
    const base = { entityKey: entity.key, entityType: entity.type };
    if (!DISPLAY_QUALIFIER.test(entity.name)) add({ ...base, name: entity.name, kind: 'name' });
    for (const form of entity.names) {
      const kind = form.kind === 'surname' ? 'surname' : 'name';
      if (!form.ambiguous) {
        add({ ...base, name: form.name, kind });
      } else if (entity.contextWords && entity.contextWords.length > 0) {
        add({ ...base, name: form.name, kind, contextWords: [...entity.contextWords] });
      }
    }
  }
  return names;
}
