import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { smtpPort } from './e2e/setup/mail';

// Debian's Chromium where present (Playwright cannot download its own browser on every machine).
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
// The identity provider single sign-on is tested against (e2e/setup/oidc-provider.ts), on the next port.
const oidcPort = port + 1;
const oidc = { AUTH_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`, AUTH_OIDC_ID: 'caspian-e2e', AUTH_OIDC_SECRET: 'e2e-client-secret' };
// As root Chromium needs --no-sandbox; the rest keeps it from calling home on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  },
};
const ALONE = [/platform\/two-instances\.spec\.ts$/, /reader\/database-down\.spec\.ts$/];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/, use: { launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS } } },
    { name: 'chromium', dependencies: ['setup'], testIgnore: ALONE, use: browser },
    // Specs that time what the portal does under load of their own (a publish seen within a second,
    // an outage under looping clients) run after the rest, one after the other, so that the other
    // specs' work is not what they measure.
    ...ALONE.map((spec, i) => ({ name: `alone-${i + 1}`, dependencies: [i === 0 ? 'chromium' : `alone-${i}`], testMatch: spec, use: browser })),
  ],
  webServer: [
    {
      command: 'node --import tsx e2e/setup/oidc-provider.ts',
      url: `${oidc.AUTH_OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { ...oidc, E2E_OIDC_PORT: String(oidcPort) },
    },
    {
      // The production build behind the production server, as readers get it (npm test builds it first).
      command: `node --import tsx scripts/serve.ts`,
      // Ready when the sign-in page renders: the first specs sign in, and should not pay its cold start.
      url: `http://127.0.0.1:${port}/sign-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
        ...(process.env.AUTH_SECRET ? { AUTH_SECRET: process.env.AUTH_SECRET } : {}),
        ...oidc,
        // The import-by-address journey serves its page from this machine.
        IMPORT_ALLOW_PRIVATE_URLS: 'true',
        // Every browser of the run signs in from one loopback address, as editors behind one office NAT
        // would; the specs' deliberate failures must not add up to that address's limit. The limit per
        // account and address, which the specs check, stays as it is.
        SIGN_IN_ADDRESS_LIMIT: '1000',
      },
    },
  ],
});
