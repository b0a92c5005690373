import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A page compressed once, into which each response's nonce is written without compressing again.
 *
 * Every response carries its own CSP nonce, so a compressed page cannot simply be kept: compressing
 * each response anew cost seven times what sending it did (661 against 4,642 cached pages a second
 * under load). Here the text between the placeholders is deflated once, each part on its own and
 * flushed to a byte boundary (a part refers to nothing before it), and the nonces go between the
 * parts as stored, uncompressed blocks. A response is the parts and the nonces in turn, a final
 * empty block, and the gzip header and trailer (RFC 1951, 1952); only the CRC-32 of the text with
 * its nonce is computed per response, part by part, without copying the page.
 *
 * A part is compressed with the 32 KB of text before it as its dictionary, so it may refer back
 * across the nonces (a page holds one per script, /compare over eighty; compressed alone, each part
 * lost its context and the page was sent a fifth larger). In that dictionary each placeholder is
 * masked with NUL bytes, which no part that refers back contains: no reference can reach into a
 * nonce, the only bytes the reader's window holds differently.
 */
export interface GzipTemplate {
  /** Deflated text between the placeholders: one more than there are placeholders. */
  parts: Buffer[];
  /** The uncompressed text of each part, for the checksum. */
  texts: Buffer[];
  /** Bytes of the uncompressed page. */
  length: number;
  placeholderLength: number;
}

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** A final stored block with nothing in it: BFINAL 1, BTYPE 00, LEN 0, NLEN 0xFFFF. */
const FINAL = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** How far back deflate may refer (RFC 1951). */
const WINDOW = 32 * 1024;

export function gzipTemplate(body: Buffer, placeholder: string): GzipTemplate {
  const marker = Buffer.from(placeholder);
  const at: number[] = [];
  for (let i = body.indexOf(marker); i !== -1; i = body.indexOf(marker, i + marker.length)) at.push(i);
  const masked = Buffer.from(body);
  for (const i of at) masked.fill(0, i, i + marker.length);
  const bounds = [0, ...at.flatMap((i) => [i, i + marker.length]), body.length];
  const parts: Buffer[] = [];
  const texts: Buffer[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k] as number;
    const text = body.subarray(start, bounds[k + 1]);
    texts.push(text);
    const dictionary = start > 0 && !text.includes(0) ? masked.subarray(Math.max(0, start - WINDOW), start) : undefined;
    parts.push(text.length ? deflateRawSync(text, { finishFlush: constants.Z_FULL_FLUSH, ...(dictionary ? { dictionary } : {}) }) : Buffer.alloc(0));
  }
  return { parts, texts, length: body.length, placeholderLength: marker.length };
}

/** A stored (uncompressed), non-final deflate block holding `data`, at a byte boundary. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0x00;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/** The gzip member of the template's text with `nonce` in place of every placeholder. */
export function gzipWithNonce(template: GzipTemplate, nonce: string): Buffer {
  const value = Buffer.from(nonce);
  if (value.length !== template.placeholderLength) throw new Error('The nonce must be as long as the placeholder.');
  const nonceBlock = storedBlock(value);
  const chunks: Buffer[] = [HEADER];
  let crc = 0;
  template.parts.forEach((part, k) => {
    chunks.push(part);
    crc = crc32(template.texts[k] as Buffer, crc);
    if (k < template.parts.length - 1) {
      chunks.push(nonceBlock);
      crc = crc32(value, crc);
    }
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(template.length % 2 ** 32, 4);
  chunks.push(FINAL, trailer);
  return Buffer.concat(chunks);
}
