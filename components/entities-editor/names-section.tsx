'use client';

import { addNameAction, removeNameAction, setNameAmbiguousAction } from '@/lib/knowledge-base/actions/entities';
import type { NameKind } from '@/lib/generated/prisma/enums';
import { described, Field, inputClass } from '@/components/ui/field';
import { SmallForm } from './small-form';

const KIND_LABELS: Record<NameKind, string> = {
  CANONICAL: 'Canonical',
  OFFICIAL: 'Official',
  TRANSLATION: 'Translation',
  TRANSLITERATION: 'Transliteration',
  FORMER: 'Former',
  ABBREVIATION: 'Abbreviation',
  DEMONYM: 'Demonym',
  SURNAME: 'Surname',
};

export interface EditorName {
  id: string;
  name: string;
  lang: string;
  kind: NameKind;
  ambiguous: boolean;
}

/** Every form of the entity's name the tagger looks for; each change re-tags what it could affect. */
export function NamesSection({ entityId, names }: { entityId: string; names: EditorName[] }) {
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-rule/60 rounded border border-rule">
        {names.map((n) => (
          <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
            <span>
              <span lang={n.lang} className="font-medium">
                {n.name}
              </span>{' '}
              <span className="text-muted">
                {KIND_LABELS[n.kind]} · {n.lang}
                {n.ambiguous ? ' · ambiguous' : ''}
              </span>
            </span>
            {n.kind !== 'CANONICAL' ? (
              <span className="flex gap-2">
                <SmallForm action={setNameAmbiguousAction} label={`Ambiguity of ${n.name}`} hidden={{ nameId: n.id, ambiguous: n.ambiguous ? 'no' : 'yes' }} submit={n.ambiguous ? 'Not ambiguous' : 'Mark ambiguous'} className="flex items-center gap-2" />
                <SmallForm action={removeNameAction} label={`Remove ${n.name}`} hidden={{ nameId: n.id }} submit={`Remove ${n.name}`} className="flex items-center gap-2" />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <SmallForm action={addNameAction} label="Add a name" hidden={{ entityId }} submit="Add name" className="space-y-3 rounded border border-rule p-3">
        {({ values, errors }) => (
          <div className="grid gap-3 sm:grid-cols-[1fr_8rem_12rem]">
            <Field id="new-name" label="Name" errors={errors.name}>
              <input id="new-name" name="name" maxLength={200} defaultValue={values.name ?? ''} {...described('new-name', errors, false)} className={inputClass} />
            </Field>
            <Field id="new-lang" label="Language" hint="en, ru, kk-Cyrl" errors={errors.lang}>
              <input id="new-lang" name="lang" maxLength={12} defaultValue={values.lang ?? 'en'} className={inputClass} />
            </Field>
            <Field id="new-kind" label="Kind" errors={errors.kind}>
              <select key={values.kind} id="new-kind" name="kind" defaultValue={values.kind ?? 'TRANSLATION'} className={inputClass}>
                {Object.entries(KIND_LABELS)
                  .filter(([k]) => k !== 'CANONICAL')
                  .map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
              </select>
            </Field>
            <label className="flex items-center gap-2 text-sm sm:col-span-3">
              <input type="checkbox" name="ambiguous" defaultChecked={values.ambiguous === 'on'} /> Ambiguous: count it only near the context words
            </label>
            {errors.ambiguous ? <p className="text-sm text-csto sm:col-span-3">{errors.ambiguous.join(' ')}</p> : null}
          </div>
        )}
      </SmallForm>
    </div>
  );
}
