import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/run';

export interface NginxOptions {
  /** Where nginx listens. */
  port: number;
  /** The instances' ports, in place of the sample's 3001 and 3002. */
  upstreams: [number, number];
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}: update e2e/platform/nginx.ts with it`);
  return next;
}

/** deploy/nginx.conf with the test's ports and paths of its own (several runs may share /tmp). */
export function nginxConfig(template: string, { port, upstreams }: NginxOptions, dir: string): string {
  let config = replaceOnce(template, /listen 8080;/, `listen 127.0.0.1:${port};`);
  config = replaceOnce(config, /server 127\.0\.0\.1:3001 /, `server 127.0.0.1:${upstreams[0]} `);
  config = replaceOnce(config, /server 127\.0\.0\.1:3002 /, `server 127.0.0.1:${upstreams[1]} `);
  config = replaceOnce(config, /\/tmp\/caspian-nginx/g, join(dir, 'nginx'));
  return config;
}

/** nginx in the foreground with the sample configuration; Debian's `nginx` package (.ci/run installs it). */
export interface RunningNginx {
  process: ChildProcess;
  /** What nginx logged (each upstream it gave up on, and why). */
  errors: () => string;
  stop: () => Promise<void>;
}

export function startNginx(options: NginxOptions): RunningNginx {
  if (spawnSync('nginx', ['-v']).error) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'caspian-nginx-'));
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, nginxConfig(readFileSync(`${ROOT}deploy/nginx.conf`, 'utf8'), options, dir));
  const args = ['-c', file, '-p', dir, '-e', join(dir, 'error.log'), '-g', 'daemon off;'];
  const check = spawnSync('nginx', ['-t', ...args.slice(0, 6)], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child = spawn('nginx', args, { stdio: 'ignore' });
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
  return { process: child, errors, stop };
}
