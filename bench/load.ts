// Cached reader pages against the ceiling: the same page served from disk by nginx, both under wrk
// with the same connections, in the same run (rounds alternate, so drift hits both alike). nginx
// runs one worker, as the portal is one Node process. Also the portal over many reader pages, and
// compressed as browsers ask (for information).
// Budget: the cached page ≥ half nginx's requests per second, and no errors or non-2xx.
//   npx tsx bench/load.ts [--seconds 10] [--rounds 3] [--connections 50] [--pages 40]
// Needs a `next build`, DATABASE_URL (a seeded database), and Debian's wrk and nginx (installed
// with apt-get when missing).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arg, median, readerPages, startPortal, warm } from './lib/portal';

const SECONDS = arg('seconds', 10);
const ROUNDS = arg('rounds', 3);
const CONNECTIONS = arg('connections', 50);
const PAGES = arg('pages', 40);
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? PORT + 1);

const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command} || test -x /usr/sbin/${command}`]).status === 0;
function ensureTools(): void {
  const missing = ['wrk', 'nginx'].filter((c) => !found(c));
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(', ')} (apt-get)…`);
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) => execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['apt-get', ...args], { stdio: 'inherit' });
  apt('update');
  apt('install', '-y', ...missing);
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);

/** wrk against one URL, or a list of paths through a Lua script. */
function wrk(url: string, options: { script?: string; headers?: string[] } = {}): Round {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', '--timeout', '10s'];
  for (const header of options.headers ?? []) args.push('-H', header);
  if (options.script) args.push('-s', options.script);
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const latency = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return m ? ms(m[1] ?? '', m[2] ?? '') : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: latency('50'),
    p99: latency('99'),
    errors: errors ? errors.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

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
  server { listen 127.0.0.1:${NGINX_PORT}; root ${dir}; location / { default_type text/html; try_files /page.html =404; } }
}
`,
  );
  // Debian puts it in /usr/sbin, which an ordinary user's PATH may lack.
  const bin = spawnSync('sh', ['-c', 'command -v nginx']).status === 0 ? 'nginx' : '/usr/sbin/nginx';
  return spawn(bin, ['-c', conf, '-p', dir], { stdio: 'ignore' });
}

ensureTools();
const dir = mkdtempSync(path.join(tmpdir(), 'caspian-load-'));
const { server, origin } = await startPortal(PORT);
let nginx: ReturnType<typeof spawn> | undefined;
try {
  const pages = await readerPages(origin, PAGES);
  const misses = await warm(origin, pages);
  // The page both serve: an article, as readers mostly open (the first in the sitemap).
  const page = pages.find((p) => p.startsWith('/articles/')) ?? '/';
  const html = await (await fetch(origin + page)).text();
  nginx = startNginx(dir, html);
  await new Promise((r) => setTimeout(r, 500));
  const script = path.join(dir, 'pages.lua');
  writeFileSync(script, `local paths = {${pages.map((p) => JSON.stringify(p)).join(',')}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n`);
  console.log(`${pages.length} reader pages, warmed; the page compared: ${page} (${html.length.toLocaleString('en')} bytes)`);
  if (misses.length) console.log(`not served from the cache: ${misses.join(', ')}`);

  const rounds: Record<'nginx' | 'page' | 'pages' | 'gzip', Round[]> = { nginx: [], page: [], pages: [], gzip: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    rounds.nginx.push(wrk(`http://127.0.0.1:${NGINX_PORT}${page}`));
    rounds.page.push(wrk(origin + page));
    rounds.pages.push(wrk(origin, { script }));
    rounds.gzip.push(wrk(origin + page, { headers: ['Accept-Encoding: gzip, deflate, br'] }));
    const line = (name: string, r: Round) => `${name} ${r.rps.toFixed(0)} req/s (p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms)`;
    console.log(`round ${round}: ${line('nginx', rounds.nginx.at(-1)!)} · ${line('page', rounds.page.at(-1)!)} · ${line('pages', rounds.pages.at(-1)!)} · ${line('gzip', rounds.gzip.at(-1)!)}`);
  }
  const m = (list: Round[]) => median(list.map((r) => r.rps));
  const ratio = m(rounds.page) / m(rounds.nginx);
  const errors = Object.values(rounds).flat().reduce((n, r) => n + r.errors + r.non2xx, 0);
  console.log(`\nwrk, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, medians:`);
  console.log(`  nginx, the page from disk  ${m(rounds.nginx).toFixed(0)} req/s`);
  console.log(`  portal, the cached page    ${m(rounds.page).toFixed(0)} req/s`);
  console.log(`  portal, ${pages.length} cached pages   ${m(rounds.pages).toFixed(0)} req/s`);
  console.log(`  portal, the page gzipped   ${m(rounds.gzip).toFixed(0)} req/s (as browsers ask; for information)`);
  console.log(`  ratio page / nginx         ${ratio.toFixed(2)} (budget ≥ 0.50)  ${ratio >= 0.5 ? 'PASS' : 'FAIL'}`);
  console.log(`  errors and non-2xx         ${errors} (budget 0)  ${errors === 0 && misses.length === 0 ? 'PASS' : 'FAIL'}`);
} finally {
  nginx?.kill('SIGTERM');
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
