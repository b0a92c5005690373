import { readFileSync } from 'node:fs';
import { recordFileSchema, type RecordFile } from './schema';

const RECORD_FILE = new URL('../../../prisma/record/exercises.json', import.meta.url);

/** The exercise record as committed, parsed against its schema (throws with the paths at fault). */
export function loadRecord(): RecordFile {
  const raw: unknown = JSON.parse(readFileSync(RECORD_FILE, 'utf8'));
  const parsed = recordFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`prisma/record/exercises.json is invalid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
