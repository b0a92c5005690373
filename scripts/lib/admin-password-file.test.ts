import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstAdminNotice, writeAdminPasswordFile } from './admin-password-file';

const admin = { email: 'admin@localhost', password: 'Abcdefghij0123456789' };
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the first admin password', () => {
  it('is written to a file only its owner can read', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'admin-'));
    const file = writeAdminPasswordFile(path.join(dir, '.data'), admin);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`email: admin@localhost\npassword: ${admin.password}\n`);
  });

  it('appears in the output only on a terminal', () => {
    expect(firstAdminNotice(admin, '/x/.data/first-admin-password', false).join('\n')).not.toContain(admin.password);
    expect(firstAdminNotice(admin, '/x/.data/first-admin-password', false).join('\n')).toContain('/x/.data/first-admin-password');
    expect(firstAdminNotice(admin, '/x/.data/first-admin-password', true).join('\n')).toContain(admin.password);
  });
});
