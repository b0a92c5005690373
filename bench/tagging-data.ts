// Synthetic gazetteer and articles for bench/tagging.ts: deterministic (seeded), shaped like the
// real data: 1–5 word names, some Cyrillic, some with years, ambiguous names and surnames.
import type { TaggerName, TagInputParagraph } from '../lib/tagging/index';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = ['ka', 'za', 'kh', 'stan', 'tur', 'ay', 'bek', 'ov', 'ali', 'mar', 'dag', 'han', 'sar', 'tel', 'ber', 'us', 'gor', 'ish', 'ul', 'en', 'ar', 'is', 'mur', 'tog'];
const CYRILLIC = ['бір', 'лес', 'тік', 'қаз', 'ақ', 'ста', 'ну', 'ор', 'да', 'ки', 'ров', 'мур', 'ат', 'ул'];
const HEADS = ['Ministry', 'Forces', 'Council', 'Agency', 'Center', 'Sea', 'Region', 'Summit', 'Navy', 'Institute'];
const PROSE = `the of and to in a that for is on with as by was were has have will its their this from
  at which military security cooperation regional states exercises joint defense officials said
  agreement border troops naval forces training between countries policy strategic analysts
  influence partners region meeting plan drills ministers conference relations economic support
  increasing dialogue stability threats operations capabilities announced planned bilateral`.split(/\s+/);

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function word(random: () => number, syllables: readonly string[]): string {
  const count = 2 + Math.floor(random() * 3);
  let text = '';
  for (let i = 0; i < count; i++) text += pick(random, syllables);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function syntheticGazetteer(size: number, seed = 1): TaggerName[] {
  const random = seededRandom(seed);
  const names: TaggerName[] = [];
  for (let i = 0; names.length < size; i++) {
    const entityKey = `e${i}`;
    const roll = random();
    if (roll < 0.15) {
      const year = 2015 + Math.floor(random() * 12);
      names.push({ entityKey, entityType: 'exercise', name: `${word(random, LATIN)}-${year}`, kind: 'name' });
      names.push({ entityKey, entityType: 'exercise', name: word(random, LATIN), kind: 'name', contextWords: ['exercis', 'drill'] });
    } else if (roll < 0.3) {
      const given = word(random, LATIN);
      const surname = word(random, LATIN);
      names.push({ entityKey, entityType: 'person', name: `${given} ${surname}`, kind: 'name' });
      names.push({ entityKey, entityType: 'person', name: surname, kind: 'surname' });
    } else if (roll < 0.4) {
      const count = 1 + Math.floor(random() * 3);
      const cyrillic = Array.from({ length: count }, () => word(random, CYRILLIC)).join(' ');
      names.push({ entityKey, entityType: 'place', name: cyrillic, kind: 'name' });
    } else {
      const count = 1 + Math.floor(random() * 4);
      const words = Array.from({ length: count }, () => word(random, LATIN));
      if (count > 1) words.push(pick(random, HEADS));
      names.push({ entityKey, entityType: 'organization', name: words.slice(0, 5).join(' '), kind: 'name' });
    }
  }
  return names.slice(0, size);
}

// Names the gazetteer does not know, so that the candidate rules have work to do.
function unknownName(random: () => number): string {
  const roll = random();
  if (roll < 0.3) return `Rear Admiral ${word(random, LATIN)} ${word(random, LATIN)}`;
  if (roll < 0.6) return `“${word(random, LATIN)}-${2020 + Math.floor(random() * 8)}”`;
  return `${word(random, LATIN)} of ${word(random, LATIN)} ${pick(random, HEADS)}`;
}

/** Paragraphs of about 120 words, with about one known mention in twelve words and a few unknown names. */
export function syntheticArticle(names: readonly TaggerName[], words: number, seed: number): TagInputParagraph[] {
  const random = seededRandom(seed);
  const paragraphs: TagInputParagraph[] = [];
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    let inParagraph = 0;
    while (inParagraph < 120 && written < words) {
      const length = 12 + Math.floor(random() * 18);
      const parts: string[] = [];
      for (let w = 0; w < length; w++) {
        if (random() < 0.01) {
          parts.push(unknownName(random));
        } else if (random() < 0.08) {
          const name = pick(random, names).name;
          parts.push(random() < 0.2 ? `${name}’s` : random() < 0.1 ? name.toUpperCase() : name);
        } else {
          parts.push(pick(random, PROSE));
        }
      }
      const sentence = parts.join(' ');
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
      inParagraph += length;
      written += length;
    }
    paragraphs.push({ id: paragraphs.length, text: sentences.join(' ') });
  }
  return paragraphs;
}
