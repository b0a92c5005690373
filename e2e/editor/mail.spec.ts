import { expect, test, type Page } from '@playwright/test';
import { createBrief, saveDraft, transition } from '../../lib/briefs/service';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { startJobQueue } from '../../lib/platform/jobs/queue';
import { QUEUES } from '../../lib/platform/jobs/queues';
import { startTestSmtpServer, type TestSmtpServer } from '@/scripts/testing/smtp-server';
import { smtpPort } from '../setup/mail';
import { storageFor, userFor } from '../setup/roles';
import { createUser } from '../setup/users';

// One SMTP server on a fixed port: these tests run one after another, in one worker.
test.describe.configure({ mode: 'serial' });

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(smtpPort);
});
test.afterAll(async () => {
  await smtp.close();
});

/** The path of the portal link in a message; the origin is SITE_URL's, the test server is ours. */
function linkIn(text: string, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${prefix} link in: ${text}`);
  return match[1];
}

async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(/\/editor/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
}

test('a forgotten password is reset through the mailed link, and the new one signs in', async ({ page }) => {
  const user = await createUser('EDITOR', 'forgetful');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in page has an Email field too: wait for the new page before typing.
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByText('If an account has this address')).toBeVisible();

  const mail = await smtp.waitFor((m) => m.to.includes(user.email));
  expect(mail.subject).toBe('Reset your Caspian Briefings password');
  await page.goto(linkIn(mail.text, '/reset-password/'));
  await expect(page.getByText(`For ${user.email}`)).toBeVisible();

  // Two passwords that differ: said next to the field, and nothing typed is lost.
  const password = 'a brand new passphrase for e2e';
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(`${password}!`);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('The two passwords differ: type the same password in both fields.')).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveValue(password);
  await expect(page.getByLabel('The same password again')).toHaveValue(`${password}!`);

  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done/);
  await expect(page.getByText('Your password was changed')).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedIn(page);

  // The link worked once.
  await page.goto(linkIn(mail.text, '/reset-password/'));
  await expect(page.getByText('This reset link is not valid any more')).toBeVisible();
});

test('an invitation arrives by mail and its link makes a signed-in account', async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: storageFor('ADMIN') });
  const admin = await adminContext.newPage();
  const email = `invitee-${Date.now()}@e2e.test`;
  await admin.goto('/editor/people');
  await admin.getByLabel('Email').fill(email);
  await admin.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(admin.getByText('It was sent to them by e-mail')).toBeVisible();
  await adminContext.close();

  const mail = await smtp.waitFor((m) => m.to.includes(email));
  expect(mail.subject).toBe('Your invitation to Caspian Briefings');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(mail.text, '/invite/'));
  await page.getByLabel('Your name, as colleagues will see it').fill('Invited by mail');
  await page.getByLabel(/^Password/).fill('the invitee picks a long one');
  await page.getByLabel('The same password again').fill('the invitee picks a long one');
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await expectSignedIn(page);
  await context.close();
});

test('when the timer publishes a scheduled brief, its author gets mail and editors see it on the list and the brief', async ({ browser }) => {
  test.setTimeout(90_000);
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  try {
    const author = await createUser('CONTRIBUTOR', 'scheduled');
    const authorActor = await db.user.findUniqueOrThrow({ where: { email: author.email }, select: { id: true, role: true } });
    const editor = await db.user.findUniqueOrThrow({ where: { email: userFor('EDITOR').email }, select: { id: true, role: true, name: true } });
    const title = `On the timer ${Date.now()}`;
    const created = await createBrief(db, authorActor, { title });
    if (!created.ok) throw new Error('brief not created');
    const body = 'A claim.[^kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023#p-1]';
    expect((await saveDraft(db, authorActor, created.value.id, { title, body, baseVersion: created.value.version })).ok).toBe(true);
    expect((await transition(db, authorActor, created.value.id, 'IN_REVIEW', { reason: 'ready' })).ok).toBe(true);
    const at = new Date(Date.now() + 1_500);
    expect((await transition(db, editor, created.value.id, 'SCHEDULED', { reason: 'for later', scheduledFor: at, scheduledTz: 'UTC' })).ok).toBe(true);
    // What the schedule action queues: a publication round at the brief's time, run by the portal's worker.
    const sender = await startJobQueue({ connectionString: process.env.DATABASE_URL ?? '', work: false });
    await sender.send(QUEUES.publishDue, { briefId: created.value.id }, { startAfter: at });
    await sender.stop();

    const mail = await smtp.waitFor((m) => m.to.includes(author.email), 20_000);
    expect(mail.subject).toBe(`Your brief was published on schedule: ${title}`);
    expect(mail.text).toContain(`as ${editor.name} scheduled it (revision 1)`);
    expect(mail.text).toMatch(new RegExp(`https?://[^\\s/]+/briefs/${created.value.slug}\\b`));

    const context = await browser.newContext({ storageState: storageFor('EDITOR') });
    const page = await context.newPage();
    await page.goto('/editor/briefs?view=all');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await expect(item).toContainText(/published on schedule \d+ \w+ \d{4}, \d\d:\d\d UTC/);
    await item.getByRole('link', { name: title }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published on schedule by the timer' })).toContainText(`${author.name} is told by mail.`);
    await context.close();
  } finally {
    await db.$disconnect();
  }
});

