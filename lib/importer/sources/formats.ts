import type { SourceFormat } from './types';

export const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx', pdf: 'pdf',
};

export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => `.${e}`);
