// Tagger benchmark (npx tsx bench/tagging.ts). Prints figures against the product's budget:
// a 5,000-word article against 10,000 names in a median under 50 ms; 1,000 articles under 30 s.
import { performance } from 'node:perf_hooks';
import { compileGazetteer, tagArticle } from '../lib/tagging/index';
import { syntheticArticle, syntheticGazetteer } from './tagging-data';

const NAMES = 10_000;
const ARTICLE_WORDS = 5_000;
const WARM_UP = 10;
const RUNS = 50;
const BATCH = 1_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

const names = syntheticGazetteer(NAMES);
const compileStart = performance.now();
const gazetteer = compileGazetteer(names);
const compileMs = performance.now() - compileStart;

const article = syntheticArticle(names, ARTICLE_WORDS, 42);
for (let i = 0; i < WARM_UP; i++) tagArticle(gazetteer, article);
const times: number[] = [];
let result = tagArticle(gazetteer, article);
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  result = tagArticle(gazetteer, article);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

const batch = Array.from({ length: BATCH }, (_, i) => syntheticArticle(names, ARTICLE_WORDS, 1000 + i));
const batchStart = performance.now();
let batchMentions = 0;
for (const paragraphs of batch) batchMentions += tagArticle(gazetteer, paragraphs).mentions.length;
const batchMs = performance.now() - batchStart;

const words = article.reduce((sum, paragraph) => sum + paragraph.text.split(/\s+/).length, 0);
console.log(`gazetteer: ${names.length} names compiled in ${compileMs.toFixed(1)} ms`);
console.log(`article: ${words} words in ${article.length} paragraphs, ${result.mentions.length} mentions, ${result.candidates.length} candidates`);
console.log(`tag one article (${RUNS} runs after ${WARM_UP} warm-up): median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (budget: median < 50 ms)`);
console.log(`tag ${BATCH} distinct ${ARTICLE_WORDS}-word articles: ${(batchMs / 1000).toFixed(2)} s, ${batchMentions} mentions (budget: < 30 s)`);
