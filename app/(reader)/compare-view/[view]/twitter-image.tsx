export { default, alt, size, contentType } from '../../compare/opengraph-image';
// Segment options are read from each route's own file: cached like the Open Graph image.
export const dynamic = 'force-static';
