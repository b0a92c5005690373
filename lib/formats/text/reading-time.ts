import { countOf } from './plural';

/** Adult reading speed of news prose in English, words a minute (the usual 200–250 range). */
const WORDS_PER_MINUTE = 230;

/** "About 3 minutes to read (640 words)"; a text of a few lines reads in "under a minute". */
export function readingTime(texts: readonly string[]): string {
  const words = texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
  const minutes = Math.round(words / WORDS_PER_MINUTE);
  const time = minutes < 1 ? 'Under a minute' : `About ${countOf(minutes, 'minute')}`;
  return `${time} to read (${countOf(words, 'word')})`;
}
