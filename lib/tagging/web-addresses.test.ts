import { describe, expect, it } from 'vitest';
import { webAddressSpans } from './web-addresses';

const spanTexts = (text: string) => webAddressSpans(text).map(([s, e]) => text.slice(s, e));

describe('webAddressSpans', () => {
  it('finds cited web addresses', () => {
    expect(spanTexts('(www.kazakhstan.org.sg, October 23, 2009)')).toEqual(['www.kazakhstan.org.sg']);
    expect(spanTexts('(www.mod.kz, January 19) and https://example.com/a?b=1.')).toEqual(['www.mod.kz', 'https://example.com/a?b=1.']);
    expect(spanTexts('press@mod.gov.kz said')).toEqual(['press@mod.gov.kz']);
  });

  it('leaves ordinary sentences alone', () => {
    expect(spanTexts('He visited Kazakhstan. Turkey agreed. The U.S. Army came.')).toEqual([]);
  });
});
