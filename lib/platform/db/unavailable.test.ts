import { afterEach, describe, expect, it } from 'vitest';
import { databaseDownSince, markDatabaseUp } from '@/lib/platform/health/db-health';
import { unlessDatabaseAway } from './unavailable';

const AWAY = 'The database could not be reached.';

afterEach(() => markDatabaseUp());

describe('unlessDatabaseAway', () => {
  it('returns what the write returns', async () => {
    await expect(unlessDatabaseAway(AWAY, async () => ({ ok: true as const, value: 3 }))).resolves.toEqual({ ok: true, value: 3 });
  });

  it('answers an unreachable database with the message, and notes the outage', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('Invalid invocation', { cause: refused });
    await expect(unlessDatabaseAway(AWAY, () => Promise.reject(wrapped))).resolves.toEqual({ ok: false, code: 'unavailable', message: AWAY });
    expect(databaseDownSince()).toBeTypeOf('number');
  });

  it('lets every other error through: a bug is not an outage', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    await expect(unlessDatabaseAway(AWAY, () => Promise.reject(bug))).rejects.toBe(bug);
    const constraint = Object.assign(new Error('Foreign key constraint violated'), { code: 'P2003' });
    await expect(unlessDatabaseAway(AWAY, () => Promise.reject(constraint))).rejects.toBe(constraint);
    expect(databaseDownSince()).toBeUndefined();
  });
});
