import type { Corrections, ImportPreview, ImportReportFile } from '@/lib/article-import/types';
import type { Failure } from '@/lib/platform/result';

export type ImportInput = { kind: 'file'; file: File } | { kind: 'text'; name: string; text: string } | { kind: 'url'; url: string };

async function send<T>(input: ImportInput, mode: 'preview' | 'import', corrections: Corrections | null, pick: (json: Record<string, unknown>) => T | undefined): Promise<{ ok: true; value: T } | Failure> {
  const form = new FormData();
  form.set('mode', mode);
  if (input.kind === 'file') form.set('file', input.file);
  if (input.kind === 'text') {
    form.set('text', input.text);
    form.set('name', input.name);
  }
  if (input.kind === 'url') form.set('url', input.url);
  if (corrections) form.set('corrections', JSON.stringify(corrections));
  let response: Response;
  try {
    response = await fetch('/api/editor/import', { method: 'POST', body: form, headers: { 'x-caspian-import': '1' } });
  } catch {
    return { ok: false, code: 'unavailable', message: 'The server could not be reached. Check the connection and try again; nothing was lost.' };
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const value = json ? pick(json) : undefined;
  if (response.ok && value !== undefined) return { ok: true, value };
  const message = typeof json?.error === 'string' ? json.error : `The server answered ${response.status}; try again.`;
  return { ok: false, message };
}

export const requestPreview = (input: ImportInput) => send(input, 'preview', null, (j) => j.preview as ImportPreview | undefined);
export const requestImport = (input: ImportInput, corrections: Corrections) => send(input, 'import', corrections, (j) => j.report as ImportReportFile | undefined);
