'use client';

import { useRef, useState, type FormEvent } from 'react';
import { ProposalProgress } from '@/components/facts/proposal-progress';
import { factProposalProgressAction } from '@/lib/facts/proposals/actions';
import { batchLimitMessage, IMPORT_LIMITS, tooLargeMessage } from '@/lib/article-import/limits';
import type { Corrections, ImportPreview, ImportReportFile } from '@/lib/article-import/types';
import { requestImport, requestPreview, type ImportInput } from './import-client';
import { PreviewCard } from './preview-card';
import { inputClass } from '@/components/ui/field';

type Status = 'waiting' | 'reading' | 'ready' | 'importing' | 'imported' | 'duplicate' | 'failed';

interface Item {
  id: string;
  label: string;
  input: ImportInput;
  status: Status;
  error: string | null;
  preview: ImportPreview | null;
  corrections: Corrections;
  report: ImportReportFile | null;
}

const STATUS_TEXT: Record<Status, string> = {
  waiting: 'Waiting',
  reading: 'Reading…',
  ready: 'Ready to import',
  importing: 'Importing…',
  imported: 'Imported',
  duplicate: 'Already imported',
  failed: 'Not imported',
};

const button = 'rounded border border-rule px-3 py-2 hover:border-accent disabled:opacity-50';
let counter = 0;

/** Runs one task per item, two at a time: each file shows its own progress and its own outcome. */
async function eachInTurn(items: Item[], run: (item: Item) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await run(item);
  };
  await Promise.all([worker(), worker()]);
}

/** Upload, paste or fetch articles; check and correct each preview; import the ready ones. */
export function ImportWorkbench({ accept }: { accept: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pasted, setPasted] = useState({ name: '', text: '' });
  const [url, setUrl] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const update = (id: string, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)));

  async function add(inputs: Array<{ label: string; input: ImportInput; error?: string }>) {
    const fresh: Item[] = inputs.map(({ label, input: source, error }) => ({
      id: `item-${++counter}`, label, input: source, status: error ? 'failed' : 'waiting', error: error ?? null, preview: null, corrections: {}, report: null,
    }));
    setItems((all) => [...all, ...fresh]);
    await eachInTurn(fresh.filter((i) => i.status === 'waiting'), async (item) => {
      update(item.id, { status: 'reading' });
      const answer = await requestPreview(item.input);
      update(item.id, answer.ok ? { status: 'ready', preview: answer.value } : { status: 'failed', error: answer.message });
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const files = Array.from(fileRef.current?.files ?? []);
    const waiting = items.filter((i) => i.status !== 'imported' && i.status !== 'duplicate').length;
    const refused = batchLimitMessage(files.length, waiting);
    if (refused) {
      setMessage(refused);
      return;
    }
    const inputs: Array<{ label: string; input: ImportInput; error?: string }> = files.map((file) => ({
      label: file.name,
      input: { kind: 'file', file },
      ...(file.size > IMPORT_LIMITS.maxFileBytes ? { error: tooLargeMessage(file.size) } : {}),
    }));
    if (pasted.text.trim()) inputs.push({ label: pasted.name.trim() || 'Pasted text', input: { kind: 'text', name: pasted.name.trim() || 'Pasted text', text: pasted.text } });
    if (url.trim()) inputs.push({ label: url.trim(), input: { kind: 'url', url: url.trim() } });
    if (inputs.length === 0) {
      setMessage('Choose files, paste a text or give an address first.');
      return;
    }
    if (fileRef.current) fileRef.current.value = '';
    setPasted({ name: '', text: '' });
    setUrl('');
    void add(inputs);
  }

  async function importReady() {
    const ready = items.filter((i) => i.status === 'ready');
    await eachInTurn(ready, async (item) => {
      update(item.id, { status: 'importing', error: null });
      const answer = await requestImport(item.input, item.corrections);
      if (!answer.ok) return update(item.id, { status: 'ready', error: answer.message });
      update(item.id, { status: answer.value.status === 'duplicate' ? 'duplicate' : 'imported', report: answer.value });
    });
    setMessage('Done. Imported articles are on the site now.');
  }

  const ready = items.filter((i) => i.status === 'ready').length;
  const busy = items.some((i) => i.status === 'reading' || i.status === 'importing');
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4 rounded border border-rule p-4">
        <div>
          <label htmlFor="import-files" className="block text-sm font-medium">Files</label>
          <input ref={fileRef} id="import-files" type="file" multiple accept={accept} aria-describedby="import-files-hint" className={inputClass} />
          <p id="import-files-hint" className="mt-1 text-xs text-muted">
            Text, Markdown, saved web pages (.html), Word (.docx) or PDF; up to {IMPORT_LIMITS.maxFilesPerBatch} files of {IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB each.
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-[1fr_2fr]">
          <div>
            <label htmlFor="import-paste-name" className="block text-sm font-medium">Name of the pasted text</label>
            <input id="import-paste-name" value={pasted.name} onChange={(e) => setPasted({ ...pasted, name: e.target.value })} maxLength={200} className={inputClass} />
          </div>
          <div>
            <label htmlFor="import-paste" className="block text-sm font-medium">Or paste an article</label>
            <textarea id="import-paste" rows={4} value={pasted.text} onChange={(e) => setPasted({ ...pasted, text: e.target.value })} className={inputClass} />
          </div>
        </div>
        <div>
          <label htmlFor="import-url" className="block text-sm font-medium">Or an article&apos;s address</label>
          <input id="import-url" type="url" inputMode="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} className={inputClass} />
        </div>
        <button type="submit" className={button}>Preview</button>
        {message ? <p role="status" className="text-sm">{message}</p> : null}
      </form>

      {items.length > 0 ? (
        <section aria-label="Files to import" className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className={button} disabled={ready === 0 || busy} onClick={() => void importReady()}>
              Import {ready} ready {ready === 1 ? 'article' : 'articles'}
            </button>
            <p className="text-sm text-muted" aria-live="polite">
              {items.filter((i) => i.status === 'imported').length} imported, {items.filter((i) => i.status === 'failed').length} not imported, {ready} ready.
            </p>
          </div>
          <ul className="space-y-4">
            {items.map((item) => (
              <li key={item.id} className="space-y-3 rounded border border-rule p-4" aria-label={item.label}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-serif text-lg font-semibold break-all">{item.label}</h2>
                  <p role="status" className="text-sm">
                    {STATUS_TEXT[item.status]}
                    {item.report?.url ? <> · <a href={item.report.url}>Read it on the site</a></> : null}
                  </p>
                </div>
                {item.status === 'imported' && item.report?.slug ? (
                  <ProposalProgress article={{ slug: item.report.slug }} initial={null} load={factProposalProgressAction} />
                ) : null}
                {item.error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{item.error}</p> : null}
                {item.preview && item.status !== 'failed' ? (
                  <PreviewCard id={item.id} preview={item.preview} corrections={item.corrections} disabled={item.status !== 'ready'} report={item.report} onCorrect={(c) => update(item.id, { corrections: c })} />
                ) : null}
                {item.status === 'ready' || item.status === 'failed' ? (
                  <button type="button" className="text-sm underline" onClick={() => setItems((all) => all.filter((i) => i.id !== item.id))}>Remove from the list</button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
