import { z } from 'zod';

// The one place that reads process.env: everything else imports from here.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Optional here so that `next build` needs no database; requireDatabaseUrl() enforces it at use.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string')
    .optional(),
  /** Public origin used for canonical URLs and permalinks. */
  SITE_URL: z.url().default('http://localhost:3000'),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${issues}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Start the portal with `npm start`, which provides one.');
  }
  return env.DATABASE_URL;
}
