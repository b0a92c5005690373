import type { SeedEntity } from '@/lib/entities/seed-types';
import { yearsMentioned } from '@/lib/importer/years';
import { AUTHORS, OUTLETS } from './bylines';
import { dateline, drawDay, monthName, type Dateline } from './dates';
import { EntityPool, type EntitySlot, type PoolEntity } from './entity-pool';
import { expand, type Grammar } from './grammar';
import { nameInText } from './names';
import { Random, Zipf } from './random';
import { rawText, titleCase, type GeneratedParagraph } from './raw-text';
import { phrases } from './vocabulary-phrases';
import { sentences, titles, TOPICS, type Topic } from './vocabulary-sentences';

export type { GeneratedParagraph };

export interface GeneratedArticle {
  index: number;
  title: string;
  authors: string[];
  outlet: string | null;
  /** Null for the few undated articles, whose era comes from the years they mention. */
  published: Dateline | null;
  paragraphs: GeneratedParagraph[];
  /** The text as an editor would paste it: headline, by-line, publication, date, paragraphs. */
  rawText: string;
  yearsMentioned: number[];
  /** Keys of the entities the paragraphs name, for tests against the tagger. */
  named: string[];
}

export interface CorpusGenerator {
  article(index: number): GeneratedArticle;
}

const ENTITY_SLOTS = new Set<string>(['country', 'org', 'force', 'media', 'exercise', 'person', 'city', 'place', 'sea', 'region', 'route', 'event']);
/** Every "{slot}" a template may use (before its "+s" or "~"). */
export const KNOWN_SLOTS: ReadonlySet<string> = new Set([...ENTITY_SLOTS, 'demonym', 'year', 'pastyear', 'nextyear', 'few', 'num', 'pct', 'month', 'day']);
const TOPIC_WEIGHTS = [30, 22, 12, 10, 9, 8, 5, 4]; // in TOPICS order: drills first
const FOCUS: [EntitySlot, number][] = [
  ['country', 3], ['org', 1], ['force', 1], ['exercise', 1], ['person', 2], ['city', 1], ['place', 1], ['sea', 1], ['region', 1], ['event', 1],
];
const grammar: Grammar = phrases;
const outlets = new Zipf(OUTLETS, 0.9);
const authors = new Zipf(AUTHORS, 0.8);

function number(random: Random): string {
  switch (random.int(0, 4)) {
    case 0: return String(random.int(2, 60));
    case 1: return String(random.int(2, 9) * 100);
    case 2: return `${random.int(1, 9)},${random.pick(['000', '200', '500', '800'])}`;
    case 3: return random.pick(['two dozen', 'several hundred', 'about 3,000', 'nearly 1,000', 'some 400', 'a dozen']);
    default: return String(random.int(10, 250));
  }
}

/** One article's writing state: its year, topic, the entities it is about, whom it has introduced. */
class ArticleWriter {
  /** Entities named in the body so far (the headline is not tagged, so it does not count). */
  readonly named = new Set<string>();
  /** Named in full in the body: the tagger takes a surname only after the full name. */
  private readonly introduced = new Set<string>();
  private inBody = false;
  private readonly focus = new Map<EntitySlot, PoolEntity[]>();
  private usedInSentence = new Set<string>();
  private missing = false;
  private readonly usedTemplates = new Set<string>();

  constructor(private readonly pool: EntityPool, private readonly random: Random, readonly year: number) {
    for (const [slot, count] of FOCUS) {
      const chosen: PoolEntity[] = [];
      for (let i = 0; i < count; i++) {
        const e = pool.draw(slot, year, random);
        if (e && !chosen.includes(e)) chosen.push(e);
      }
      this.focus.set(slot, chosen);
    }
  }

  private entity(slot: EntitySlot, demonym: boolean): PoolEntity | null {
    for (let attempt = 0; attempt < 6; attempt++) {
      const focal = this.focus.get(slot) ?? [];
      const e = focal.length > 0 && this.random.chance(0.65) ? this.random.pick(focal) : this.pool.draw(slot, this.year, this.random);
      if (!e) return null;
      if (this.usedInSentence.has(e.key) || (demonym && e.demonyms.length === 0)) continue;
      return e;
    }
    return null;
  }

  private fill = (slot: string): string => {
    // "{country+s}" asks for the possessive ("Kazakhstan's"), "{org~}" for a modifier ("the CSTO summit").
    const possessive = slot.endsWith('+s');
    const bare = slot.endsWith('~');
    const base = slot.replace(/(\+s|~)$/u, '');
    const r = this.random;
    if (base === 'demonym') {
      const e = this.entity('country', true);
      if (!e) return this.fail();
      this.use(e);
      return e.demonyms[0] && r.chance(0.85) ? e.demonyms[0] : r.pick(e.demonyms);
    }
    if (ENTITY_SLOTS.has(base)) {
      const e = this.entity(base as EntitySlot, false);
      if (!e) return this.fail();
      const introduced = this.introduced.has(e.key);
      this.use(e);
      // Headlines keep to the usual names: no native forms in parentheses there.
      return nameInText(e, r, { year: this.year, possessive, introduced, bare, native: this.inBody });
    }
    switch (base) {
      case 'year': return String(this.year);
      case 'pastyear': return String(Math.max(1991, this.year - r.int(1, 12)));
      case 'nextyear': return String(this.year + r.int(1, 5));
      case 'few': return r.pick(['two', 'three', 'four', 'five', 'six', 'seven', 'eight']);
      case 'num': return number(r);
      case 'pct': return r.chance(0.5) ? String(r.int(2, 40)) : `${r.int(1, 19)}.${r.int(1, 9)}`;
      case 'month': return monthName(r.int(0, 11));
      case 'day': return String(r.int(1, 28));
      default: throw new Error(`Unknown slot {${slot}}`);
    }
  };

  private use(e: PoolEntity): void {
    this.usedInSentence.add(e.key);
    if (!this.inBody) return;
    this.named.add(e.key);
    this.introduced.add(e.key);
  }

  private fail(): string {
    this.missing = true;
    return '';
  }

  /** A template of the list expanded; templates naming what the year lacks (an exercise in 1997) are redrawn. */
  write(templates: readonly string[], { body = true } = {}): string {
    this.inBody = body;
    // A few random draws, then every template in turn, so a list with one usable template still works.
    const draws = Array.from({ length: 6 }, () => this.random.pick(templates));
    for (const [attempt, drawn] of [...draws, ...templates].entries()) {
      let template = drawn;
      // A second draw when the template was used already: reports rarely repeat a sentence shape.
      if (attempt < draws.length && this.usedTemplates.has(template)) template = this.random.pick(templates);
      const text = this.tryTemplate(template);
      if (text !== null) {
        this.usedTemplates.add(template);
        return text;
      }
    }
    throw new Error(`No template could be filled for ${this.year}: ${templates[0]}`);
  }

  private tryTemplate(template: string): string | null {
    const before = { named: [...this.named], introduced: [...this.introduced] };
    this.usedInSentence = new Set();
    this.missing = false;
    const text = expand(template, grammar, this.random, this.fill);
    if (!this.missing) return text;
    reset(this.named, before.named);
    reset(this.introduced, before.introduced);
    return null;
  }
}

function reset(set: Set<string>, items: readonly string[]): void {
  set.clear();
  for (const item of items) set.add(item);
}

function paragraphCount(random: Random): number {
  // Log-normal around 10: most reports run 6–16 paragraphs, a few 25–30, a few only 4.
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(30, Math.max(4, Math.round(Math.exp(Math.log(10) + 0.45 * normal))));
}

function paragraph(writer: ArticleWriter, random: Random, topic: Topic, lede: boolean): string {
  const count = lede ? random.int(2, 3) : [1, 2, 2, 3, 3, 3, 4, 4, 5, 6][random.int(0, 9)] ?? 3;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const pool = roll < 0.6 ? sentences[topic] : roll < 0.85 ? sentences.analysis : sentences[random.pick(TOPICS)];
    out.push(writer.write(pool));
  }
  return out.join(' ');
}

function byline(random: Random): string[] {
  const count = [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3][random.int(0, 14)] ?? 1;
  const names = new Set<string>();
  while (names.size < count) names.add(authors.draw(random));
  return [...names];
}

/**
 * Deterministic synthetic articles on Central Asian and Caspian security: article `index` of a
 * given seed is always the same text. Entities come from the knowledge base with its name forms.
 */
export function createCorpusGenerator({ seed, entities }: { seed: string; entities: readonly SeedEntity[] }): CorpusGenerator {
  const pool = new EntityPool(entities);
  return {
    article(index: number): GeneratedArticle {
      const random = new Random(`${seed}:${index}`);
      const day = drawDay(random);
      const writer = new ArticleWriter(pool, random, day.getUTCFullYear());
      const topic = TOPICS[random.weighted(TOPIC_WEIGHTS)] ?? 'drills';
      const title = titleCase(writer.write(titles[topic], { body: false }));
      const n = paragraphCount(random);
      const paragraphs: GeneratedParagraph[] = [];
      let lastHeading = -3;
      while (paragraphs.length < n) {
        const at = paragraphs.length;
        // Subheadings in longer pieces only, never first, last or twice in a row.
        if (n >= 8 && at >= 3 && at < n - 2 && at - lastHeading > 3 && random.chance(0.12)) {
          paragraphs.push({ kind: 'HEADING', text: writer.write(['<heading>']) });
          lastHeading = at;
        }
        paragraphs.push({ kind: 'TEXT', text: paragraph(writer, random, topic, at === 0) });
      }
      const published = random.chance(0.97) ? dateline(day, random) : null;
      const outlet = random.chance(0.95) ? outlets.draw(random) : null;
      const authorNames = byline(random);
      return {
        index,
        title,
        authors: authorNames,
        outlet,
        published,
        paragraphs,
        rawText: rawText({ title, authors: authorNames, outlet, published, paragraphs }, random),
        yearsMentioned: yearsMentioned(paragraphs.map((p) => ({ kind: p.kind === 'HEADING' ? 'heading' : 'text', text: p.text }))),
        named: [...writer.named],
      };
    },
  };
}
