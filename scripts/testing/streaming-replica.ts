import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface StreamingPair {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica: () => Promise<void>;
  startReplica: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The server binaries with pg_basebackup: Debian's PostgreSQL (the embedded build lacks it). */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().reverse().find((v) => existsSync(join(root, v, 'bin', 'pg_basebackup'))) : undefined;
  if (!version) throw new Error('A streaming replica test needs PostgreSQL server binaries with pg_basebackup (apt-get install postgresql).');
  return join(root, version, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** PostgreSQL refuses to run as root: run its tools as the postgres account then. */
function run(bin: string, args: string[]): Promise<unknown> {
  const asRoot = process.getuid?.() === 0;
  return asRoot ? exec('runuser', ['-u', 'postgres', '--', bin, ...args]) : exec(bin, args);
}

/**
 * A primary started for the test and a standby made from it by pg_basebackup, streaming: what a
 * deployment with DATABASE_REPLICA_URLS has, on this machine's own PostgreSQL binaries.
 */
export async function startStreamingPair(): Promise<StreamingPair> {
  const bin = binaries();
  const dir = await mkdtemp(join(tmpdir(), 'caspian-replica-'));
  await chmod(dir, 0o777);
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const ctl = (data: string, port: number, action: 'start' | 'stop') =>
    run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', `${data}.log`, ...(action === 'start' ? ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`] : ['-m', 'fast']), action]);
  await run(join(bin, 'initdb'), ['-D', primary, '-A', 'trust', '-U', 'postgres']);
  await appendFile(primary + '/pg_hba.conf', '\nhost replication all 127.0.0.1/32 trust\n');
  await ctl(primary, primaryPort, 'start');
  await run(join(bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream']);
  await ctl(replica, replicaPort, 'start');
  let replicaRunning = true;
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/postgres`,
    stopReplica: async () => {
      await ctl(replica, replicaPort, 'stop');
      replicaRunning = false;
    },
    startReplica: async () => {
      await ctl(replica, replicaPort, 'start');
      replicaRunning = true;
    },
    stop: async () => {
      if (replicaRunning) await ctl(replica, replicaPort, 'stop').catch(() => {});
      await ctl(primary, primaryPort, 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
