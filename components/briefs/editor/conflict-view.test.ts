// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictView } from './conflict-view';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const conflict = {
  theirs: { title: 'Their title', body: 'Their paragraph.', version: 7, updatedAt: '2026-03-01T10:00:00.000Z', by: 'Dana Editor' },
  yours: { title: 'My title', body: 'My paragraph.' },
};

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function show(mine = { title: 'My title', body: 'My paragraph.' }) {
  const container = document.createElement('div');
  document.body.append(container);
  const onKeepMine = vi.fn();
  const onTakeTheirs = vi.fn();
  root = createRoot(container);
  act(() => root?.render(createElement(ConflictView, { conflict, mine, onKeepMine, onTakeTheirs })));
  return { container, onKeepMine, onTakeTheirs };
}

const byLabel = (container: HTMLElement, text: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  return label ? (container.querySelector(`#${label.htmlFor}`) as HTMLTextAreaElement | null) : null;
};
const button = (container: HTMLElement, name: RegExp) =>
  [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('ConflictView', () => {
  it('shows both texts side by side, theirs with its version, time and author', () => {
    const { container } = show();
    expect(byLabel(container, 'Theirs (version 7): text')?.value).toBe('Their paragraph.');
    expect(byLabel(container, 'Yours: text')?.value).toBe('My paragraph.');
    expect(container.textContent).toContain('Title: Their title');
    expect(container.textContent).toContain('Title: My title');
    expect(container.textContent).toMatch(/Saved 1 Mar 2026, \d\d:00:00 by Dana Editor/);
    expect(byLabel(container, 'Yours: text')?.readOnly).toBe(true);
  });

  it('shows my current text, not the one the server echoed', () => {
    const { container } = show({ title: 'My title', body: 'My paragraph, edited since.' });
    expect(byLabel(container, 'Yours: text')?.value).toBe('My paragraph, edited since.');
  });

  it('moves focus to its heading, so keyboard and screen-reader users land on it', () => {
    show();
    expect(document.activeElement?.id).toBe('conflict-heading');
    expect(document.activeElement?.textContent).toMatch(/Someone else saved this brief/);
  });

  it('offers the two ways out, each calling its own handler once', () => {
    const { container, onKeepMine, onTakeTheirs } = show();
    act(() => button(container, /^Keep mine/)?.click());
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    expect(onTakeTheirs).not.toHaveBeenCalled();
    act(() => button(container, /^Take theirs/)?.click());
    expect(onTakeTheirs).toHaveBeenCalledTimes(1);
  });
});
