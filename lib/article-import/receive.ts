import { z } from 'zod';
import { firstIssue } from '@/lib/platform/forms/form-input';
import { readSource } from '@/lib/importer/sources/read-source';
import { SourceError, type SourceDocument } from '@/lib/importer/sources/types';
import { fetchPage } from './fetch-url';
import { IMPORT_LIMITS, tooLargeMessage } from './limits';
import type { Corrections } from './types';

export const correctionsSchema = z
  .object({
    title: z.string().max(500).optional(),
    authors: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
    publication: z.string().max(200).optional(),
    published: z.string().max(40).optional(),
    era: z.enum(['CSTO_ERA', 'POST_2022']).optional(),
  })
  .strict();

export type Received = { file: string; doc: SourceDocument & { encoding: string | null } };

const entrySchema = z.object({
  mode: z.enum(['preview', 'import']),
  name: z.string().trim().max(200).optional(),
  text: z.string().max(IMPORT_LIMITS.maxPasteChars, `Pasted text is limited to ${IMPORT_LIMITS.maxPasteChars.toLocaleString('en')} characters.`).optional(),
  url: z.string().trim().max(2000).optional(),
  corrections: z.string().max(20_000).optional(),
});

export interface ImportRequest {
  mode: 'preview' | 'import';
  corrections: Corrections;
  read: () => Promise<Received>;
}

/** A name for a fetched file from what the site says it is, so it is read as that format (a PDF or Word file by its address, too). */
export function fetchedName(contentType: string): string {
  if (/^text\/plain/i.test(contentType)) return 'page.txt';
  if (/^text\/markdown/i.test(contentType)) return 'page.md';
  if (/pdf/i.test(contentType)) return 'page.pdf';
  if (/wordprocessingml/i.test(contentType)) return 'page.docx';
  return 'page.html';
}

/** One form submission (a file, pasted text or a URL) checked and turned into a reader of its document. */
export function parseImportForm(form: FormData, allowPrivateUrls: boolean): ImportRequest {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const entry = entrySchema.safeParse({ mode: get('mode'), name: get('name'), text: get('text'), url: get('url'), corrections: get('corrections') });
  if (!entry.success) throw new SourceError(firstIssue(entry.error, 'The request was not understood.'));
  let corrections: Corrections = {};
  if (entry.data.corrections) {
    let json: unknown;
    try {
      json = JSON.parse(entry.data.corrections);
    } catch {
      throw new SourceError('The corrections were not understood.');
    }
    const parsed = correctionsSchema.safeParse(json);
    if (!parsed.success) throw new SourceError(`Correction not accepted: ${firstIssue(parsed.error, 'invalid value')}.`);
    corrections = parsed.data;
  }
  const upload = form.get('file');
  const { text, url, name } = entry.data;
  const read = async (): Promise<Received> => {
    let received: Received;
    if (upload instanceof File) {
      if (upload.size > IMPORT_LIMITS.maxFileBytes) throw new SourceError(tooLargeMessage(upload.size));
      received = { file: upload.name, doc: await readSource(upload.name, new Uint8Array(await upload.arrayBuffer())) };
    } else if (text !== undefined && text.trim()) {
      const file = name || 'Pasted text';
      received = { file, doc: await readSource(/\.(md|markdown)$/i.test(file) ? file : 'pasted.txt', new TextEncoder().encode(text)) };
    } else if (url) {
      const page = await fetchPage(url, allowPrivateUrls);
      received = { file: page.url, doc: await readSource(fetchedName(page.contentType), page.bytes, page.url) };
    } else {
      throw new SourceError('Choose a file, paste text or give an address.');
    }
    if (received.doc.body.length > IMPORT_LIMITS.maxTextChars) throw new SourceError(`The text is longer than ${IMPORT_LIMITS.maxTextChars.toLocaleString('en')} characters: that is not one article.`);
    return received;
  };
  return { mode: entry.data.mode, corrections, read };
}
