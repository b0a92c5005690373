'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { Field, inputClass } from '@/components/ui/field';
import { saveCurationAction, type CurationFormState, type CurationFormValues } from '@/lib/curation/actions';
import type { SourceOption } from '@/lib/curation/types';
import { TheirValues } from './their-values';

export interface ParsedHints {
  title: string | null;
  authors: string[];
  source: string | null;
  date: string | null;
  era: string;
}

interface Props {
  articleId: string;
  /** When the editor's values shown were saved; '' when there are none yet. */
  savedAt: string;
  initial: CurationFormValues;
  parsed: ParsedHints;
  sources: SourceOption[];
}

const start: CurationFormState = { ok: true };

/** Editors' metadata for an article. An empty field means: use what the importer found. */
export function MetadataForm({ articleId, savedAt, initial, parsed, sources }: Props) {
  const [state, action, pending] = useActionState(saveCurationAction, start);
  const v = { ...initial, ...state.values };
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const described = (id: string) => (errors[id] ? `${id}-hint ${id}-error` : `${id}-hint`);
  const invalid = (id: string) => (errors[id] ? true : undefined);
  const fromText = (value: string | null) => (value ? `From the text: ${value}.` : 'The text does not say.');
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      {state.conflict ? <TheirValues conflict={state.conflict} /> : null}
      <input type="hidden" name="articleId" value={articleId} />
      {/* After a refused save the base is what the other editor saved: saving again replaces it knowingly. */}
      <input type="hidden" name="baseSavedAt" value={state.conflict?.savedAt ?? savedAt} />
      <Field id="title" label="Title" hint={`${fromText(parsed.title)} Leave empty to use it.`} errors={errors.title}>
        <input id="title" name="title" maxLength={500} defaultValue={v.title} aria-invalid={invalid('title')} aria-describedby={described('title')} className={inputClass} />
      </Field>
      <Field id="authors" label="Authors, one a line" hint={fromText(parsed.authors.length > 0 ? parsed.authors.join(', ') : null)} errors={errors.authors}>
        <textarea id="authors" name="authors" rows={2} defaultValue={v.authors} aria-invalid={invalid('authors')} aria-describedby={described('authors')} className={inputClass} />
      </Field>
      <Field id="sourceId" label="Publication" hint={`${fromText(parsed.source)} A new name below wins over the list.`} errors={errors.sourceId}>
        {/* Keyed: React applies a select's defaultValue only on mount, and a form reset after the
            action would restore the first one (https://github.com/facebook/react/issues/32362). */}
        <select key={v.sourceId} id="sourceId" name="sourceId" defaultValue={v.sourceId} aria-invalid={invalid('sourceId')} aria-describedby={described('sourceId')} className={inputClass}>
          <option value="">{parsed.source ? `As in the text (${parsed.source})` : 'None (as in the text)'}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="newSource" label="Or a publication not in the list" hint="Created when you save, unless one of that name exists." errors={errors.newSource}>
        <input id="newSource" name="newSource" maxLength={200} defaultValue={v.newSource} aria-invalid={invalid('newSource')} aria-describedby={described('newSource')} className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field
          id="publishedDate"
          label="Published"
          hint={<>{fromText(parsed.date)} Write 2024, 2024-04, 2024-04-27 or 2024-04-27 17:44: the precision is what you write.</>}
          errors={errors.publishedDate}
        >
          <input id="publishedDate" name="publishedDate" maxLength={40} placeholder="2024-04-27" defaultValue={v.publishedDate} aria-invalid={invalid('publishedDate')} aria-describedby={described('publishedDate')} className={inputClass} />
        </Field>
        <Field id="tzOffset" label="UTC offset" hint="With a time only, e.g. +03:00." errors={errors.tzOffset}>
          <input id="tzOffset" name="tzOffset" maxLength={20} placeholder="+03:00" defaultValue={v.tzOffset} aria-invalid={invalid('tzOffset')} aria-describedby={described('tzOffset')} className={inputClass} />
        </Field>
      </div>
      <Field id="era" label="Era" hint={`Automatic now: ${parsed.era}. Override only when the date misleads.`} errors={errors.era}>
        <select key={v.era} id="era" name="era" defaultValue={v.era} aria-invalid={invalid('era')} aria-describedby={described('era')} className={inputClass}>
          <option value="">From the date (automatic)</option>
          <option value="CSTO_ERA">CSTO era</option>
          <option value="POST_2022">Post-2022</option>
          <option value="UNKNOWN">Era unknown</option>
        </select>
      </Field>
      <Field id="note" label="Editor’s note" hint="For editors: where the values come from." errors={errors.note}>
        <textarea id="note" name="note" rows={2} maxLength={2000} defaultValue={v.note} aria-invalid={invalid('note')} aria-describedby={described('note')} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1.5 font-medium text-paper disabled:opacity-60">
        {pending ? 'Saving…' : 'Save metadata'}
      </button>
    </form>
  );
}
