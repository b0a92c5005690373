'use client';

import { useActionState, useId, useState } from 'react';
import { CitationPicker } from '@/components/briefs/editor/citation-picker';
import { FormMessage } from '@/components/ui/form-message';
import type { KbFormState } from '@/lib/knowledge-base/actions/entities';
import { addFactAction, correctFactAction } from '@/lib/knowledge-base/actions/facts';
import { ConflictTable } from './conflict-table';
import { described, Field, inputClass } from '@/components/ui/field';

export const FACT_KIND_OPTIONS = [
  { value: 'PARTICIPATED_IN', label: 'took part in (country or organization → exercise or event), with a role' },
  { value: 'HELD_IN', label: 'held in (exercise or event → place or country)' },
  { value: 'MEMBER_OF', label: 'member of (→ organization), from / to' },
  { value: 'PART_OF', label: 'part of (exercise → its series)' },
  { value: 'LOCATED_AT', label: 'located at (place or base → place or country)' },
  { value: 'LEADS', label: 'leads (person → organization, country, exercise)' },
  { value: 'COMMANDS', label: 'commands (person → force or exercise)' },
  { value: 'SIGNED', label: 'signed (country, organization or person → agreement)' },
  { value: 'MET', label: 'met (person → person or event)' },
] as const;

export const ROLE_OPTIONS = [
  { value: 'HOST', label: 'Host' },
  { value: 'PARTICIPANT', label: 'Participant' },
  { value: 'OBSERVER', label: 'Observer' },
  { value: 'ORGANIZER', label: 'Organizer' },
  { value: 'STAYED_AWAY', label: 'Stayed away (a source says so)' },
] as const;

const FACT_LABELS: Record<string, string> = {
  kind: 'Kind',
  subject: 'Subject',
  object: 'Object',
  role: 'Role',
  from: 'From',
  to: 'To',
  citation: 'Paragraph',
  quote: 'Quote',
  url: 'Address',
  publication: 'Publication',
  title: 'Title',
  published: 'Published',
};

type Props = {
  entityId: string;
  initial: Record<string, string>;
  /** The datalist of entities to relate, by address. */
  listId: string;
} & ({ mode: 'add' } | { mode: 'correct'; factId: string; version: number; label: string });

const start: KbFormState = {};

/** A fact and what it rests on: a paragraph picked as for briefs, or a page the editor read. */
export function FactForm(props: Props) {
  const [state, action, pending] = useActionState(props.mode === 'add' ? addFactAction : correctFactAction, start);
  const v = state.values ?? props.initial;
  const errors = state.fieldErrors ?? {};
  const [supportKind, setSupportKind] = useState(v.supportKind || 'paragraph');
  const [citation, setCitation] = useState(v.citation ?? '');
  const [kind, setKind] = useState(v.kind || 'PARTICIPATED_IN');
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const input = (name: string, label: string, hint?: string, extra: Record<string, string> = {}) => (
    <Field id={f(name)} label={label} hint={hint} errors={errors[name]}>
      <input id={f(name)} name={name} defaultValue={v[name] ?? ''} {...extra} {...described(f(name), prefixed(errors, id), Boolean(hint))} className={inputClass} />
    </Field>
  );
  const title = props.mode === 'add' ? 'Add a fact' : `Correct: ${props.label}`;
  return (
    <form action={action} aria-label={title} className="space-y-3">
      <FormMessage state={{ ok: state.ok ?? true, message: state.message }} />
      {state.conflict ? <ConflictTable conflict={state.conflict} mine={v} labels={FACT_LABELS} /> : null}
      <input type="hidden" name="entityId" value={props.entityId} />
      {props.mode === 'correct' ? (
        <>
          <input type="hidden" name="factId" value={props.factId} />
          <input type="hidden" name="version" value={String(state.conflict?.version ?? props.version)} />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {input('subject', 'Subject', 'Address or name, from the list.', { list: props.listId, autoComplete: 'off' })}
        <Field id={f('kind')} label="Kind" errors={errors.kind}>
          <select id={f('kind')} name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
            {FACT_KIND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        {input('object', 'Object', 'Address or name, from the list.', { list: props.listId, autoComplete: 'off' })}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {kind === 'PARTICIPATED_IN' ? (
          <Field id={f('role')} label="Role" errors={errors.role}>
            <select key={v.role} id={f('role')} name="role" defaultValue={v.role || 'PARTICIPANT'} className={inputClass}>
              {ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <input type="hidden" name="role" value="" />
        )}
        {input('from', 'From', 'YYYY, YYYY-MM or YYYY-MM-DD; empty if not stated.')}
        {input('to', 'To', 'Empty if not stated or ongoing.')}
      </div>
      <fieldset className="space-y-3 rounded border border-rule p-3">
        <legend className="px-1 text-sm font-medium">What it rests on</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="supportKind" value="paragraph" checked={supportKind === 'paragraph'} onChange={() => setSupportKind('paragraph')} /> A paragraph of an article
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="supportKind" value="reference" checked={supportKind === 'reference'} onChange={() => setSupportKind('reference')} /> A page I read (reference)
          </label>
        </div>
        {supportKind === 'paragraph' ? (
          <>
            <Field id={f('citation')} label="Paragraph" hint="Pick it below, or type article-slug#p-3." errors={errors.citation}>
              <input id={f('citation')} name="citation" value={citation} onChange={(e) => setCitation(e.target.value)} className={inputClass} />
            </Field>
            <CitationPicker onInsert={setCitation} disabled={pending} />
          </>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            {input('url', 'Address of the page', undefined, { type: 'url', placeholder: 'https://' })}
            {input('publication', 'Publication')}
            {input('title', 'Title of the page')}
            {input('published', 'Published', 'YYYY, YYYY-MM or YYYY-MM-DD')}
          </div>
        )}
        <Field id={f('quote')} label="Quote" hint={supportKind === 'paragraph' ? 'The words of the paragraph that state the fact, as written.' : 'At most 25 words of the page, as written.'} errors={errors.quote}>
          <textarea id={f('quote')} name="quote" rows={2} defaultValue={v.quote ?? ''} {...described(f('quote'), prefixed(errors, id))} className={inputClass} />
        </Field>
      </fieldset>
      {props.mode === 'correct' ? input('reason', 'Why the correction', 'Kept in the fact’s history.') : null}
      <button type="submit" disabled={pending} className="rounded border border-accent px-4 py-2 font-medium disabled:opacity-50">
        {pending ? 'Saving…' : props.mode === 'add' ? 'Add fact' : 'Save correction'}
      </button>
    </form>
  );
}

/** Field errors keyed by the element ids this form uses (several fact forms share a page). */
function prefixed(errors: Record<string, string[]>, id: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${id}-${k}`, v]));
}
