import chardet from 'chardet';
import iconv from 'iconv-lite';
import { failure, ok, type Result } from '@/lib/platform/result';

export interface DecodedText {
  text: string;
  encoding: string;
  transcoded: boolean;
}

/** The text, or why the file cannot be read (shown to the editor as it is). */
export type Decoded = Result<DecodedText>;

const unreadable = (message: string) => failure(message, { code: 'invalid' });

// Single-byte encodings an editor's old files come in; anything else is refused with its name.
const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'iso-8859-5', 'windows-1252', 'iso-8859-1'];
const LETTERS = /[\p{L}\p{M}]/u;
const SCRIPTS: RegExp[] = [/\p{Script=Cyrillic}/u, /\p{Script=Latin}/u, /\p{Script=Greek}/u];

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Every other byte zero in the first kilobyte: UTF-16 without a byte-order mark. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

function hasBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.01;
}

/** Words with a capital after a small letter ("ФЋРкШх"): rare in writing, the rule in text read in the wrong encoding. */
function mixedCaseShare(text: string): number {
  const words = (text.slice(0, 20000).match(/\p{L}{2,}/gu) ?? []).filter((w) => /[^\u0000-\u007f]/.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => /\p{Ll}\p{Lu}/u.test(w)).length / words.length;
}

/**
 * Share of non-ASCII characters that are letters of one script, less the share of words whose
 * capitals fall mid-word: high for a right guess, low for mojibake (Chinese, Korean or Greek bytes
 * read as Cyrillic are letters of one script, but not words).
 */
function plausibility(text: string): number {
  const sample = text.slice(0, 20000);
  let nonAscii = 0;
  const counts = SCRIPTS.map(() => 0);
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 128) continue;
    nonAscii++;
    if (!LETTERS.test(ch)) continue;
    SCRIPTS.forEach((re, i) => {
      if (re.test(ch)) counts[i] = (counts[i] ?? 0) + 1;
    });
  }
  return nonAscii === 0 ? 1 : (Math.max(...counts) / nonAscii) * (1 - mixedCaseShare(sample));
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/^cp(\d+)$/, 'windows-$1').replace(/^win-?(\d+)$/, 'windows-$1');
}

/**
 * Bytes to text: UTF-8 (with or without a byte-order mark) as is; UTF-16 and the single-byte
 * Cyrillic and Western encodings transcoded; binary data and anything unrecognised refused with a
 * reason, never decoded into garbage. `declared` is the charset a web page names for itself.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return unreadable('The file is empty.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok({ text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16le')), encoding: 'utf-16le', transcoded: true });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok({ text: stripBom(iconv.decode(Buffer.from(bytes), 'utf-16be')), encoding: 'utf-16be', transcoded: true });
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return ok({ text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, transcoded: true });
  if (hasBinaryBytes(bytes)) return unreadable('This is not a text file (it contains binary data). Upload .txt, .md, .html, .docx or .pdf.');
  try {
    return ok({ text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8', transcoded: false });
  } catch {
    // Not UTF-8: try what the page declares, then what a detector proposes.
  }
  const detected = chardet.analyse(bytes);
  const guesses = [declared ? normalizeName(declared) : null, ...detected.map((m) => normalizeName(m.name))]
    .filter((e): e is string => e !== null && SINGLE_BYTE.includes(e));
  // The detector sure of an encoding the importer does not transcode (GB18030, EUC-KR, ISO-8859-7,
  // windows-1250): reading it as one that it does would make letters of the wrong alphabet.
  const top = detected[0];
  const foreign = top && top.confidence >= 50 && !SINGLE_BYTE.includes(normalizeName(top.name)) && !/^(?:utf-8|ascii)$/i.test(top.name) ? top.name : null;
  const declaredReadable = declared ? SINGLE_BYTE.includes(normalizeName(declared)) : false;
  const refuse = (named: string) => unreadable(`The file's character encoding could not be recognised${named}. Save it as UTF-8 and upload it again.`);
  if (foreign && !declaredReadable) return refuse(` (it looks like ${foreign}, which the importer does not read)`);
  const tried = [...new Set([...guesses, ...SINGLE_BYTE])].map((encoding) => {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    return { encoding, text, score: plausibility(text) };
  });
  const best = tried.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < 0.9) return refuse(foreign ? ` (it looks like ${foreign}, which the importer does not read)` : guesses[0] ? ` (it looks like ${guesses[0]}, but the text does not read as words in it)` : '');
  return ok({ text: best.text, encoding: best.encoding, transcoded: true });
}
