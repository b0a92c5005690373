import type { FieldSource } from '@/lib/importer/document-article';

export const SOURCE_LABELS: Record<FieldSource, string> = {
  'json-ld': "the page's JSON-LD",
  'open-graph': "the page's Open Graph tags",
  meta: "the page's meta tags",
  citation: "the page's citation tags",
  time: "the page's <time> element",
  'rel-author': "the page's author link",
  'title-tag': "the page's title",
  heading: "the page's headline",
  text: 'the text',
  none: 'not stated',
};
