// How long the production server takes to send a cached page, one request at a time, as a
// reader's browser asks (gzip) and as a plain client does: /compare (the largest page, over a
// megabyte) beside small cached pages in the same run, so the figure says what the size costs.
// Times are taken over a raw HTTP connection: from the request to the last byte received, without
// decompressing (fetch would add the client's own gunzip to the server's time).
// Budget (issue 20): cached /compare median < 5 ms.
//   npx tsx bench/cached-serve.ts [--rounds 200] [--port 3440]
// Needs a `next build` and DATABASE_URL (a seeded database).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { arg, median, startPortal, warm } from './lib/portal';
import { benchPort } from './lib/reader-page-types';

const ROUNDS = arg('rounds', 200);
const PORT = benchPort(3440);
const PAGES = ['/compare', '/compare/kazakhstan', '/countries/kazakhstan', '/briefs', '/'];
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function timed(origin: string, path: string, encoding: string): Promise<{ ms: number; bytes: number; front: boolean }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request(`${origin}${path}`, { agent, headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${path} answered ${res.statusCode}`));
        // Next names its own cache hits; the front cache answers with the headers Next sent then.
        else resolve({ ms: performance.now() - start, bytes, front: res.headers['x-nextjs-cache'] === 'HIT' });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const { server, origin } = await startPortal(PORT);
try {
  const misses = await warm(origin, PAGES);
  if (misses.length) console.log(`not served from the cache after warming: ${misses.join(', ')}`);
  console.log(`cached pages, one request at a time, median of ${ROUNDS} (time to the last byte, not decompressed)`);
  let compare = NaN;
  for (const encoding of ['gzip', 'identity']) {
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await timed(origin, path, encoding));
      const ms = median(runs.map((r) => r.ms));
      if (path === '/compare' && encoding === 'gzip') compare = ms;
      console.log(`  ${encoding.padEnd(8)} ${path.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms  ${runs[0]?.bytes.toLocaleString('en').padStart(10)} bytes`);
    }
  }
  console.log(`cached /compare (gzip): median ${compare.toFixed(2)} ms (budget < 5 ms)  ${compare < 5 ? 'PASS' : 'FAIL'}`);
} finally {
  agent.destroy();
  server.kill('SIGTERM');
}
