import type { FactKind, SeedDate, SeedFact, Support } from '@/lib/entities/seed-types';

/** The five corpus files, by their number. */
export const A000 = '000_b73d75862cb2eed9.txt';
export const A001 = '001_8744416162cce3f1.txt';
export const A002 = '002_bfca926db83a5ef9.txt';
export const A003 = '003_873c7288c056fb25.txt';
export const A004 = '004_0c0f666a292d9ff0.txt';

export const cite = (article: string, paragraph: number, quote: string): Support => ({ article, paragraph, quote });

/** What the articles do not say and an editor supplied; to be checked before publication. */
export const GENERAL_KNOWLEDGE: Support = { editorSupplied: 'general knowledge' };
export const APPROXIMATE: Support = { editorSupplied: 'general knowledge (approximate centre)' };

export const on = (value: string, support: Support): SeedDate => ({ value, support });

/** An editor's source that is more specific than general knowledge. */
export const editor = (note: string): Support => ({ editorSupplied: note });

type FactExtra = Pick<SeedFact, 'role' | 'from' | 'to'>;

export const fact = (kind: FactKind, subject: string, object: string, support: Support, extra: FactExtra = {}): SeedFact => ({
  kind,
  subject,
  object,
  ...extra,
  support,
});
