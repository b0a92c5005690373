// wrk (Debian's package, installed with apt-get when missing) for the load benchmarks: one process
// per class of requests, each cycling through its own addresses and counting the statuses it got.
// wrk, in C with its own threads, is not the limit here; autocannon, one Node thread for every
// connection, was: under the 200-connection mix it could not read the 1.9 MB /compare pages of its
// 10 connections within 10 s while it parsed the other 190 connections' answers.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command} || test -x /usr/sbin/${command}`]).status === 0;

/** Installs wrk and nginx with apt-get when they are missing (as root, or through sudo). */
export function ensureTools(tools: readonly string[] = ['wrk', 'nginx']): void {
  const missing = tools.filter((c) => !found(c));
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(', ')} (apt-get)…`);
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) => execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['apt-get', ...args], { stdio: 'inherit' });
  apt('update');
  apt('install', '-y', ...missing);
}

export interface WrkResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** connect, read and write errors */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** status → count, when the run counted them (a paths script) */
  statuses: Record<string, number>;
}

export interface WrkOptions {
  connections: number;
  seconds: number;
  threads?: number;
  headers?: string[];
  /** A Lua script made by pathsScript. */
  script?: string;
}

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);

export function parseWrk(out: string): WrkResult {
  const latency = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return m ? ms(m[1] ?? '', m[2] ?? '') : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const statuses = /^statuses (\{.*\})$/m.exec(out)?.[1];
  return {
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: latency('50'),
    p99: latency('99'),
    errors: socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    statuses: statuses ? (JSON.parse(statuses) as Record<string, number>) : {},
  };
}

/**
 * A Lua script that cycles through `paths` (each thread from its own place) and prints, at the end,
 * `statuses {"200":n,…}` summed over the threads.
 */
export function pathsScript(dir: string, name: string, paths: readonly string[]): string {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.lua`);
  writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local threads = {}
local n = 0
function setup(thread)
  n = n + 1
  thread:set("start", n * 7)
  table.insert(threads, thread)
end
function init(args)
  i = start or 0
  statuses = {}
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do total[code] = (total[code] or 0) + count end
  end
  local parts = {}
  for code, count in pairs(total) do table.insert(parts, string.format('"%s":%d', code, count)) end
  io.write("statuses {" .. table.concat(parts, ",") .. "}\\n")
end
`,
  );
  return file;
}

const wrkArgs = (url: string, o: WrkOptions) => {
  const args = [`-t${o.threads ?? 1}`, `-c${o.connections}`, `-d${o.seconds}s`, '--latency', '--timeout', '10s'];
  for (const header of o.headers ?? []) args.push('-H', header);
  if (o.script) args.push('-s', o.script);
  return [...args, url];
};

/** One wrk run, waited for. */
export function wrkSync(url: string, options: WrkOptions): WrkResult {
  return parseWrk(execFileSync('wrk', wrkArgs(url, options), { encoding: 'utf8' }));
}

/** One wrk run in its own process, so several can run side by side. */
export function wrk(url: string, options: WrkOptions): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    execFile('wrk', wrkArgs(url, options), { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(parseWrk(stdout))));
  });
}
