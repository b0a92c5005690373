// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveDraftActionResult } from '@/lib/briefs/actions/editing';
import { MAX_BODY_BYTES } from '@/lib/briefs/service/limits';
import { keptSnapshot, parseLocalDraft } from './local-draft';
import { useAutosave, type SaveDraft, type SavedDraft } from './use-autosave';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const BRIEF = 'brief-1';

/**
 * The server as the hook sees it: it keeps one version of the brief and refuses a save based on an
 * older one, as `saveDraftAction` does. `offline` makes the request fail without an answer.
 */
class DraftServer {
  version = 1;
  title = 'Exercises in 2023';
  body = 'First paragraph.';
  offline = false;
  calls: { title: string; body: string; baseVersion: number }[] = [];
  private held: (() => void)[] = [];
  hold = false;

  save: SaveDraft = async (input) => {
    this.calls.push({ title: input.title, body: input.body, baseVersion: input.baseVersion });
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.offline) throw new TypeError('Failed to fetch');
    if (input.baseVersion !== this.version) {
      return { ok: false, message: 'Someone else saved a newer version.', conflict: this.conflict(input) } satisfies SaveDraftActionResult;
    }
    this.version += 1;
    this.title = input.title;
    this.body = input.body;
    return { ok: true, data: { version: this.version, savedAt: new Date().toISOString() } };
  };

  /** Another editor saves in the meantime. */
  saveElsewhere(body: string) {
    this.version += 1;
    this.body = body;
  }

  release() {
    const waiting = this.held;
    this.held = [];
    this.hold = false;
    waiting.forEach((resolve) => resolve());
  }

  private conflict(mine: { title: string; body: string }) {
    return {
      theirs: { title: this.title, body: this.body, version: this.version, updatedAt: new Date().toISOString(), by: 'Another Editor' },
      yours: { title: mine.title, body: mine.body },
    };
  }

  initial(): SavedDraft {
    return { title: this.title, body: this.body, version: this.version, at: null };
  }
}

type Hook = ReturnType<typeof useAutosave>;

function mount(server: DraftServer, enabled = true) {
  const hook: { current: Hook | null } = { current: null };
  const initial = server.initial();
  function Probe() {
    hook.current = useAutosave(BRIEF, initial, enabled, server.save);
    return null;
  }
  const root: Root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  const current = () => {
    if (!hook.current) throw new Error('the hook did not render');
    return hook.current;
  };
  return { current, unmount: () => act(() => root.unmount()) };
}

const edit = (view: ReturnType<typeof mount>, change: { title?: string; body?: string }) => act(() => view.current().edit(change));
const wait = (ms: number) => act(async () => {
  await vi.advanceTimersByTimeAsync(ms);
});
const localCopies = () => Object.keys(localStorage).filter((key) => key.includes(BRIEF) && !key.includes('kept'));

describe('useAutosave', () => {
  let server: DraftServer;
  let view: ReturnType<typeof mount>;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    server = new DraftServer();
  });
  afterEach(() => {
    view?.unmount();
    vi.useRealTimers();
  });

  it('saves about 3 s after the last change, not before, and then drops the browser copy', async () => {
    view = mount(server);
    edit(view, { body: 'First paragraph. Second.' });
    await wait(2_000);
    expect(server.calls).toHaveLength(0);
    expect(localCopies()).toHaveLength(1); // the copy is written within half a second
    await wait(1_100);
    expect(server.calls).toEqual([{ title: 'Exercises in 2023', body: 'First paragraph. Second.', baseVersion: 1 }]);
    expect(view.current().saved.version).toBe(2);
    expect(view.current().dirty).toBe(false);
    expect(view.current().phase).toBe('idle');
    expect(localCopies()).toHaveLength(0);
  });

  it('sends nothing when the text is what the server has, or when saving is not allowed', async () => {
    view = mount(server);
    edit(view, { body: 'changed' });
    edit(view, { body: 'First paragraph.' });
    await wait(5_000);
    await act(() => view.current().save());
    expect(server.calls).toHaveLength(0);
    view.unmount();

    view = mount(server, false);
    edit(view, { body: 'a reader cannot save this' });
    await wait(5_000);
    await act(() => view.current().save());
    expect(server.calls).toHaveLength(0);
    expect(localCopies()).toHaveLength(0);
  });

  it('refuses an empty title or an oversized body itself, with a message, without asking the server', async () => {
    view = mount(server);
    edit(view, { title: '   ' });
    await act(() => view.current().save());
    expect(view.current().phase).toBe('error');
    expect(view.current().message).toMatch(/title/);

    edit(view, { title: 'Back again', body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(view.current().phase).toBe('idle'); // typing clears the error
    await act(() => view.current().save());
    expect(view.current().phase).toBe('error');
    expect(view.current().message).toMatch(/KB; the limit is/);
    expect(server.calls).toHaveLength(0);
  });

  it('saves once more, with the newest text, when the text changes during a save', async () => {
    view = mount(server);
    server.hold = true;
    edit(view, { body: 'one' });
    let first: Promise<void> = Promise.resolve();
    await act(async () => {
      first = view.current().save();
    });
    expect(view.current().phase).toBe('saving');
    edit(view, { body: 'one two' });
    await act(() => view.current().save()); // asked while the first is in flight: queued, not sent
    expect(server.calls).toHaveLength(1);
    await act(async () => {
      server.release();
      await first;
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.calls.map((c) => [c.body, c.baseVersion])).toEqual([['one', 1], ['one two', 2]]);
    expect(view.current().saved).toMatchObject({ body: 'one two', version: 3 });
  });

  it('keeps the text when the request gets no answer, and saves it when the browser is back online', async () => {
    view = mount(server);
    server.offline = true;
    edit(view, { body: 'written on a train' });
    await act(() => view.current().save());
    expect(view.current().phase).toBe('offline');
    expect(view.current().dirty).toBe(true);
    await wait(500);
    expect(parseLocalDraft(localStorage.getItem(localCopies()[0]!))?.body).toBe('written on a train');

    server.offline = false;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(view.current().phase).toBe('idle');
    expect(server.body).toBe('written on a train');
  });

  it('retries on its own every 15 s while offline', async () => {
    view = mount(server);
    server.offline = true;
    edit(view, { body: 'still offline' });
    await act(() => view.current().save());
    server.offline = false;
    await wait(15_100);
    expect(view.current().phase).toBe('idle');
    expect(server.calls.length).toBe(2);
  });

  it('saves at once on Ctrl+S or Cmd+S', async () => {
    view = mount(server);
    edit(view, { body: 'save me now' });
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.calls).toHaveLength(1);
    edit(view, { body: 'and again' });
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', metaKey: true }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.calls).toHaveLength(2);
  });

  it('warns before the page unloads with unsaved text, and copies it first', () => {
    view = mount(server);
    edit(view, { body: 'not yet saved' });
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(localCopies()).toHaveLength(1);
  });

  it('stops on a newer version elsewhere; "keep mine" saves mine over theirs as a new version', async () => {
    view = mount(server);
    server.saveElsewhere('Their paragraph.');
    edit(view, { body: 'My paragraph.' });
    await act(() => view.current().save());
    expect(view.current().phase).toBe('conflict');
    expect(view.current().conflict?.theirs).toMatchObject({ body: 'Their paragraph.', version: 2 });
    await wait(10_000);
    await act(() => view.current().save());
    expect(server.calls).toHaveLength(1); // neither autosave nor Ctrl+S while the conflict is open

    await act(async () => {
      view.current().keepMineOverTheirs();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.calls[1]).toMatchObject({ body: 'My paragraph.', baseVersion: 2 });
    expect(server).toMatchObject({ body: 'My paragraph.', version: 3 });
    expect(view.current().conflict).toBeNull();
  });

  it('"save the combined text" saves that text, with either title, on top of theirs', async () => {
    view = mount(server);
    server.saveElsewhere('Their opening.\nShared line.\nTheir ending.');
    edit(view, { title: 'My title', body: 'My opening.\nShared line.\nMy ending.' });
    await act(() => view.current().save());
    expect(view.current().phase).toBe('conflict');

    await act(async () => {
      view.current().saveCombined({ title: 'Exercises in 2023', body: 'My opening.\nShared line.\nTheir ending.' });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.calls[1]).toEqual({ title: 'Exercises in 2023', body: 'My opening.\nShared line.\nTheir ending.', baseVersion: 2 });
    expect(server).toMatchObject({ body: 'My opening.\nShared line.\nTheir ending.', version: 3 });
    expect(view.current()).toMatchObject({ body: 'My opening.\nShared line.\nTheir ending.', title: 'Exercises in 2023', phase: 'idle', dirty: false, conflict: null });
    expect(localCopies()).toHaveLength(0);
  });

  it('"take theirs" shows their text and keeps mine in this browser', async () => {
    view = mount(server);
    server.saveElsewhere('Their paragraph.');
    edit(view, { body: 'My paragraph.' });
    await act(() => view.current().save());
    act(() => view.current().takeTheirs());
    expect(view.current()).toMatchObject({ body: 'Their paragraph.', phase: 'idle', dirty: false, conflict: null });
    expect(view.current().saved.version).toBe(2);
    expect(parseLocalDraft(keptSnapshot(BRIEF))?.body).toBe('My paragraph.');
    await wait(5_000);
    expect(server.calls).toHaveLength(1);
  });

  it('restoring text based on an older version makes its save a conflict, not an overwrite', async () => {
    server.saveElsewhere('Newer on the server.');
    view = mount(server);
    act(() => view.current().restore({ title: 'Exercises in 2023', body: 'From an earlier visit.', baseVersion: 1, at: Date.now() }));
    await act(() => view.current().save());
    expect(server.calls[0]).toMatchObject({ baseVersion: 1 });
    expect(view.current().phase).toBe('conflict');
    expect(server.body).toBe('Newer on the server.');
  });
});
