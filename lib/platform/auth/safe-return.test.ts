import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return';

describe('safeReturnPath', () => {
  it('keeps same-origin paths with their query and fragment', () => {
    expect(safeReturnPath('/editor/briefs?status=DRAFT#top')).toBe('/editor/briefs?status=DRAFT#top');
    expect(safeReturnPath('/editor')).toBe('/editor');
  });

  it.each([
    ['/\\evil.example/x'],
    ['/\t/evil.example/x'],
    ['/\n/evil.example/x'],
    ['//evil.example/x'],
    ['/\\/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
  ])('refuses %j, which a browser would resolve elsewhere', (url) => {
    expect(safeReturnPath(url)).toBeUndefined();
  });

  it('refuses what the query string decodes to', () => {
    const decoded = new URLSearchParams('callbackUrl=/%5Cevil.example/x').get('callbackUrl');
    expect(safeReturnPath(decoded)).toBeUndefined();
    expect(safeReturnPath(new URLSearchParams('callbackUrl=/%09/evil.example').get('callbackUrl'))).toBeUndefined();
  });
});
