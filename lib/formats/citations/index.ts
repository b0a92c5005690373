import { apa } from './apa';
import { bibtex } from './bibtex';
import { chicago } from './chicago';
import type { CitableWork, CitationStyle } from './types';

export { CITATION_STYLES, type CitableWork, type CitationStyle, type CiteDate } from './types';
export { articleWork, briefWork } from './works';

export function formatCitation(style: CitationStyle, work: CitableWork): string {
  if (style === 'chicago') return chicago(work);
  if (style === 'apa') return apa(work);
  return bibtex(work);
}
