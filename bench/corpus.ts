// Synthetic corpus for benchmarks: `npm run bench:corpus -- --articles 100000 --create
// --database-url postgresql://…/caspian_bench_100k`. Articles on Central Asian security in many
// outlets and both eras, naming the knowledge base's entities in their various forms; mentions
// come from the project's own tagger. See bench/lib/corpus-options.ts for every option.
import { generateCorpus } from './lib/corpus-run';
import { parseCorpusOptions, type CorpusOptions } from './lib/corpus-options';

function options(): CorpusOptions {
  try {
    return parseCorpusOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

try {
  const s = await generateCorpus(options());
  console.log(
    `Done: ${s.articles.toLocaleString('en')} articles, ${s.paragraphs.toLocaleString('en')} paragraphs, ` +
      `${s.mentions.toLocaleString('en')} mentions into "${s.database}" in ${s.seconds.toFixed(1)} s ` +
      `(generating and inserting ${s.loadSeconds.toFixed(1)} s, ${(s.articles / s.loadSeconds).toFixed(0)} articles/s); ` +
      `${s.indexed.toLocaleString('en')} of them have their search document.`,
  );
  if (s.indexed < s.articles) {
    console.error(`Only ${s.indexed} of the generated articles have a search document: are the search triggers in place?`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
