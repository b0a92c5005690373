import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The generated first admin's password goes to a file only its owner can read, never to a log
 * that others (or a log collector) may keep. Shown on screen only when a person is watching.
 */
export function writeAdminPasswordFile(dataDir: string, admin: { email: string; password: string }): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'first-admin-password');
  writeFileSync(file, `email: ${admin.email}\npassword: ${admin.password}\n`, { mode: 0o600 });
  return file;
}

export function firstAdminNotice(admin: { email: string; password: string }, file: string, interactive: boolean): string[] {
  return [
    'A first admin account was created.',
    `  email:    ${admin.email}`,
    interactive ? `  password: ${admin.password} (shown only now; also in ${file})` : `  password: in ${file} (readable by this user only)`,
    'Invite editors from /editor/people; delete that file once you have changed the password. Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.',
  ];
}
