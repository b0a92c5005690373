// Candidate benchmark (npx tsx bench/candidates.ts). Prints what finding candidates adds to tagging
// a 5,000-word article (budget: median under 50 ms on top of tagging): on a synthetic article
// against 10,000 names, and, when the dev-set texts are present under devset/, on real prose
// repeated to 5,000 words against the seed knowledge base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { seedEntities } from '../lib/entities/seed';
import { taggerNamesFromSeed } from '../lib/entities/seed/tagger-names';
import { parseArticle } from '../lib/importer';
import { findCandidates } from '../lib/tagging/candidates/find-candidates';
import { poolEvidence } from '../lib/tagging/candidates/pool-evidence';
import { compileGazetteer, type Gazetteer } from '../lib/tagging/gazetteer';
import { paragraphMentions } from '../lib/tagging/paragraph-mentions';
import { tokenize } from '../lib/tagging/tokenize';
import type { Candidate, TagInputParagraph } from '../lib/tagging/types';
import { syntheticArticle, syntheticGazetteer } from './tagging-data';

const WORDS = 5_000;
const WARM_UP = 10;
const RUNS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? Number.NaN;

/** One pass of tagArticle, timing the mention part and the candidate part apart. */
function timedTag(gazetteer: Gazetteer, paragraphs: TagInputParagraph[]): { mentionsMs: number; candidatesMs: number; candidates: Candidate[] } {
  let mentionsMs = 0;
  let candidatesMs = 0;
  const introduced = new Set<string>();
  const candidates: Candidate[] = [];
  for (const paragraph of paragraphs) {
    const t0 = performance.now();
    const tokens = tokenize(paragraph.text);
    const found = paragraphMentions(gazetteer, paragraph.id, paragraph.text, tokens, introduced);
    const t1 = performance.now();
    candidates.push(...findCandidates(gazetteer, { paragraphId: paragraph.id, text: paragraph.text, tokens, known: found.known, mentions: found.mentions }));
    candidatesMs += performance.now() - t1;
    mentionsMs += t1 - t0;
  }
  const t2 = performance.now();
  const pooled = poolEvidence(candidates);
  candidatesMs += performance.now() - t2;
  return { mentionsMs, candidatesMs, candidates: pooled };
}

function measure(label: string, gazetteer: Gazetteer, paragraphs: TagInputParagraph[]): void {
  for (let i = 0; i < WARM_UP; i++) timedTag(gazetteer, paragraphs);
  const mentions: number[] = [];
  const candidates: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = timedTag(gazetteer, paragraphs);
    mentions.push(run.mentionsMs);
    candidates.push(run.candidatesMs);
    found = run.candidates.length;
  }
  const words = paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0);
  console.log(`${label}: ${words} words in ${paragraphs.length} paragraphs, ${found} candidate sightings`);
  console.log(`  tagging (mentions): median ${median(mentions).toFixed(2)} ms, p95 ${p95(mentions).toFixed(2)} ms`);
  console.log(`  candidates on top: median ${median(candidates).toFixed(2)} ms, p95 ${p95(candidates).toFixed(2)} ms (budget: median < 50 ms)`);
}


const names = syntheticGazetteer(10_000);
measure('synthetic article, 10,000 names', compileGazetteer(names), syntheticArticle(names, WORDS, 42));

const devset = new URL('../devset/candidates/', import.meta.url);
if (existsSync(devset)) {
  const texts = readdirSync(devset).filter((file) => file.endsWith('.txt'));
  const prose = texts.flatMap((file) => parseArticle(readFileSync(new URL(file, devset), 'utf8')).paragraphs.map((p) => p.text));
  const article: TagInputParagraph[] = [];
  for (let words = 0, i = 0; words < WORDS && prose.length > 0; i++) {
    const text = prose[i % prose.length] ?? '';
    article.push({ id: i + 1, text });
    words += text.split(/\s+/).length;
  }
  measure(`dev-set prose (${texts.length} articles repeated), seed knowledge base`, compileGazetteer(taggerNamesFromSeed(seedEntities)), article);
}
