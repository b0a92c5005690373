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

function show(mine = { title: 'My title', body: 'My paragraph.' }, theirs = conflict) {
  const container = document.createElement('div');
  document.body.append(container);
  const onKeepMine = vi.fn();
  const onTakeTheirs = vi.fn();
  const onSaveCombined = vi.fn();
  root = createRoot(container);
  act(() => root?.render(createElement(ConflictView, { conflict: theirs, mine, onKeepMine, onTakeTheirs, onSaveCombined })));
  return { container, onKeepMine, onTakeTheirs, onSaveCombined };
}

const theirsText = 'Opening both share.\nTroops from Kazakhstan took part.\nA line both keep.\nTheir closing line.';
const mineText = 'Opening both share.\nTroops from Kyrgyzstan took part.\nA line both keep.\nMy closing line.\nA line only I wrote.';
const twoTexts = { ...conflict, theirs: { ...conflict.theirs, title: 'Their title', body: theirsText } };
const group = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === name) ?? null;
const radio = (scope: Element | null, label: string) =>
  [...(scope?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.startsWith(label))?.querySelector('input') ?? null;

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

  it('highlights each difference, word by word, and shows what the two texts share', () => {
    const { container } = show({ title: 'My title', body: mineText }, twoTexts);
    expect(group(container, 'Difference 1 of 2')).not.toBeNull();
    expect(group(container, 'Difference 2 of 2')).not.toBeNull();
    expect(group(container, 'Difference 3 of 2')).toBeNull();
    const first = group(container, 'Difference 1 of 2');
    expect([...(first?.querySelectorAll('del') ?? [])].map((d) => d.textContent)).toEqual(['Kazakhstan']);
    expect([...(first?.querySelectorAll('ins') ?? [])].map((d) => d.textContent)).toEqual(['Kyrgyzstan']);
    const second = group(container, 'Difference 2 of 2');
    expect([...(second?.querySelectorAll('ins') ?? [])].map((d) => d.textContent).join('|')).toBe('My|\nA line only I wrote.');
    expect([...(second?.querySelectorAll('del') ?? [])].map((d) => d.textContent)).toEqual(['Their']);
    expect(container.querySelector('[role="group"]')?.textContent).toContain('A line both keep.');
    expect(container.textContent).toContain('The texts differ in 2 places');
  });

  it('takes the parts chosen, mine by default, and saves the combined text with the chosen title', () => {
    const { container, onSaveCombined, onKeepMine } = show({ title: 'My title', body: mineText }, twoTexts);
    const combined = () => (container.querySelector('#conflict-combined') as HTMLTextAreaElement).value;
    expect(combined()).toBe(mineText);
    expect(radio(group(container, 'Difference 1 of 2'), 'Mine')?.checked).toBe(true);

    act(() => radio(group(container, 'Difference 2 of 2'), 'Theirs')?.click());
    expect(combined()).toBe('Opening both share.\nTroops from Kyrgyzstan took part.\nA line both keep.\nTheir closing line.');
    act(() => radio(group(container, 'Title'), 'Theirs')?.click());
    act(() => button(container, /^Save the combined text/)?.click());
    expect(onSaveCombined).toHaveBeenCalledWith({
      title: 'Their title',
      body: 'Opening both share.\nTroops from Kyrgyzstan took part.\nA line both keep.\nTheir closing line.',
    });
    expect(onKeepMine).not.toHaveBeenCalled();
  });

  it('asks about the title only when the titles differ', () => {
    const { container } = show({ title: 'Their title', body: mineText }, twoTexts);
    expect(group(container, 'Title')).toBeNull();
  });
});
