import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { databaseForFile } from '@/scripts/testing/file-database';
import { authorSlug } from './author-slug';
import { loadAuthorPage } from './authors';
import { createBrief, saveDraft, transition, type Actor } from './service';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const BODY = `Azerbaijan and Kazakhstan drilled without Russia.[^${ARTICLE}#p-2]`;

const { db } = databaseForFile();

async function person(name: string, role: Role): Promise<Actor> {
  return db.user.create({ data: { email: `${authorSlug(name)}@example.test`, name, role }, select: { id: true, role: true } });
}

async function brief(author: Actor, title: string, publishBy?: Actor): Promise<string> {
  const created = await createBrief(db, author, { title });
  if (!created.ok) throw new Error(created.message);
  const saved = await saveDraft(db, author, created.value.id, { title, body: BODY, baseVersion: created.value.version });
  if (!saved.ok) throw new Error(saved.message);
  if (publishBy) {
    const published = await transition(db, publishBy, created.value.id, 'PUBLISHED', { reason: 'ready' });
    if (!published.ok) throw new Error(published.message);
  }
  return created.value.id;
}

describe('author pages', () => {
  it('list an author’s published briefs only, under the slug of their name', async () => {
    const nadia = await person('Nadia Sultanova', 'CONTRIBUTOR');
    const editor = await person('Elena Petrova', 'EDITOR');
    await brief(nadia, 'Drills without Russia', editor);
    await brief(nadia, 'A draft nobody may see');
    expect(authorSlug('Nadia Sultanova')).toBe('nadia-sultanova');
    const page = await loadAuthorPage(db, 'nadia-sultanova');
    expect(page?.names).toEqual(['Nadia Sultanova']);
    expect(page?.briefs.map((b) => b.title)).toEqual(['Drills without Russia']);
    // The editor published it but did not write it: no page of briefs by them.
    expect(await loadAuthorPage(db, 'elena-petrova')).toBeNull();
    expect(await loadAuthorPage(db, 'nobody-at-all')).toBeNull();
  });

  it('stop listing a brief once it is unpublished', async () => {
    const timur = await person('Timur Akhmetov', 'EDITOR');
    const id = await brief(timur, 'Withdrawn later', timur);
    expect((await loadAuthorPage(db, 'timur-akhmetov'))?.briefs).toHaveLength(1);
    const unpublished = await transition(db, timur, id, 'UNPUBLISHED', { reason: 'superseded' });
    expect(unpublished.ok).toBe(true);
    expect(await loadAuthorPage(db, 'timur-akhmetov')).toBeNull();
  });
});
