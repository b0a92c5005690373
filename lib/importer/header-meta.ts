import { readDateLine, type DateLine } from './date-line';
import { furnitureKind } from './furniture';
import { readLabel, type Label } from './labels';
import { isKnownAgency } from './outlet-words';
import { hasTerminalPunctuation, wordCount } from './text-shape';
import type { FurnitureKind } from './types';

/** What one header line (or one " | "-separated part of it) states. */
export type MetaItem =
  | { type: 'label'; label: Label }
  | { type: 'date'; date: DateLine }
  | { type: 'furniture'; kind: FurnitureKind; text: string };

// "By X | April 3, 2024", and fields set apart by a wide gap: "Source :X   Date :16-Jul-2017".
const SEGMENT_SEPARATOR = /\s+[|•·]\s+|\s{3,}/u;

function readSegment(text: string, allowFurniture: boolean): MetaItem | null {
  const kind = allowFurniture ? furnitureKind(text) : null;
  if (kind) return { type: 'furniture', kind, text };
  const label = readLabel(text);
  if (label) return { type: 'label', label };
  const date = readDateLine(text);
  if (date) return { type: 'date', date };
  // "Updated: Dec 3,2014 7:36 AM     Xinhua": an agency's name as one field beside the date.
  return allowFurniture && isKnownAgency(text) ? { type: 'label', label: { kind: 'publication', name: text, abbreviation: null, issue: null, date: null } } : null;
}

/**
 * The metadata a header line states, or null when the line is something else (a headline, a
 * standfirst). "By X | April 3, 2024 | 5 min read" counts only when every part is metadata.
 */
export function readHeaderMeta(line: string): MetaItem[] | null {
  const kind = furnitureKind(line);
  if (kind) return [{ type: 'furniture', kind, text: line }];
  // Fields set apart by a wide gap are read apart first: the first label would swallow the rest.
  if (/\S\s{3,}\S/u.test(line)) {
    const parts = line.split(/\s{3,}/u).map((p) => readSegment(p.trim(), true));
    if (parts.every((i): i is MetaItem => i !== null)) return parts;
  }
  const whole = readSegment(line, false);
  if (whole) return [whole];
  const segments = line.split(SEGMENT_SEPARATOR);
  if (segments.length < 2) return null;
  const items = segments.map((s) => readSegment(s.trim(), true));
  if (items.every((i): i is MetaItem => i !== null)) return items;
  // A section name beside the date ("SOCIETY | 11.04.2019") is a label, never the site's name.
  if (!items.some((i) => i?.type === 'date')) return null;
  const labelled = items.map((item, k): MetaItem | null => {
    const text = segments[k]?.trim() ?? '';
    return item ?? (wordCount(text) <= 3 && !/\d/.test(text) && !hasTerminalPunctuation(text) ? { type: 'furniture', kind: 'section-label', text } : null);
  });
  return labelled.every((i): i is MetaItem => i !== null) ? labelled : null;
}

/** A line that starts the body but is really a by-line or dateline placed after the standfirst. */
export function isMetadataLine(line: string): boolean {
  const items = readHeaderMeta(line);
  return items !== null && items.some((i) => i.type !== 'furniture');
}
