import { decodeText } from './decode';
import { declaredCharset, readHtml } from './read-html';
import { SourceError, type SourceDocument, type SourceFormat } from './types';

export { ACCEPTED_EXTENSIONS };

import { ACCEPTED_EXTENSIONS, EXTENSIONS } from './formats';

/** The format from the name, checked against the first bytes so a renamed file is caught. */
export function formatOf(fileName: string, bytes: Uint8Array): SourceFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const byName = EXTENSIONS[ext];
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  if (pdf) return 'pdf';
  if (byName === 'docx' || (zip && !byName)) return 'docx';
  if (!byName) throw new SourceError(`Files ending .${ext || '(none)'} cannot be imported. Upload ${ACCEPTED_EXTENSIONS.join(', ')}.`);
  if (byName === 'pdf') throw new SourceError('This file is named .pdf but is not a PDF.');
  return byName;
}

/** Markdown marks the reader does not need: heading hashes, emphasis, link targets. */
function fromMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2'),
    )
    .join('\n');
}

/** One received file to the text the importer reads; a file it cannot read throws a SourceError with the reason. */
export async function readSource(fileName: string, bytes: Uint8Array, address: string | null = null): Promise<SourceDocument & { encoding: string | null }> {
  const format = formatOf(fileName, bytes);
  // A fetched file keeps the address it came from, whatever its format.
  const at = <T extends SourceDocument>(doc: T): T => (address && !doc.hints.address ? { ...doc, hints: { ...doc.hints, address } } : doc);
  if (format === 'docx') return at({ ...(await (await import('./read-docx')).readDocx(bytes)), encoding: null });
  if (format === 'pdf') return at({ ...(await (await import('./read-pdf')).readPdf(bytes)), encoding: null });
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const read = decodeText(bytes, format === 'html' ? declaredCharset(head) : null);
  if (!read.ok) throw new SourceError(read.message);
  const decoded = read.value;
  const notes = decoded.transcoded ? [`Transcoded from ${decoded.encoding} to UTF-8`] : [];
  if (format === 'html' || (format === 'text' && /^\s*<(?:!doctype html|html)[\s>]/i.test(decoded.text))) {
    const doc = readHtml(decoded.text, address);
    return { ...doc, notes: [...notes, ...doc.notes], encoding: decoded.encoding };
  }
  const body = format === 'markdown' ? fromMarkdown(decoded.text) : decoded.text;
  if (!body.trim()) throw new SourceError('The file contains no text.');
  return at({ format, body, hints: {}, removed: [], notes, encoding: decoded.encoding });
}
