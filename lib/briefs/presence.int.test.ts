import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { databaseForFile } from '@/scripts/testing/file-database';
import { heartbeat, leaveBrief, type Presence } from './presence';
import { PRESENCE_TTL_MS } from './presence-timing';
import { createBrief, type Actor } from './service';

const { db } = databaseForFile({ seeded: false });
let nadia: Actor;
let timur: Actor;
let stranger: Actor;
let briefId = '';

async function person(name: string, role: Role): Promise<Actor> {
  return db.user.create({ data: { email: `${name.toLowerCase()}@example.test`, name, role }, select: { id: true, role: true } });
}

async function beat(actor: Actor, at: Date, takeOver = false): Promise<Presence> {
  const result = await heartbeat(db, actor, briefId, { takeOver }, at);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

beforeAll(async () => {
  nadia = await person('Nadia', 'EDITOR');
  timur = await person('Timur', 'EDITOR');
  stranger = await person('Stranger', 'CONTRIBUTOR');
  const created = await createBrief(db, nadia, { title: 'Held by one at a time' });
  if (!created.ok) throw new Error(created.message);
  briefId = created.value.id;
});

describe('brief presence and its soft lock', () => {
  const t0 = new Date('2026-12-04T10:02:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it('gives the lock to the first to open the brief, and shows them to the next', async () => {
    expect(await beat(nadia, t0)).toMatchObject({ mine: true, holder: { name: 'Nadia', since: t0 }, others: [] });
    const seen = await beat(timur, at(5));
    expect(seen).toMatchObject({ mine: false, holder: { name: 'Nadia', since: t0 } });
    expect(seen.others).toEqual([expect.objectContaining({ name: 'Nadia', openedAt: t0 })]);
    // Her next heartbeat keeps the lock, and shows Timur.
    expect(await beat(nadia, at(10))).toMatchObject({ mine: true, others: [expect.objectContaining({ name: 'Timur' })] });
  });

  it('lets the other take over, audited, and tells the one taken over', async () => {
    expect(await beat(timur, at(15), true)).toMatchObject({ mine: true, holder: { name: 'Timur', since: at(15) } });
    expect(await beat(nadia, at(20))).toMatchObject({ mine: false, holder: { name: 'Timur' } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'brief.takeover', targetId: briefId } });
    expect(audit).toMatchObject({ actorId: timur.id, before: { editing: nadia.id }, after: { editing: timur.id } });
  });

  it('frees the lock of someone who left, at once or after the time-out', async () => {
    await leaveBrief(db, timur, briefId);
    expect(await beat(nadia, at(25))).toMatchObject({ mine: true, others: [] });
    await beat(timur, at(30));
    // Nadia closes her laptop: no heartbeat for longer than the time-out, and Timur gets the lock.
    expect(await beat(timur, at(30 + PRESENCE_TTL_MS / 1000 + 5))).toMatchObject({ mine: true, others: [] });
  });

  it('refuses someone who may not edit the brief', async () => {
    expect(await heartbeat(db, stranger, briefId, {}, at(100))).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
