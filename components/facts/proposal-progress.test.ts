// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposalProgress as Progress } from '@/lib/facts/proposals/runs';
import { ProposalProgress } from './proposal-progress';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The app router is not mounted in a unit test: only its refresh is asked for.
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));
vi.mock('next/link', () => ({ default: ({ href, children }: { href: string; children: unknown }) => createElement('a', { href }, children as never) }));

let root: Root | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  refresh.mockClear();
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const at = (status: Progress['status'], extra: Partial<Progress> = {}): Progress => ({ articleId: 'a1', status, proposed: null, error: null, ...extra });

function show(props: Parameters<typeof ProposalProgress>[0]) {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(createElement(ProposalProgress, props)));
  return container;
}

const tick = () => act(async () => void (await vi.advanceTimersByTimeAsync(1000)));

describe('ProposalProgress', () => {
  it('follows the job from waiting to done on the import page, then links to the review and stops asking', async () => {
    const answers = [at('running'), at('done', { proposed: 4 })];
    const load = vi.fn(async () => ({ ok: true as const, data: answers.shift() ?? at('done', { proposed: 4 }) }));
    const container = show({ article: { slug: 'birlestik-2024' }, initial: null, load });
    expect(container.textContent).toBe('Facts: waiting for the job queue…');
    await tick();
    expect(load).toHaveBeenCalledWith({ slug: 'birlestik-2024' });
    expect(container.textContent).toBe('Facts: proposing from the text…');
    await tick();
    expect(container.textContent).toBe('Facts proposed: 4. · Review them');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/editor/articles/a1/facts');
    await tick();
    expect(load).toHaveBeenCalledTimes(2);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('on the proposals page, refreshes it once they are in, and says when the job failed', async () => {
    const load = vi.fn(async () => ({ ok: true as const, data: at('done', { proposed: 2 }) }));
    show({ article: { id: 'a1' }, initial: at('queued'), load, refreshWhenDone: true });
    await tick();
    expect(load).toHaveBeenCalledWith({ id: 'a1' });
    expect(refresh).toHaveBeenCalledTimes(1);

    act(() => root?.unmount());
    const failed = show({ article: { id: 'a1' }, initial: at('failed', { error: 'database away' }), load: vi.fn() });
    expect(failed.textContent).toBe('Facts could not be proposed: database away. The job queue tries again.');
  });
});
