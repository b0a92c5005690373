import { parseArgs } from 'node:util';

export interface CorpusOptions {
  articles: number;
  databaseUrl: string;
  seed: string;
  create: boolean;
  append: boolean;
}

export const CORPUS_USAGE = `Usage: npm run bench:corpus -- [--articles N] [--database-url URL] [--seed S] [--create] [--append]

  --articles N        synthetic articles to add (default 10000)
  --database-url URL  target database (default: DATABASE_URL)
  --seed S            seed of the generator: the same seed gives the same articles (default "caspian")
  --create            create the database (it must not exist), migrate it and seed the knowledge base
  --append            allow adding to a database that already holds the real seeded corpus`;

/** Reads the command line; throws with the usage text on anything it does not understand. */
export function parseCorpusOptions(argv: string[], env: NodeJS.ProcessEnv): CorpusOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      'database-url': { type: 'string' },
      seed: { type: 'string', default: 'caspian' },
      create: { type: 'boolean', default: false },
      append: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(CORPUS_USAGE);
  const articles = Number(values.articles.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number.\n\n${CORPUS_USAGE}`);
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(`No database: pass --database-url or set DATABASE_URL. The generator never picks a database on its own.\n\n${CORPUS_USAGE}`);
  }
  return { articles, databaseUrl, seed: values.seed, create: values.create, append: values.append };
}
