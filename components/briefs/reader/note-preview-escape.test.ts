// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISMISSED, watchNotePreviews } from './note-preview-escape';

let stop: () => void = () => undefined;
beforeEach(() => {
  document.body.innerHTML = `
    <p>Troops took part.<sup class="note-ref"><a href="#note-1" id="ref-1" aria-describedby="preview-1">1</a><span class="note-preview" id="preview-1"><span class="preview-text">The cited paragraph.</span> <span class="preview-source"><a href="/articles/a#p-3">A, paragraph 3</a></span></span></sup>
    and more.<sup class="note-ref"><a href="#note-2" id="ref-2" aria-describedby="preview-2">2</a><span class="note-preview" id="preview-2">Another.</span></sup></p>
    <a href="/elsewhere" id="elsewhere">elsewhere</a>`;
  stop = watchNotePreviews(document);
});
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

const el = (selector: string) => document.querySelector<HTMLElement>(selector) as HTMLElement;
const [first, second] = [() => el('#ref-1').parentElement as HTMLElement, () => el('#ref-2').parentElement as HTMLElement];
const escape = (key = 'Escape') => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const mouse = (type: 'mouseover' | 'mouseout', target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, relatedTarget }));

describe('Escape on a note preview', () => {
  it('dismisses the focused marker’s preview, keeps the focus there, and shows it again once focus leaves and comes back', () => {
    el('#ref-1').focus();
    escape('Enter');
    expect(first().hasAttribute(DISMISSED)).toBe(false);
    escape();
    expect(first().hasAttribute(DISMISSED)).toBe(true);
    expect(second().hasAttribute(DISMISSED)).toBe(false);
    expect(document.activeElement).toBe(el('#ref-1'));
    // Tabbing into the preview's own link stays within the marker: it stays dismissed.
    el('.preview-source a').focus();
    expect(first().hasAttribute(DISMISSED)).toBe(true);
    el('#elsewhere').focus();
    expect(first().hasAttribute(DISMISSED)).toBe(false);
  });

  it('brings the focus back to the marker from the preview’s source link', () => {
    el('.preview-source a').focus();
    escape();
    expect(first().hasAttribute(DISMISSED)).toBe(true);
    expect(document.activeElement).toBe(el('#ref-1'));
  });

  it('dismisses a hovered marker’s preview until the pointer leaves it, unless the focus is still there', () => {
    mouse('mouseover', el('#ref-2'));
    escape();
    expect(second().hasAttribute(DISMISSED)).toBe(true);
    // Moving within the marker (onto its preview) does not bring it back.
    mouse('mouseout', el('#ref-2'), el('#preview-2'));
    expect(second().hasAttribute(DISMISSED)).toBe(true);
    mouse('mouseout', el('#preview-2'), document.body);
    expect(second().hasAttribute(DISMISSED)).toBe(false);

    el('#ref-1').focus();
    mouse('mouseover', el('#ref-1'));
    escape();
    mouse('mouseout', el('#ref-1'), document.body);
    expect(first().hasAttribute(DISMISSED)).toBe(true);
  });

  it('leaves the page alone once stopped', () => {
    stop();
    el('#ref-1').focus();
    escape();
    expect(first().hasAttribute(DISMISSED)).toBe(false);
  });
});
