import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run';

export interface NginxOptions {
  /** Where nginx listens. */
  port: number;
  /** The instances' ports, in place of the sample's 3001 and 3002 (one or more). */
  upstreams: number[];
  /** In place of the sample's `worker_processes auto`. */
  workers?: number;
  /** The nonce token (deploy/nginx.conf); a fresh one by default, as a deployment makes its own. */
  token?: string;
}

function replaceOnce(text: string, from: string | RegExp, to: string | ((...match: string[]) => string)): string {
  const next = text.replace(from, to as string);
  if (next === text) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}: update e2e/platform/nginx.ts with it`);
  return next;
}

/** A nonce token as deploy/nginx.conf asks for (`openssl rand -base64 16`). */
export const newNonceToken = () => randomBytes(16).toString('base64');

/** deploy/nginx.conf with the run's ports, token and paths of its own (several runs may share /tmp). */
export function nginxConfig(template: string, { port, upstreams, workers, token = newNonceToken() }: NginxOptions, dir: string): string {
  let config = replaceOnce(template, /listen 8080;/, `listen 127.0.0.1:${port};`);
  config = replaceOnce(config, /( *)server 127\.0\.0\.1:3001 ([^\n]*)\n *server 127\.0\.0\.1:3002 [^\n]*\n/, (_: string, indent: string, rest: string) =>
    upstreams.map((p) => `${indent}server 127.0.0.1:${p} ${rest}\n`).join(''),
  );
  config = replaceOnce(config, /"REPLACE-WITH-openssl-rand-base64-16"/, `"${token}"`);
  if (workers) config = replaceOnce(config, /worker_processes auto;/, `worker_processes ${workers};`);
  config = replaceOnce(config, /\/tmp\/caspian-nginx/g, join(dir, 'nginx'));
  return config;
}

/** nginx in the foreground with the sample configuration; Debian's `nginx` package (.ci/run installs it). */
export interface RunningNginx {
  process: ChildProcess;
  /** What nginx logged (each upstream it gave up on, and why). */
  errors: () => string;
  stop: () => Promise<void>;
  /** The nonce token it sends the instances and replaces in what they answer. */
  token: string;
}

export function startNginx(options: NginxOptions): RunningNginx {
  // Debian puts it in /usr/sbin, which an ordinary user's PATH may lack.
  const bin = spawnSync('nginx', ['-v']).error ? '/usr/sbin/nginx' : 'nginx';
  if (spawnSync(bin, ['-v']).error) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'caspian-nginx-'));
  // Started as root, nginx's workers run as an unprivileged user: they must reach the cache beneath.
  chmodSync(dir, 0o755);
  const file = join(dir, 'nginx.conf');
  const token = options.token ?? newNonceToken();
  writeFileSync(file, nginxConfig(readFileSync(`${ROOT}deploy/nginx.conf`, 'utf8'), { ...options, token }, dir));
  const args = ['-c', file, '-p', dir, '-e', join(dir, 'error.log'), '-g', 'daemon off;'];
  const check = spawnSync(bin, ['-t', ...args.slice(0, 6)], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child = spawn(bin, args, { stdio: 'ignore' });
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => (rmSync(dir, { recursive: true, force: true }), resolve());
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGQUIT');
    });
  const errors = () => {
    try {
      return readFileSync(join(dir, 'nginx-error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  return { process: child, errors, stop, token };
}
