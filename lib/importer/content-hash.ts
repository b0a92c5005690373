import { createHash } from 'node:crypto';
import { normalizeNewlines } from './normalize';

/**
 * Identity of a received text for de-duplication: the same article saved on another system (CRLF,
 * BOM, trailing newline) hashes the same, while any change to its wording does not.
 */
export function contentHash(raw: string): string {
  return createHash('sha256').update(normalizeNewlines(raw).trimEnd(), 'utf8').digest('hex');
}
