// Fact-proposal benchmark (npx tsx bench/propose-facts.ts). Budget: proposing facts for a
// 5,000-word article, median under 100 ms (tagging, which the import does anyway, timed apart).
import { tagAndPropose } from './lib/propose-seed';

const WORDS = 5_000;
const RUNS = 30;

// Sentences in the shapes the proposer reads, and ones it must pass over, with varied names.
const COUNTRIES = ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Azerbaijan', 'Turkmenistan', 'Russia', 'China', 'Türkiye', 'Iran'];
const MONTHS = ['March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
function sentence(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length]!;
  const b = COUNTRIES[(i + 3) % COUNTRIES.length]!;
  const c = COUNTRIES[(i + 5) % COUNTRIES.length]!;
  const m = MONTHS[i % MONTHS.length]!;
  const name = `Steppe Shield-${2000 + (i % 25)}`;
  const shapes = [
    `The ${name} exercise, hosted by ${a}, was held with the participation of ${b} and ${c}.`,
    `Troops from ${a} and ${b} took part in the drills at the Matybulak training ground from ${m} 8 to 17.`,
    `Observers from ${c} attended, while ${b} did not take part in ${name}.`,
    `Officials from ${a} and ${b} discussed trade, energy and transport corridors at length in the capital on Tuesday.`,
    `Analysts said the region's defence budgets had grown steadily over the past decade, according to a new report.`,
  ];
  return shapes[i % shapes.length]!;
}

const paragraphs: string[] = [];
let words = 0;
for (let i = 0; words < WORDS; i++) {
  const text = [sentence(i), sentence(i + 1), sentence(i + 2)].join(' ');
  paragraphs.push(text);
  words += text.split(/\s+/).length;
}
const published = { iso: '2024-06-15T00:00:00.000Z', precision: 'day' as const };
for (let i = 0; i < 5; i++) tagAndPropose(paragraphs, published);
const propose: number[] = [];
const tag: number[] = [];
let facts = 0;
for (let i = 0; i < RUNS; i++) {
  const run = tagAndPropose(paragraphs, published);
  propose.push(run.proposeMs);
  tag.push(run.tagMs);
  facts = run.facts.length;
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)]!;
console.log(`article: ${words.toLocaleString('en')} words, ${paragraphs.length} paragraphs; ${facts} facts proposed`);
console.log(`proposeFacts: median ${median(propose).toFixed(1)} ms, p95 ${p95(propose).toFixed(1)} ms over ${RUNS} runs (budget: median < 100 ms)`);
console.log(`tagging the same article (before proposing): median ${median(tag).toFixed(1)} ms`);
if (median(propose) >= 100) process.exitCode = 1;
