import { ImageResponse } from 'next/og';
import { ERA_LABELS } from '@/lib/articles/era';
import type { Era } from '@/lib/generated/prisma/enums';
import { SITE_NAME } from '@/lib/formats/seo/site';
import { Figure } from './figure';
import type { CardFigure } from './figures';
import { CARD_FONT_FAMILY, cardFonts } from './fonts';
import { ACCENT, ERA_COLOURS, INK, MUTED, PAPER, RULE } from './palette';
import { titleFontSize, truncateTitle } from './truncate';

/** The size Open Graph and X/Twitter both render large: 1.91:1. */
export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = 'image/png';
export const OG_ALT = `${SITE_NAME}: a card with the page’s title`;

const TITLE_MAX = 120;

export interface CardContent {
  /** What the page is: Article, Brief, Military exercise, Country… */
  kind: string;
  title: string;
  /** Era labels to show; empty where eras do not apply (a country, a person). */
  eras: Era[];
  /** A brief's published revision number. */
  revision?: number;
  /** The small chart beside the era labels; the site's own card has none. */
  figure?: CardFigure;
}

function Chip({ label, ink, tint }: { label: string; ink: string; tint: string }) {
  return (
    <div style={{ display: 'flex', padding: '10px 22px', borderRadius: 999, background: tint, color: ink, fontSize: 28 }}>
      {label}
    </div>
  );
}

function Card({ kind, title, eras, revision, figure }: CardContent) {
  const shown = truncateTitle(title, TITLE_MAX);
  const [only, ...others] = eras;
  const stripe = only && others.length === 0 ? ERA_COLOURS[only].ink : ACCENT;
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: PAPER, color: INK, fontFamily: CARD_FONT_FAMILY }}>
      <div style={{ display: 'flex', width: 24, height: '100%', background: stripe }} />
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 72px 48px 64px' }}>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            paddingBottom: 22,
            borderBottom: `2px solid ${RULE}`,
            fontSize: 30,
          }}
        >
          <div style={{ display: 'flex', color: ACCENT, fontWeight: 700, letterSpacing: 0.5 }}>{SITE_NAME}</div>
          <div style={{ display: 'flex', color: MUTED, textTransform: 'uppercase', letterSpacing: 2, fontSize: 24 }}>{kind}</div>
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center' }}>
          <div style={{ display: 'flex', fontSize: titleFontSize(shown), fontWeight: 700, lineHeight: 1.2, color: INK }}>{shown}</div>
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 32 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 16 }}>
            {eras.map((era) => (
              <Chip key={era} label={ERA_LABELS[era]} {...ERA_COLOURS[era]} />
            ))}
            {revision ? <Chip label={`Revision ${revision}`} ink={ACCENT} tint="#e3f0f2" /> : null}
          </div>
          {figure ? <Figure {...figure} /> : null}
        </div>
      </div>
    </div>
  );
}

/** A page's share card as a 1200×630 PNG, drawn with the Noto Sans files shipped in lib/formats/og/fonts. */
export async function renderCard(content: CardContent): Promise<ImageResponse> {
  return new ImageResponse(<Card {...content} />, { ...OG_SIZE, fonts: await cardFonts() });
}

/**
 * For a slug that names nothing: 404, as its page answers, sent with no-store and never kept in the
 * page cache (lib/platform/cache/page-cache-handler.mjs stores no 404), so invented addresses cost no memory.
 */
export function imageNotFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
