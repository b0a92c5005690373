export { renderBrief, renderPlain, type RenderedBrief } from './render-brief';
export { scanReferences } from './scan-references';
export { FIGURE_ERAS, FIGURE_KINDS, type FigureDirective, type FigureEra, type FigureKind } from './figure-directive';
export { CHANGED_SOURCE_NOTICE } from './notes-section';
export { ID_PREFIX, hashFor, noteId, refId } from './sanitize-schema';
export { citationKey } from './reference-syntax';
export type * from './types';
