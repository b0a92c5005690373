import type { TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import { SourceError, type SourceDocument } from './types';

type TextItem = Pick<PdfTextItem, 'str' | 'hasEOL' | 'transform' | 'height'>;

const MAX_PAGES = 200;

/** Lines of one page, in reading order, with the vertical position of each. */
function pageLines(items: TextItem[]): Array<{ text: string; y: number; height: number }> {
  const lines: Array<{ text: string; y: number; height: number }> = [];
  let current = '';
  let y = Number.NaN;
  let height = 0;
  for (const item of items) {
    const itemY = item.transform[5] ?? 0;
    if (current && Math.abs(itemY - y) > Math.max(item.height, height) * 0.5) {
      lines.push({ text: current.trim(), y, height });
      current = '';
    }
    if (!current) {
      y = itemY;
      height = item.height;
    }
    current += item.str;
    if (item.hasEOL) {
      lines.push({ text: current.trim(), y, height });
      current = '';
    }
  }
  if (current.trim()) lines.push({ text: current.trim(), y, height });
  return lines.filter((l) => l.text);
}

/**
 * A PDF's text through pdf.js: lines joined into paragraphs where the gap to the next line is no
 * more than a line's height; a hyphen at a line's end joins the broken word.
 */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch {
    throw new SourceError('This PDF could not be opened: it is damaged, encrypted or not a PDF.');
  }
  const paragraphs: string[] = [];
  const notes: string[] = [];
  if (doc.numPages > MAX_PAGES) notes.push(`Only the first ${MAX_PAGES} of ${doc.numPages} pages were read`);
  for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = content.items.filter((i) => 'str' in i);
    let paragraph = '';
    let previous: { y: number; height: number } | null = null;
    for (const line of pageLines(items)) {
      const gap = previous ? previous.y - line.y : 0;
      if (paragraph && previous && (gap > previous.height * 1.8 || gap < 0)) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
      paragraph = !paragraph ? line.text : paragraph.endsWith('-') ? paragraph.slice(0, -1) + line.text : `${paragraph} ${line.text}`;
      previous = line;
    }
    if (paragraph) paragraphs.push(paragraph);
  }
  await doc.destroy();
  const body = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  if (!body) throw new SourceError('This PDF has no text layer (it may be a scan); it cannot be imported as text.');
  return { format: 'pdf', body, hints: {}, removed: [], notes };
}
