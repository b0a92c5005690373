import { z } from 'zod';
import { parseTrustedProxies } from '@/lib/platform/security/client-address';
import { NONCE_SHAPE } from '@/lib/platform/security/csp';

// The one place that reads process.env: everything else imports from here.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Optional here so that `next build` needs no database; requireDatabaseUrl() enforces it at use.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string')
    .optional(),
  /** Streaming replicas for reader queries, comma-separated postgresql:// strings; unset: the primary serves all. */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter(Boolean))
    .refine((urls) => urls.every((u) => /^postgres(ql)?:\/\//.test(u)), 'DATABASE_REPLICA_URLS must list postgresql:// connection strings'),
  /** Redis for tag expiry across instances (redis://host:port); unset: one instance, nothing shared. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// address').optional(),
  /** With REDIS_URL, how long a page stays in Redis at most (hours), whatever its tags. */
  REDIS_PAGE_TTL_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(24),
  /** How long the production server keeps a popular search's page (seconds; any write drops it sooner); 0: never. */
  SEARCH_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** On SIGTERM, how long the server waits for requests in flight and running jobs (seconds). */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(25),
  /** Public origin used for canonical URLs and permalinks. */
  SITE_URL: z.url().default('http://localhost:3000'),
  /** Signs session cookies; `npm start` provides one kept in .data/ when it is unset. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** The first admin, created (or given this password) when both are set. */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  /** Optional single sign-on: an OpenID Connect issuer and client, switched on when all three are set. */
  AUTH_OIDC_ISSUER: z.url().optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); unset: the socket's address. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  /** A session unused this long ends (minutes). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** A session ends this long after sign-in, however busy (hours). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
  /** Sign-in attempts and security events are kept this long (days). */
  SECURITY_EVENT_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(5).max(100_000).default(20),
  /** Roles that must sign in with a second factor (TOTP); comma-separated, `none` for nobody. Everyone may choose one. */
  MFA_REQUIRED_ROLES: z
    .string()
    .default('ADMIN')
    .transform((v, ctx) => {
      const roles = v.trim().toLowerCase() === 'none' ? [] : v.split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
      const unknown = roles.filter((r) => !['ADMIN', 'EDITOR', 'CONTRIBUTOR'].includes(r));
      if (unknown.length) ctx.addIssue({ code: 'custom', message: `MFA_REQUIRED_ROLES: unknown role ${unknown.join(', ')}` });
      return roles as ('ADMIN' | 'EDITOR' | 'CONTRIBUTOR')[];
    }),
  /** Outgoing mail (smtp:// or smtps://user:pass@host:port); unset: links are shown to copy instead. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// address')
    .optional(),
  /** The sender of the portal's mail. */
  MAIL_FROM: z.string().min(3).default('Caspian Briefings <no-reply@localhost>'),
  /** Largest request body the production server accepts (MB): one imported file of 5 MB and its envelope fit. */
  MAX_BODY_MB: z.coerce.number().positive().max(1024).default(6),
  /** Tests only: lets an import by URL fetch pages from loopback and private addresses. */
  IMPORT_ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Set by the production server (scripts/serve.ts), never by hand: the nonce pages are rendered with. */
  CSP_NONCE_PLACEHOLDER: z.string().regex(NONCE_SHAPE).optional(),
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
