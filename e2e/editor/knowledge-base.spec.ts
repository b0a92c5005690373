import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

const TURKEY_KZ = 'kazakhstan-offers-to-hold-joint-military-exercises-with-turkey';
const KHAZRI = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';

async function createEntity(page: Page, type: string, name: string): Promise<string> {
  await page.goto('/editor/entities');
  await page.getByRole('link', { name: 'New entity' }).click();
  const form = page.getByRole('form', { name: 'New entity' });
  await form.getByLabel('Type', { exact: true }).selectOption({ label: type });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Create entity' }).click();
  await expect(page.getByText('Created. Add its names and facts below.')).toBeVisible();
  return page.url().replace(/\?.*$/, '');
}

/** Adds a participant the way an editor does: the entity from the list, the paragraph from the picker, its words. */
async function addParticipant(page: Page, count: number, country: string, role: string, search: string, paragraph: RegExp, quote: string) {
  const form = page.getByRole('form', { name: 'Add a fact' });
  await form.getByLabel('Subject').fill(country);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByText('Cite a paragraph').click();
  await form.getByLabel('Search articles by title or words in a paragraph').fill(search);
  await form.getByRole('button', { name: paragraph }).first().click();
  await form.getByLabel('Quote').fill(quote);
  await form.getByRole('button', { name: 'Add fact' }).click();
  // The form is new for each fact: wait for this one to be listed before the next.
  await expect(page.getByRole('list', { name: 'Facts' }).getByRole('listitem')).toHaveCount(count);
  await expect(page.getByText('Fact added.')).toBeVisible();
}

test('an editor adds an exercise with three participants citing paragraphs, and /compare shows it', async ({ page }) => {
  test.setTimeout(240_000);
  const name = `Caspian Shield ${randomBytes(3).toString('hex')}`;
  await page.goto('/editor');
  await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Knowledge base' }).click();
  await page.getByRole('link', { name: 'New entity' }).click();
  const create = page.getByRole('form', { name: 'New entity' });
  await create.getByLabel('Type', { exact: true }).selectOption({ label: 'Military exercise' });
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByLabel('Start', { exact: true }).fill('2025-09');
  // A start date must say where it comes from: refused, with what was typed kept.
  await create.getByRole('button', { name: 'Create entity' }).click();
  await expect(create.getByText('Cite the paragraph that states the dates')).toBeVisible();
  await expect(create.getByLabel('Name', { exact: true })).toHaveValue(name);
  await create.getByLabel('Or where the dates come from').fill('Ministry of Defence of Kazakhstan, announcement of the drills, September 2025');
  await create.getByRole('button', { name: 'Create entity' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Compared at once, with no participants yet.
  const editorUrl = page.url();
  await page.goto('/compare');
  const before = page.getByRole('table', { name: 'Exercises, Post-2022' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(before.getByRole('cell').nth(3)).toHaveText('—');
  await page.goto(editorUrl);

  // Words that are not in the paragraph are refused.
  const form = page.getByRole('form', { name: 'Add a fact' });
  await form.getByLabel('Subject').fill('kazakhstan');
  await form.getByLabel('Paragraph', { exact: true }).fill(`[^${KHAZRI}#p-2]`);
  await form.getByLabel('Quote').fill('Kazakhstan hosted the drills');
  await form.getByRole('button', { name: 'Add fact' }).click();
  await expect(form.getByText(/These words are not in/)).toBeVisible();

  await addParticipant(page, 1, 'kazakhstan', 'Host', 'Turkey and Kazakhstan has developed', /Insert citation of paragraph 2 of/, 'Military cooperation between Turkey and Kazakhstan');
  await addParticipant(page, 2, 'turkey', 'Participant', 'Turkey and Kazakhstan has developed', /Insert citation of paragraph 2 of/, 'Military cooperation between Turkey and Kazakhstan');
  await addParticipant(page, 3, 'Azerbaijan', 'Participant', 'Vice Admiral Subhan Bakirov', /Insert citation of paragraph 2 of/, 'Commander of the Azerbaijan Naval Forces');
  await expect(page.getByRole('list', { name: 'Facts' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText(`${TURKEY_KZ}#p-2`).first()).toBeVisible();

  await page.goto('/compare');
  const after = page.getByRole('table', { name: 'Exercises, Post-2022' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(after.getByRole('cell').nth(3)).toHaveText('multilateral');
  await expect(after.getByRole('cell').nth(1)).toContainText('Kazakhstan');
  await expect(after.getByRole('cell').nth(1)).toContainText('Azerbaijan');
  await expect(after.getByRole('cell').nth(1)).toContainText('Turkey');
});

test('an editor renames an address, and the old one redirects (308)', async ({ page, request }) => {
  const id = randomBytes(3).toString('hex');
  const editorUrl = await createEntity(page, 'Place', `Rename Range ${id}`);
  const oldPath = await page.getByRole('link', { name: /^\/places\// }).first().textContent();
  await page.getByRole('form', { name: 'Change the address' }).getByLabel('Address').fill(`renamed-range-${id}`);
  await page.getByRole('button', { name: 'Change address' }).click();
  await expect(page.getByText('Address changed; the old one redirects here.')).toBeVisible();
  expect(page.url()).toContain(editorUrl);

  const response = await request.get(oldPath ?? '', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(new RegExp(`/places/renamed-range-${id}$`));
  await page.goto(oldPath ?? '');
  await expect(page).toHaveURL(new RegExp(`/places/renamed-range-${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rename Range ${id}`);
});

test('an editor merges a duplicate: its names move, and its address redirects to the one kept', async ({ page, request }) => {
  const id = randomBytes(3).toString('hex');
  await createEntity(page, 'Place', `Dup Polygon ${id}`);
  const dupPath = (await page.getByRole('link', { name: /^\/places\// }).first().textContent()) ?? '';
  const addName = page.getByRole('form', { name: 'Add a name' });
  await addName.getByLabel('Name', { exact: true }).fill(`Дуп полигон ${id}`);
  await addName.getByLabel('Language').fill('ru');
  await addName.getByLabel('Kind').selectOption({ label: 'Translation' });
  await addName.getByRole('button', { name: 'Add name' }).click();
  await expect(page.getByText(`Added “Дуп полигон ${id}”.`)).toBeVisible();

  await createEntity(page, 'Place', `Kept Polygon ${id}`);
  const keptPath = (await page.getByRole('link', { name: /^\/places\// }).first().textContent()) ?? '';
  await page.getByRole('form', { name: 'Merge a duplicate' }).getByLabel('Duplicate’s address').fill(dupPath.replace('/places/', ''));
  await page.getByRole('button', { name: 'Merge into this one' }).click();
  await expect(page.getByText(/^Merged:/)).toBeVisible();
  const names = page.getByRole('region', { name: 'Names' });
  await expect(names.getByText(`Дуп полигон ${id}`, { exact: true })).toBeVisible();
  await expect(names.getByText(`Dup Polygon ${id}`, { exact: true })).toBeVisible();

  const response = await request.get(dupPath, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(new RegExp(`${keptPath}$`));
  await page.goto('/editor/entities?q=' + encodeURIComponent(`Дуп полигон ${id}`));
  await expect(page.getByRole('link', { name: `Kept Polygon ${id}` })).toBeVisible();
});
