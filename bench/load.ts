// Cached reader pages against the ceiling, under wrk with the same connections, in the same run
// (rounds alternate, so drift hits both alike): nginx serving the same page from disk, the portal
// asked directly, and the portal through nginx as deployed (deploy/nginx.conf itself: it writes each
// response's nonce and keeps what an instance's front cache serves for a second) with one instance and
// with two. nginx runs one worker, as each instance is one Node process. Also,
// for information, the portal over many reader pages and through nginx compressed as browsers ask.
// Budgets: the cached page directly ≥ half nginx's requests per second, and through nginx with two
// instances ≥ half too; no errors or non-2xx.
//   npx tsx bench/load.ts [--seconds 10] [--rounds 3] [--connections 50] [--pages 40]
// Needs a `next build`, DATABASE_URL (a seeded database), and Debian's wrk and nginx (installed
// with apt-get when missing). Uses BENCH_PORT (3410) and the four ports after it.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNginx as startDeployedNginx, type RunningNginx } from '../scripts/lib/nginx';
import { arg, median, readerPages, startPortal, warm } from './lib/portal';
import { ensureTools, pathsScript, wrkSync, type WrkResult } from './lib/wrk';

const SECONDS = arg('seconds', 10);
const ROUNDS = arg('rounds', 3);
const CONNECTIONS = arg('connections', 50);
const PAGES = arg('pages', 40);
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const SECOND_PORT = PORT + 1;
const STATIC_PORT = PORT + 2;
const ONE_PORT = PORT + 3;
const TWO_PORT = PORT + 4;

function startNginx(dir: string, html: string): ReturnType<typeof spawn> {
  // nginx's workers run as an unprivileged user when it is started as root: they must read the page.
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, 'page.html'), html, { mode: 0o644 });
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  server { listen 127.0.0.1:${STATIC_PORT}; root ${dir}; location / { default_type text/html; try_files /page.html =404; } }
}
`,
  );
  // Debian puts it in /usr/sbin, which an ordinary user's PATH may lack.
  const bin = spawnSync('sh', ['-c', 'command -v nginx']).status === 0 ? 'nginx' : '/usr/sbin/nginx';
  return spawn(bin, ['-c', conf, '-p', dir], { stdio: 'ignore' });
}

ensureTools();
// The instances believe nginx's nonce token only from a trusted proxy.
process.env.TRUSTED_PROXIES ??= '127.0.0.1';
const dir = mkdtempSync(path.join(tmpdir(), 'caspian-load-'));
const [first, second] = await Promise.all([startPortal(PORT), startPortal(SECOND_PORT)]);
const { origin } = first;
let nginx: ReturnType<typeof spawn> | undefined;
let deployed: RunningNginx[] = [];
try {
  const pages = await readerPages(origin, PAGES);
  const misses = [...(await warm(origin, pages)), ...(await warm(second.origin, pages))];
  // The page all serve: an article, as readers mostly open (the first in the sitemap).
  const page = pages.find((p) => p.startsWith('/articles/')) ?? '/';
  const html = await (await fetch(origin + page)).text();
  nginx = startNginx(dir, html);
  // As deployed: deploy/nginx.conf, one worker like the nginx it is compared with.
  deployed = [startDeployedNginx({ port: ONE_PORT, upstreams: [PORT], workers: 1 }), startDeployedNginx({ port: TWO_PORT, upstreams: [PORT, SECOND_PORT], workers: 1 })];
  await new Promise((r) => setTimeout(r, 500));
  const script = pathsScript(dir, 'pages', pages);
  console.log(`${pages.length} reader pages, warmed on both instances; the page compared: ${page} (${html.length.toLocaleString('en')} bytes)`);
  if (misses.length) console.log(`not served from the cache: ${misses.join(', ')}`);

  const nginxAt = (port: number) => `http://127.0.0.1:${port}${page}`;
  const runs: Record<string, () => WrkResult> = {
    'nginx, the page from disk': () => wrkSync(nginxAt(STATIC_PORT), { connections: CONNECTIONS, seconds: SECONDS, threads: 2 }),
    'portal, the cached page': () => wrkSync(origin + page, { connections: CONNECTIONS, seconds: SECONDS, threads: 2 }),
    'nginx → one instance': () => wrkSync(nginxAt(ONE_PORT), { connections: CONNECTIONS, seconds: SECONDS, threads: 2 }),
    'nginx → two instances': () => wrkSync(nginxAt(TWO_PORT), { connections: CONNECTIONS, seconds: SECONDS, threads: 2 }),
    [`portal, ${pages.length} cached pages`]: () => wrkSync(origin, { connections: CONNECTIONS, seconds: SECONDS, threads: 2, script }),
    'nginx → two, gzip': () => wrkSync(nginxAt(TWO_PORT), { connections: CONNECTIONS, seconds: SECONDS, threads: 2, headers: ['Accept-Encoding: gzip, deflate, br'] }),
  };
  const rounds: Record<string, WrkResult[]> = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    const line: string[] = [];
    for (const [name, run] of Object.entries(runs)) {
      const r = run();
      rounds[name]!.push(r);
      line.push(`${name} ${r.rps.toFixed(0)} req/s (p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms)`);
    }
    console.log(`round ${round}: ${line.join(' · ')}`);
  }
  const m = (name: string) => median(rounds[name]!.map((r) => r.rps));
  const disk = m('nginx, the page from disk');
  console.log(`\nwrk, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, medians (ratio to nginx from disk):`);
  for (const name of Object.keys(runs)) console.log(`  ${name.padEnd(28)} ${m(name).toFixed(0).padStart(7)} req/s  ×${(m(name) / disk).toFixed(2)}`);
  const direct = m('portal, the cached page') / disk;
  const two = m('nginx → two instances') / disk;
  const errors = Object.values(rounds).flat().reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  console.log(`  ratio page / nginx           ${direct.toFixed(2)} (budget ≥ 0.50)  ${direct >= 0.5 ? 'PASS' : 'FAIL'}`);
  console.log(`  ratio through nginx, two     ${two.toFixed(2)} (budget ≥ 0.50)  ${two >= 0.5 ? 'PASS' : 'FAIL'}`);
  console.log(`  errors and non-2xx           ${errors} (budget 0)  ${errors === 0 && misses.length === 0 ? 'PASS' : 'FAIL'}`);
} finally {
  nginx?.kill('SIGTERM');
  await Promise.all(deployed.map((n) => n.stop()));
  first.server.kill('SIGTERM');
  second.server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
