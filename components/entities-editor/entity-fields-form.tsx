'use client';

import { useActionState, useState } from 'react';
import { CitationPicker } from '@/components/briefs/editor/citation-picker';
import { FormMessage } from '@/components/ui/form-message';
import { createEntityAction, updateEntityAction, type KbFormState } from '@/lib/knowledge-base/actions/entities';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { ConflictTable } from './conflict-table';
import { described, Field, inputClass } from '@/components/ui/field';

export const ENTITY_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  subtype: 'Subtype',
  contextWords: 'Context words',
  latitude: 'Latitude',
  longitude: 'Longitude',
  coordinatesNote: 'Where the coordinates come from',
  start: 'Start',
  end: 'End',
  datesCitation: 'Paragraph that states the dates',
  datesNote: 'Or where the dates come from',
};

type Props =
  | { mode: 'create'; initial: Record<string, string>; types: { value: EntityType; label: string }[] }
  | { mode: 'update'; initial: Record<string, string>; entityId: string; version: number };

const start: KbFormState = {};

/** The entity's own fields, for a new entity or an existing one. What was typed survives a refusal. */
export function EntityFieldsForm(props: Props) {
  const [state, action, pending] = useActionState(props.mode === 'create' ? createEntityAction : updateEntityAction, start);
  const v = state.values ?? props.initial;
  const errors = state.fieldErrors ?? {};
  const [datesCitation, setDatesCitation] = useState(v.datesCitation ?? '');
  const text = (id: string, label: string, hint?: string, max = 200) => (
    <Field id={id} label={label} hint={hint} errors={errors[id]}>
      <input id={id} name={id} maxLength={max} defaultValue={v[id] ?? ''} {...described(id, errors, Boolean(hint))} className={inputClass} />
    </Field>
  );
  return (
    <form action={action} aria-label={props.mode === 'create' ? 'New entity' : 'Details'} className="space-y-4">
      <FormMessage state={{ ok: state.ok ?? true, message: state.message }} />
      {state.conflict ? <ConflictTable conflict={state.conflict} mine={v} labels={ENTITY_FIELD_LABELS} /> : null}
      {props.mode === 'update' ? (
        <>
          <input type="hidden" name="entityId" value={props.entityId} />
          <input type="hidden" name="version" value={String(state.conflict?.version ?? props.version)} />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="type" label="Type" errors={errors.type}>
            <select key={v.type} id="type" name="type" defaultValue={v.type ?? 'EXERCISE'} className={inputClass}>
              {props.types.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          {text('lang', 'Language of the name', 'en, ru, kk-Cyrl…', 12)}
        </div>
      )}
      {text('name', 'Name', 'The canonical name readers see; other forms are added as names.')}
      <Field id="description" label="Description" errors={errors.description}>
        <textarea id="description" name="description" rows={3} maxLength={2000} defaultValue={v.description ?? ''} className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('subtype', 'Subtype', 'For exercises: series for a recurring one; command-staff, naval…', 80)}
        {text('contextWords', 'Context words', 'Comma-separated; an ambiguous name counts only near one of them.', 1000)}
      </div>
      <fieldset className="grid gap-4 rounded border border-rule p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">Coordinates</legend>
        {text('latitude', 'Latitude', undefined, 30)}
        {text('longitude', 'Longitude', undefined, 30)}
        {text('coordinatesNote', 'Where the coordinates come from', 'A map service, an article paragraph…', 500)}
      </fieldset>
      <fieldset className="space-y-4 rounded border border-rule p-3">
        <legend className="px-1 text-sm font-medium">Dates</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text('start', 'Start', 'YYYY, YYYY-MM or YYYY-MM-DD: the precision is what you write.', 10)}
          {text('end', 'End', 'Leave empty for a single date.', 10)}
        </div>
        <Field id="datesCitation" label="Paragraph that states the dates" hint="Pick it below, or type article-slug#p-3." errors={errors.datesCitation}>
          <input id="datesCitation" name="datesCitation" value={datesCitation} onChange={(e) => setDatesCitation(e.target.value)} {...described('datesCitation', errors)} className={inputClass} />
        </Field>
        <CitationPicker onInsert={setDatesCitation} disabled={pending} />
        {text('datesNote', 'Or where the dates come from', 'An editor’s reference: publication, title, address.', 500)}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded border border-accent px-4 py-2 font-medium disabled:opacity-50">
        {pending ? 'Saving…' : props.mode === 'create' ? 'Create entity' : 'Save details'}
      </button>
    </form>
  );
}
