import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newNonceToken, nginxConfig } from './nginx';
import { ROOT } from './run';

const template = readFileSync(`${ROOT}deploy/nginx.conf`, 'utf8');

describe('nginxConfig', () => {
  it("gives the sample configuration the run's port, instances, token, workers and paths", () => {
    const token = newNonceToken();
    const config = nginxConfig(template, { port: 4321, upstreams: [5001, 5002, 5003], workers: 1, token }, '/tmp/run-1');
    expect(config).toContain('listen 127.0.0.1:4321;');
    expect(config.match(/server 127\.0\.0\.1:500\d max_fails=1 fail_timeout=5s;/g)).toHaveLength(3);
    expect(config).not.toMatch(/:300[12]/);
    expect(config).toContain(`set $caspian_nonce_token "${token}";`);
    expect(config).toContain('worker_processes 1;');
    expect(config).not.toContain('/tmp/caspian-nginx');
    expect(config).toContain('/tmp/run-1/nginx-cache');
  });

  it('makes a token the instances accept: 16 random bytes in base64, new each time', () => {
    expect(newNonceToken()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonceToken()).not.toBe(newNonceToken());
  });
});
