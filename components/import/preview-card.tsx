'use client';

import type { ReactNode } from 'react';
import { ERA_LABELS } from '@/lib/articles/era';
import type { Corrections, ImportPreview, ImportReportFile } from '@/lib/article-import/types';
import { factInWords } from '@/lib/article-import/fact-words';
import { Field, inputClass } from '@/components/ui/field';
import { SOURCE_LABELS } from './source-labels';

interface Props {
  id: string;
  preview: ImportPreview;
  corrections: Corrections;
  onCorrect: (c: Corrections) => void;
  disabled: boolean;
  report: ImportReportFile | null;
}

function stated<T>(field: { value: T | null; source: keyof typeof SOURCE_LABELS }, show: (v: T) => string, edited: boolean): string {
  const read = field.value === null ? 'The text does not say.' : `Read from ${SOURCE_LABELS[field.source]}: ${show(field.value)}.`;
  return edited ? `${read} Yours is kept as editor-supplied.` : read;
}

/** One file's preview: what was read and where from, with the editor's corrections beside it. */
export function PreviewCard({ id, preview, corrections, onCorrect, disabled, report }: Props) {
  const f = preview.fields;
  const set = (patch: Corrections) => onCorrect({ ...corrections, ...patch });
  const authorsText = corrections.authors?.join('\n') ?? (f.authors.value ?? []).join('\n');
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-title`} label="Title" hint={preview.suggestedTitle && !corrections.title ? <>Not stated. <strong>Suggested title</strong> (used for the address until you supply one): {preview.suggestedTitle}</> : stated(f.title, (v) => v, corrections.title !== undefined)}>
          <input id={`${id}-title`} disabled={disabled} value={corrections.title ?? f.title.value ?? ''} placeholder={preview.suggestedTitle ? `Suggested: ${preview.suggestedTitle}` : 'Not stated'} onChange={(e) => set({ title: e.target.value })} aria-describedby={`${id}-title-hint`} className={inputClass} maxLength={500} />
          {preview.suggestedTitle && !f.title.value && corrections.title === undefined ? (
            <button type="button" disabled={disabled} className="mt-1 text-xs underline" onClick={() => set({ title: preview.suggestedTitle?.replace(/…$/, '') ?? '' })}>
              Use the suggested title
            </button>
          ) : null}
        </Field>
        <Field id={`${id}-authors`} label="Authors, one a line" hint={stated(f.authors, (v) => v.join(', '), corrections.authors !== undefined)}>
          <textarea id={`${id}-authors`} disabled={disabled} rows={2} value={authorsText} onChange={(e) => set({ authors: e.target.value.split('\n').map((a) => a.trim()).filter(Boolean) })} aria-describedby={`${id}-authors-hint`} className={inputClass} />
        </Field>
        <Field id={`${id}-publication`} label="Publication" hint={stated(f.publication, (v) => v, corrections.publication !== undefined)}>
          <input id={`${id}-publication`} disabled={disabled} value={corrections.publication ?? f.publication.value ?? ''} placeholder="Not stated" onChange={(e) => set({ publication: e.target.value })} aria-describedby={`${id}-publication-hint`} className={inputClass} maxLength={200} />
        </Field>
        <Field id={`${id}-published`} label="Published" hint={<>{stated(f.published, (v) => `${v.text} (${v.precision.toLowerCase()})`, corrections.published !== undefined)} Write 2024, 2024-04 or 2024-04-27.</>}>
          <input id={`${id}-published`} disabled={disabled} value={corrections.published ?? f.published.value?.value ?? ''} placeholder="Not stated" onChange={(e) => set({ published: e.target.value })} aria-describedby={`${id}-published-hint`} className={inputClass} maxLength={40} />
        </Field>
        <Field id={`${id}-era`} label="Era" hint={preview.era.basis === 'YEARS_IN_TEXT' ? 'Estimated from the years the text mentions.' : preview.era.basis === 'PUBLISHED_DATE' ? 'From the publication date.' : 'Neither a date nor years to go by.'}>
          <select id={`${id}-era`} disabled={disabled} value={corrections.era ?? ''} onChange={(e) => set({ era: e.target.value === 'CSTO_ERA' || e.target.value === 'POST_2022' ? e.target.value : undefined })} aria-describedby={`${id}-era-hint`} className={inputClass}>
            <option value="">As read: {ERA_LABELS[preview.era.value]}</option>
            <option value="CSTO_ERA">{ERA_LABELS.CSTO_ERA}</option>
            <option value="POST_2022">{ERA_LABELS.POST_2022}</option>
          </select>
        </Field>
        <p className="self-end text-sm text-muted">
          Address: /articles/{report?.slug ?? preview.slug}
        </p>
      </div>
      {preview.duplicates.exact ? (
        <p role="status" className="rounded border border-accent p-2 text-sm">
          Already imported as <a href={preview.duplicates.exact.url}>{preview.duplicates.exact.title ?? preview.duplicates.exact.slug}</a>: importing it again changes nothing.
        </p>
      ) : null}
      {preview.duplicates.near.length > 0 ? (
        <div className="rounded border border-rule p-2 text-sm">
          <p className="font-medium">The same story may already be here:</p>
          <ul className="list-disc pl-5">
            {preview.duplicates.near.map((d) => (
              <li key={d.slug}>
                <a href={d.url}>{d.title ?? d.slug}</a> ({Math.round(d.similarity * 100)}% of the text in common)
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Details summary={`Paragraphs (${preview.paragraphs.length})`}>
        <ol className="space-y-2">
          {preview.paragraphs.map((p) => (
            <li key={p.anchor} className={p.kind === 'heading' ? 'font-semibold' : ''}>
              <span className="mr-2 text-xs text-muted">{p.anchor}</span>
              {p.text}
            </li>
          ))}
        </ol>
      </Details>
      <Details summary={`Removed as page furniture (${preview.removed.length})`}>
        <ul className="list-disc space-y-1 pl-5">
          {preview.removed.map((r, i) => (
            <li key={i}>
              <span className="text-muted">{r.kind}:</span> {r.text}
            </li>
          ))}
        </ul>
      </Details>
      <Details summary={`Names found (${preview.mentions.length} known, ${preview.candidates.length} candidates)`}>
        <p>Known: {preview.mentions.map((m) => `${m.name} (${m.count})`).join(', ') || 'none'}.</p>
        <p>Candidates for the knowledge base: {preview.candidates.map((c) => `${c.name} (${c.type})`).join(', ') || 'none'}.</p>
      </Details>
      <Details summary={`Proposed facts (${preview.proposedFacts.length})`}>
        {preview.proposedFacts.length === 0 ? <p>None proposed.</p> : (
          <ul className="list-disc space-y-1 pl-5">
            {preview.proposedFacts.map((p, i) => (
              <li key={i}>
                {factInWords(p)} · {p.paragraph}: “{p.quote}”
              </li>
            ))}
          </ul>
        )}
      </Details>
      {preview.notes.length > 0 ? (
        <Details summary={`Importer notes (${preview.notes.length})`}>
          <ul className="list-disc space-y-1 pl-5">
            {preview.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Details>
      ) : null}
    </div>
  );
}

function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="rounded border border-rule p-2 text-sm">
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <div className="mt-2 space-y-1">{children}</div>
    </details>
  );
}
