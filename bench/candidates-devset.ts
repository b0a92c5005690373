// Candidate quality on the dev set of real articles (npx tsx bench/candidates-devset.ts [--list]
// [--set candidates-heldout]).
// Texts live under devset/candidates/ (kept out of git); bench/devsets/candidates/annotations.json
// lists every entity each names, typed, and the query that finds the text again. Only names the
// seed knowledge base does not link count. Prints recall (proposed with the whole name), type
// accuracy of those, and the shares of candidates that are no entity or a cut/overlong span.
import { existsSync, readFileSync } from 'node:fs';
import { seedEntities } from '../lib/entities/seed';
import { taggerNamesFromSeed } from '../lib/entities/seed/tagger-names';
import { parseArticle } from '../lib/importer';
import { compileGazetteer, normalizeForMatch, tagArticle } from '../lib/tagging/index';
import type { Candidate } from '../lib/tagging/index';

interface GoldName {
  name: string;
  type: string;
  aliases?: string[];
}
interface Annotated {
  file: string;
  url: string;
  query: string;
  names: GoldName[];
  notEntities: string[];
}

const root = new URL('../', import.meta.url);
const setIndex = process.argv.indexOf('--set');
const set = setIndex > 0 ? (process.argv[setIndex + 1] ?? 'candidates') : 'candidates';
if (!/^[a-z0-9-]+$/.test(set)) throw new Error(`not a dev set name: ${set}`);
const annotations = JSON.parse(readFileSync(new URL(`bench/devsets/${set}/annotations.json`, root), 'utf8')) as { articles: Annotated[] };
const gazetteer = compileGazetteer(taggerNamesFromSeed(seedEntities));
const list = process.argv.includes('--list');

const proposedName = (c: Candidate): string => ('name' in c && typeof c.name === 'string' ? c.name : c.surface);
const forms = (g: GoldName): string[] => [g.name, ...(g.aliases ?? [])].map(normalizeForMatch);

let unknown = 0;
let recalled = 0;
let typedRight = 0;
let total = 0;
let noise = 0;
let cut = 0;
let missingTexts = 0;
const lines: string[] = [];

for (const article of annotations.articles) {
  const path = new URL(`devset/${set}/${article.file}`, root);
  if (!existsSync(path)) {
    missingTexts++;
    continue;
  }
  const paragraphs = parseArticle(readFileSync(path, 'utf8')).paragraphs.map((p, i) => ({ id: i + 1, text: p.text }));
  const text = normalizeForMatch(paragraphs.map((p) => p.text).join('\n'));
  const result = tagArticle(gazetteer, paragraphs);
  const linked = new Set(result.mentions.map((m) => normalizeForMatch(m.surface)));
  const present = article.names.filter((g) => forms(g).some((f) => ` ${text} `.includes(` ${f} `)));
  const lacking = present.filter((g) => !forms(g).some((f) => linked.has(f)));

  const byName = new Map<string, Candidate>();
  for (const c of result.candidates) {
    for (const key of new Set([normalizeForMatch(proposedName(c)), normalizeForMatch(c.surface)])) if (!byName.has(key)) byName.set(key, c);
  }
  for (const g of lacking) {
    unknown++;
    const hit = forms(g).map((f) => byName.get(f)).find((c) => c !== undefined);
    if (hit) {
      recalled++;
      if (hit.suggestedType === g.type) typedRight++;
      else lines.push(`  mistyped ${article.file}: ${g.name} (${g.type}) proposed as ${hit.suggestedType}`);
    } else lines.push(`  missed   ${article.file}: ${g.name} (${g.type})`);
  }

  const seen = new Set<string>();
  for (const c of result.candidates) {
    const key = normalizeForMatch(proposedName(c));
    if (seen.has(key)) continue;
    seen.add(key);
    total++;
    const keys = [key, normalizeForMatch(c.surface)];
    if (article.names.some((g) => forms(g).some((f) => keys.includes(f)))) continue;
    const overlaps = article.names.some((g) => forms(g).some((f) => keys.some((k) => ` ${k} `.includes(` ${f} `) || ` ${f} `.includes(` ${k} `))));
    if (overlaps) {
      cut++;
      lines.push(`  span     ${article.file}: ${proposedName(c)} (${c.suggestedType})`);
    } else {
      noise++;
      lines.push(`  noise    ${article.file}: ${proposedName(c)} (${c.suggestedType})`);
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const articles = annotations.articles.length - missingTexts;
if (list) console.log(lines.join('\n'));
if (missingTexts > 0) console.log(`${missingTexts} texts missing under devset/${set}/ (see annotations.json for their addresses)`);
console.log(`dev set ${set}: ${articles} articles, ${unknown} names the knowledge base lacks, ${total} distinct candidates`);
console.log(`recall (whole name): ${recalled}/${unknown} = ${pct(recalled, unknown)} (aim >= 70%)`);
console.log(`typed right: ${typedRight}/${recalled} = ${pct(typedRight, recalled)} (aim >= 85%)`);
console.log(`noise (no entity): ${noise}/${total} = ${pct(noise, total)} (aim <= 15%); cut or overlong spans: ${cut}/${total} = ${pct(cut, total)}`);
