import mammoth from 'mammoth';
import { SourceError, type SourceDocument } from './types';

/** A Word document's paragraphs, through mammoth; its styles and images are not needed. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new SourceError('This Word file could not be opened: it is damaged or not a .docx file (an old .doc must be saved as .docx first).');
  }
  const paragraphs = value.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new SourceError('This Word file contains no text.');
  return { format: 'docx', body: paragraphs.join('\n\n'), hints: {}, removed: [], notes: [] };
}
