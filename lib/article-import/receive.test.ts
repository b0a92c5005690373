import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { makeDocx } from '@/lib/importer/sources/fixture-files';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from './limits';
import { fetchedName, parseImportForm } from './receive';

const PARA = 'Kazakhstan and Azerbaijan held a naval exercise on the Caspian Sea this week, the defence ministry said.';

function form(fields: Record<string, string | File>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

// Whether refused on receipt or on reading, a refusal reaches the page the same way.
const read = async (fields: Record<string, string | File>) => parseImportForm(form({ mode: 'preview', ...fields }), false).read();

describe('parseImportForm', () => {
  it('reads pasted text under the name the editor gave, as Markdown when the name says so', async () => {
    const plain = await read({ text: `Navies meet\n\n${PARA}`, name: 'From the wire' });
    expect(plain.file).toBe('From the wire');
    expect(plain.doc).toMatchObject({ format: 'text', body: `Navies meet\n\n${PARA}` });
    const md = await read({ text: `# Navies meet\n\n**${PARA}**`, name: 'notes.md' });
    expect(md.doc).toMatchObject({ format: 'markdown', body: `Navies meet\n\n${PARA}` });
    expect((await read({ text: PARA })).file).toBe('Pasted text');
  });

  it('transcodes an uploaded UTF-16 or Windows-1251 file and says so', async () => {
    const utf16 = await read({ file: new File([Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`Учения\n\n${PARA}`, 'utf-16le')])], 'u16.txt') });
    expect(utf16.doc.body).toBe(`Учения\n\n${PARA}`);
    expect(utf16.doc.notes).toContain('Transcoded from utf-16le to UTF-8');
    const cp1251 = await read({ file: new File([new Uint8Array(iconv.encode('Военные учения прошли на побережье Каспийского моря в присутствии наблюдателей.', 'windows-1251'))], 'ru.txt') });
    expect(cp1251.doc.encoding).toBe('windows-1251');
  });

  it('refuses, with a reason, a file over the size limit, a text too long to be one article, and an empty request', async () => {
    await expect(read({ file: new File([new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1)], 'big.txt') })).rejects.toThrow(/the limit is 5 MB a file/);
    await expect(read({ text: 'a'.repeat(IMPORT_LIMITS.maxPasteChars + 1) })).rejects.toThrow('Pasted text is limited to 500,000 characters.');
    await expect(read({ file: new File(['word '.repeat(IMPORT_LIMITS.maxTextChars / 4)], 'long.txt') })).rejects.toThrow('that is not one article');
    await expect(read({ text: '   ' })).rejects.toThrow('Choose a file, paste text or give an address.');
  });

  it('keeps the corrections it understands and refuses the rest', () => {
    const ok = parseImportForm(form({ mode: 'import', text: PARA, corrections: JSON.stringify({ title: 'Navies meet', authors: ['Jane Doe'], era: 'POST_2022' }) }), false);
    expect(ok).toMatchObject({ mode: 'import', corrections: { title: 'Navies meet', authors: ['Jane Doe'], era: 'POST_2022' } });
    expect(() => parseImportForm(form({ mode: 'import', text: PARA, corrections: '{not json' }), false)).toThrow('The corrections were not understood.');
    expect(() => parseImportForm(form({ mode: 'import', text: PARA, corrections: JSON.stringify({ era: 'SOVIET' }) }), false)).toThrow(/^Correction not accepted/);
    expect(() => parseImportForm(form({ mode: 'import', text: PARA, corrections: JSON.stringify({ slug: 'x' }) }), false)).toThrow(/^Correction not accepted/);
    expect(() => parseImportForm(form({ mode: 'delete', text: PARA }), false)).toThrow();
  });

  it('fetches an address only under the address policy', async () => {
    await expect(read({ url: 'http://127.0.0.1:9/article' })).rejects.toThrow(/private or local network/);
    await expect(read({ url: 'javascript:alert(1)' })).rejects.toThrow('Only http and https addresses can be imported.');
  });

  it('reads a fetched file as the format the site names', () => {
    expect(fetchedName('text/html; charset=utf-8')).toBe('page.html');
    expect(fetchedName('')).toBe('page.html');
    expect(fetchedName('text/plain; charset=windows-1251')).toBe('page.txt');
    expect(fetchedName('text/markdown')).toBe('page.md');
    expect(fetchedName('application/pdf')).toBe('page.pdf');
    expect(fetchedName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('page.docx');
  });

  it('imports a Word file by its address as a Word file, keeping the address', async () => {
    const docx = await makeDocx(['Navies meet on the Caspian', PARA]);
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      res.end(docx);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/navies.docx`;
      const received = await parseImportForm(form({ mode: 'preview', url }), true).read();
      expect(received.file).toBe(url);
      expect(received.doc).toMatchObject({ format: 'docx', body: `Navies meet on the Caspian\n\n${PARA}`, hints: { address: url } });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
