// The views are rendered here (proxy.ts rewrites /compare to this route), so the comparison's card
// must be declared here too, or they would carry the site's card.
export { default, alt, size, contentType } from '../../compare/opengraph-image';
export const dynamic = 'force-static';
