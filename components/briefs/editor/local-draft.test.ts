import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearAllLocalDrafts,
  dismissKept,
  keepMine,
  keptSnapshot,
  openRestoreOffer,
  parseLocalDraft,
  restoreOfferSnapshot,
  settleRestoreOffer,
  subscribeLocalDrafts,
  writeLocalDraft,
} from './local-draft';

/** The Web Storage interface over a Map, with an optional quota, as a browser gives it. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
}

let storage: MemoryStorage;
const setWindow = (value: unknown) => Object.defineProperty(globalThis, 'window', { value, configurable: true, writable: true });
const withStorage = (s: MemoryStorage) => setWindow({ localStorage: s, addEventListener() {}, removeEventListener() {} });

beforeEach(() => {
  storage = new MemoryStorage();
  withStorage(storage);
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

const draft = (body: string, baseVersion = 3, at = 1_000) => ({ title: 'Drills', body, baseVersion, at });

describe('the browser copy of a brief draft', () => {
  it('keeps one copy per brief, for the version it was edited from', () => {
    expect(writeLocalDraft('b1', draft('first', 3))).toBe(true);
    expect(writeLocalDraft('b1', draft('second', 4))).toBe(true);
    writeLocalDraft('b2', draft('other brief', 1));
    expect(storage.keys().sort()).toEqual(['caspian:brief:b1:v4', 'caspian:brief:b2:v1']);
    expect(parseLocalDraft(storage.getItem('caspian:brief:b1:v4'))?.body).toBe('second');
  });

  it('offers the copy back only when it differs from the server and is not based on a newer version', () => {
    const server = { version: 3, title: 'Drills', body: 'saved text' };
    writeLocalDraft('b1', draft('saved text', 3));
    openRestoreOffer('b1', server);
    expect(restoreOfferSnapshot('b1', 3)).toBeNull();

    writeLocalDraft('b1', draft('typed after the last save', 3));
    openRestoreOffer('b1', server);
    expect(JSON.parse(restoreOfferSnapshot('b1', 3) ?? 'null')).toMatchObject({ body: 'typed after the last save' });

    // A copy from a version the server has not reached is not this brief's history.
    writeLocalDraft('b1', draft('from the future', 9));
    openRestoreOffer('b1', server);
    expect(restoreOfferSnapshot('b1', 3)).toBeNull();
  });

  it('settling the offer hides it; discarding also removes the copy', () => {
    const server = { version: 3, title: 'Drills', body: 'saved' };
    writeLocalDraft('b1', draft('unsaved', 3));
    openRestoreOffer('b1', server);
    settleRestoreOffer('b1', 3, false);
    expect(restoreOfferSnapshot('b1', 3)).toBeNull();
    expect(storage.keys()).toEqual(['caspian:brief:b1:v3']);
    settleRestoreOffer('b1', 3, true);
    expect(storage.keys()).toEqual([]);
  });

  it('tells listeners when the offer changes', () => {
    let calls = 0;
    const stop = subscribeLocalDrafts(() => calls++);
    openRestoreOffer('b1', { version: 1, title: 't', body: 'b' });
    settleRestoreOffer('b1', 1, false);
    stop();
    openRestoreOffer('b1', { version: 1, title: 't', body: 'b' });
    expect(calls).toBe(2);
  });

  it('keeps "mine" after taking theirs until it is dismissed', () => {
    expect(keepMine('b1', draft('my version'))).toBe(true);
    expect(parseLocalDraft(keptSnapshot('b1'))?.body).toBe('my version');
    dismissKept('b1');
    expect(keptSnapshot('b1')).toBeNull();
  });

  it('at sign-out removes every brief and summary copy and nothing else', () => {
    writeLocalDraft('b1', draft('one'));
    writeLocalDraft('b2', draft('two'));
    writeLocalDraft('summary:entity:e1', draft('a summary'));
    keepMine('b1', draft('kept'));
    storage.setItem('theme', 'dark');
    clearAllLocalDrafts();
    expect(storage.keys()).toEqual(['theme']);
  });

  it('reports a full storage instead of throwing, and reads no copy when storage is disabled', () => {
    withStorage(new MemoryStorage(40));
    expect(writeLocalDraft('b1', draft('x'.repeat(100)))).toBe(false);
    expect(keepMine('b1', draft('x'.repeat(100)))).toBe(false);

    setWindow({
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(writeLocalDraft('b1', draft('x'))).toBe(false);
    expect(() => clearAllLocalDrafts()).not.toThrow();
  });

  it('ignores copies that are not drafts (edited by hand, or from an older release)', () => {
    for (const raw of [null, '', 'not json', '42', '{"title":"t"}', '{"title":"t","body":"b","baseVersion":"3","at":1}']) {
      expect(parseLocalDraft(raw)).toBeNull();
    }
    expect(parseLocalDraft('{"title":"t","body":"b","baseVersion":3,"at":1,"extra":true}')).toEqual({ title: 't', body: 'b', baseVersion: 3, at: 1 });
  });
});
