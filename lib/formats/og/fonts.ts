import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageResponse } from 'next/og';

type CardFont = NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']>[number];

// next/og's bundled font covers Latin only, and for any other character it fetches a font from
// Google at request time: offline that yields tofu, online it makes every card a network call.
// Titles name Kazakh and Turkish places and exercises (Бірлестік, Қазақстан, Türkiye, İşbirliği),
// so the card ships Noto Sans' Latin, Latin Extended, Cyrillic and Cyrillic Extended subsets.
// Satori takes WOFF but not WOFF2. It keeps one font per family name and weight and falls back
// only across names, so each subset is registered as its own family and the card lists them all:
// a character is drawn by the first subset that has it.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;
type Subset = (typeof SUBSETS)[number];

const familyOf = (subset: Subset) => `Noto Sans ${subset}`;

/** The CSS font-family for the card's root element. */
export const CARD_FONT_FAMILY = SUBSETS.map(familyOf).join(', ');

// Read relative to the project root (as `next start` runs) rather than through import.meta.url,
// which the bundler rewrites: the files live in the repository, not in node_modules.
const FONT_DIR = join(process.cwd(), 'lib', 'formats', 'og', 'fonts');

async function loadFonts(): Promise<CardFont[]> {
  const entries = WEIGHTS.flatMap((weight) => SUBSETS.map((subset) => ({ weight, subset })));
  return Promise.all(
    entries.map(async ({ weight, subset }) => ({
      name: familyOf(subset),
      data: await readFile(join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

let fonts: Promise<CardFont[]> | undefined;

/** The card's fonts, read from disk once per server process. */
export function cardFonts(): Promise<CardFont[]> {
  fonts ??= loadFonts().catch((error: unknown) => {
    // Let the next card try again rather than caching a failed read for the process's lifetime.
    fonts = undefined;
    throw error;
  });
  return fonts;
}
