import type { ArticleParagraph } from '@/lib/articles/dto';

/**
 * About four paragraphs of news prose: a reader who has scrolled this far past an entity's last
 * link may have lost it from view, so its next mention is linked again.
 */
export const RELINK_AFTER_CHARS = 1500;

/**
 * Which mentions to draw as links: each entity's first, and again only once RELINK_AFTER_CHARS of
 * text have passed since its last link, so a page names Russia sixteen times but links it twice.
 * The rest stay plain text; every mention is still listed, with its paragraph, on the entity page.
 * Returns per paragraph the `start` offsets of the mentions to link, in the paragraphs' order.
 */
export function mentionsToLink(paragraphs: readonly Pick<ArticleParagraph, 'text' | 'mentions'>[], gap = RELINK_AFTER_CHARS): Set<number>[] {
  const lastLinkedAt = new Map<string, number>();
  let offset = 0;
  return paragraphs.map((p) => {
    const linked = new Set<number>();
    for (const m of p.mentions) {
      const at = offset + m.start;
      const last = lastLinkedAt.get(m.href);
      if (last === undefined || at - last >= gap) {
        linked.add(m.start);
        lastLinkedAt.set(m.href, at);
      }
    }
    // A paragraph break counts as a space between the texts.
    offset += p.text.length + 1;
    return linked;
  });
}
