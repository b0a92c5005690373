import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { signIn } from '../setup/sign-in';
import { createUser } from '../setup/users';

const exec = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** A capitalised made-up word, so the exercise is new to the knowledge base in every run. */
function uniqueWord(): string {
  const letters = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  const bytes = randomBytes(6);
  let word = '';
  for (let i = 0; i < 6; i++) word += i % 2 ? vowels[bytes[i]! % vowels.length] : letters[bytes[i]! % letters.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

test('an editor imports an article about a new exercise and accepts its proposals; /compare shows it at once', async ({ page, baseURL }) => {
  // A journey through a child process (npm run ingest) and /compare over the whole record: 25-33 s here.
  test.setTimeout(90_000);
  const exercise = `${uniqueWord()} Shield-2026`;
  const folder = mkdtempSync(path.join(tmpdir(), 'caspian-e2e-facts-'));
  const file = path.join(folder, 'report.txt');
  writeFileSync(
    file,
    [
      `${exercise} Drills Open on the Caspian`,
      'By E2E Writer',
      'March 2, 2026',
      '',
      `The ${exercise} exercise, hosted by Azerbaijan, began at the Garadagh training ground with the participation of Kazakhstan and Turkmenistan.`,
      '',
      'The drills run from March 2 to 6. Russia did not take part.',
    ].join('\n'),
  );
  let slug: string;
  try {
    const { stdout } = await exec(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, 'scripts/ingest.ts', '--json', file], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: baseURL ?? '' },
    });
    const report = JSON.parse(stdout) as { files: { status: string; slug: string; proposedFacts: { kind: string; role: string | null }[] }[] };
    expect(report.files[0]?.status).toBe('imported');
    expect(report.files[0]?.proposedFacts.map((f) => f.role)).toEqual(expect.arrayContaining(['host', 'participant', 'stayed-away']));
    slug = report.files[0]!.slug;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: string }>('SELECT id FROM "Article" WHERE slug = $1', [slug]);
  await client.end();
  const articleId = rows[0]!.id;

  // Nothing proposed is public before an editor accepts it.
  await page.goto('/compare');
  await expect(page.getByRole('rowheader', { name: new RegExp(exercise) })).toHaveCount(0);

  await signIn(page, await createUser('EDITOR'));
  await page.goto(`/editor/articles/${articleId}/facts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Proposed facts' })).toBeVisible();
  const first = page.getByRole('list', { name: 'Proposed facts in paragraph 1' });
  await expect(first.getByRole('listitem').filter({ hasText: 'Azerbaijan hosted' })).toContainText(exercise);
  await expect(first.locator('mark', { hasText: 'hosted by Azerbaijan' })).toBeVisible();

  await page.getByRole('button', { name: /^Accept all \d+ waiting$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Accepted \d+ facts; \d+ new entit/ })).toBeVisible();

  await page.goto('/compare');
  const row = page.getByRole('table', { name: 'Exercises, Post-2022' }).getByRole('row', { name: new RegExp(exercise) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toContainText('Azerbaijan');
  await expect(row.getByRole('cell').nth(2)).toContainText('stayed away');
});
