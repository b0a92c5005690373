import type { Era } from '@/lib/generated/prisma/enums';

// The site's light palette (app/globals.css): shared cards are viewed outside the site's colour scheme.
export const PAPER = '#fbfaf7';
export const INK = '#1c1b19';
export const MUTED = '#5d5a55';
export const RULE = '#e2ded6';
export const ACCENT = '#0f5c6e';
export const ERA_COLOURS: Record<Era, { ink: string; tint: string }> = {
  CSTO_ERA: { ink: '#7a3e1d', tint: '#f6e9df' },
  POST_2022: { ink: '#1d4f7a', tint: '#e1ecf6' },
  UNKNOWN: { ink: MUTED, tint: '#eeebe5' },
};
