// Accuracy of the importer on real articles from many outlets: `npx tsx bench/devset-accuracy.ts
// [--misses] [--address] [set…]` (default: tuned, heldout and heldout-13). Labels are in bench/devsets/import/<set>.json:
// tuned.json (looked at while the importer was written), the others labelled first and never used to tune
// it. The texts (not in git) are in devset/import/<id>.txt, each found again by searching the pages
// corpus for the label's query and taking the page at its url.
import { existsSync, readFileSync } from 'node:fs';
import { documentArticle } from '@/lib/importer/document-article';
import { readSource } from '@/lib/importer/sources/read-source';

/** null: the text does not state it; "?": ambiguous, not scored. */
interface Label {
  id: string;
  url: string;
  title: string | null;
  authors: string[] | '?';
  publication: string | null;
  published: string | null;
}

type FieldName = 'title' | 'authors' | 'publication' | 'published';
type Tally = { stated: number; right: number; silentRight: number; silent: number; invented: number };
const FIELDS: FieldName[] = ['title', 'authors', 'publication', 'published'];
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim();
const people = (names: string[]) => (names.length ? names.map(fold).sort().join(' | ') : null);
const showMisses = process.argv.includes('--misses');
// --address: each text read as an import by address would give it, with an "Address:" line for its url.
const withAddress = process.argv.includes('--address');
// The pages corpus opens some stored pages with its own " date YYYY-MM-DD" note (or YYYY-MM) (when it stored the
// page), which is not part of the article: the labels never count it as a stated date, and the text
// an editor would paste does not have it.
const withoutStoreNote = (text: string): string => text.replace(/^\s*date \d{4}(?:-\d{2}){0,2}\s+/u, '');

async function score(set: string): Promise<boolean> {
  const { articles } = JSON.parse(readFileSync(`bench/devsets/import/${set}.json`, 'utf8')) as { articles: Label[] };
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { stated: 0, right: 0, silentRight: 0, silent: 0, invented: 0 }])) as Record<FieldName, Tally>;
  const misses: string[] = [];
  let read = 0;
  for (const label of articles) {
    const path = `devset/import/${label.id}.txt`;
    if (!existsSync(path)) {
      misses.push(`${label.id}: text missing (${path})`);
      continue;
    }
    read++;
    const text = withoutStoreNote(readFileSync(path, 'utf8'));
    const doc = documentArticle(await readSource(`${label.id}.txt`, Buffer.from(withAddress ? `Address: ${label.url}\n\n${text}` : text)));
    const got: Record<FieldName, string | null> = {
      title: doc.parsed.title,
      authors: people(doc.parsed.authors),
      publication: doc.parsed.publication?.name ?? null,
      published: doc.parsed.published ? doc.parsed.published.iso.slice(0, 10) : null,
    };
    const want: Record<FieldName, string | null> = {
      title: label.title,
      authors: label.authors === '?' ? '?' : people(label.authors),
      publication: label.publication,
      published: label.published,
    };
    for (const f of FIELDS) {
      const w = want[f];
      const g = got[f];
      if (w === '?') continue;
      const t = tally[f];
      if (w === null) {
        t.silent++;
        if (g === null) t.silentRight++;
        else {
          t.invented++;
          misses.push(`${label.id} ${f}: invented "${g}"`);
        }
      } else {
        t.stated++;
        if (g !== null && fold(g) === fold(w)) t.right++;
        else misses.push(`${label.id} ${f}: want "${w}", got ${g === null ? 'nothing' : `"${g}"`}`);
      }
    }
  }
  const outlets = new Set(articles.map((a) => new URL(a.url).hostname.replace(/^(www|en|eng|usa|global)\./, ''))).size;
  console.log(`\n${set}: ${read} of ${articles.length} labelled articles read, from ${outlets} outlets.`);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : 'n/a');
  for (const f of FIELDS) {
    const t = tally[f];
    console.log(`  ${f.padEnd(12)} right in ${t.right}/${t.stated} that state it (${pct(t.right, t.stated)}); left empty in ${t.silentRight}/${t.silent} that do not; invented: ${t.invented}`);
  }
  // Held-out misses stay hidden unless asked for: reading them is how a held-out set stops being one.
  if (misses.length && (set === 'tuned' || showMisses)) console.log(`  Misses:\n    ${misses.join('\n    ')}`);
  else if (misses.length) console.log(`  ${misses.length} misses (--misses lists them)`);
  return read === articles.length;
}

const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = named.length ? named : ['tuned', 'heldout', 'heldout-13'];
const complete: boolean[] = [];
for (const set of sets) complete.push(await score(set));
if (!complete.every(Boolean)) console.log('\nSome texts are missing: rebuild devset/import/ from each label\'s query and url.');
