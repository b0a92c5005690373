import { describe, expect, it } from 'vitest';
import { factSchema } from './schema';

describe('factSchema', () => {
  it('reads the reference fields as empty when the form cites a paragraph (they are not shown)', () => {
    const parsed = factSchema.safeParse({ kind: 'PARTICIPATED_IN', subject: 'kazakhstan', object: 'khazri-2023', role: 'HOST', from: '', to: '', supportKind: 'paragraph', citation: '[^a#p-1]', quote: 'words' });
    expect(parsed.success && parsed.data).toMatchObject({ url: '', publication: '', title: '', published: '', role: 'HOST' });
  });
  it('refuses an unknown kind or role', () => {
    expect(factSchema.safeParse({ kind: 'OWNS', supportKind: 'paragraph', role: '' }).success).toBe(false);
    expect(factSchema.safeParse({ kind: 'PARTICIPATED_IN', supportKind: 'paragraph', role: 'KING' }).success).toBe(false);
  });
});
