import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PageCacheHandler, { deriveTag, expireTags, pageCacheState, RENDER_GRACE_MS } from './page-cache-handler.mjs';

const page = (tags: string) => ({ kind: 'APP_PAGE', html: '<p>hello</p>', headers: { 'x-next-cache-tags': tags }, status: 200 });

describe('PageCacheHandler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-21T12:00:00Z') });
    pageCacheState().entries.clear();
    pageCacheState().expiredAt.clear();
    pageCacheState().derived.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps a page until a tag it carries is expired', async () => {
    const cache = new PageCacheHandler();
    await cache.set('/articles/a', page('site,article:a,_N_T_/articles/a'), { cacheControl: { revalidate: false } });
    vi.advanceTimersByTime(10);
    expect(await cache.get('/articles/a')).toMatchObject({ value: { html: '<p>hello</p>' }, cacheControl: { revalidate: false } });
    await cache.revalidateTag(['article:b']);
    expect(await cache.get('/articles/a')).not.toBeNull();
    await cache.revalidateTag('article:a');
    expect(await cache.get('/articles/a')).toBeNull();
  });

  it('expires a derived tag with any of its sources, and only with them', async () => {
    const cache = new PageCacheHandler();
    deriveTag('compare', ['entity:x', 'article:p']);
    await cache.set('/compare', page('site,compare'));
    await cache.set('/countries/y', page('site,entity:y'));
    vi.advanceTimersByTime(10);
    await cache.revalidateTag('entity:y');
    expect(await cache.get('/compare')).not.toBeNull();
    expect(await cache.get('/countries/y')).toBeNull();
    await cache.revalidateTag('article:p');
    expect(await cache.get('/compare')).toBeNull();
    await cache.set('/compare', page('site,compare'));
    vi.advanceTimersByTime(10);
    expireTags('entity:x', { again: false });
    expect(await cache.get('/compare')).toBeNull();
  });

  it('honours the tags Next passes on lookup (implicit path tags) and on set (data entries)', async () => {
    const cache = new PageCacheHandler();
    await cache.set('fetch-key', { kind: 'FETCH', data: { body: 'x' } }, { tags: ['briefs'] });
    await cache.set('/briefs', page('site'));
    vi.advanceTimersByTime(10);
    expireTags(['_N_T_/briefs', 'briefs'], { again: false });
    expect(await cache.get('fetch-key')).toBeNull();
    expect(await cache.get('/briefs', { softTags: ['_N_T_/briefs'] })).toBeNull();
  });

  it('expires again after the grace period: a render that read before the change is not kept', async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag('article:a');
    // A render that began before the change stores its page just after the expiry.
    vi.advanceTimersByTime(50);
    await cache.set('/articles/a', page('site,article:a'));
    vi.advanceTimersByTime(10);
    expect(await cache.get('/articles/a')).not.toBeNull();
    vi.advanceTimersByTime(RENDER_GRACE_MS);
    expect(await cache.get('/articles/a')).toBeNull();
    // A page rendered after that stays.
    vi.advanceTimersByTime(10);
    await cache.set('/articles/a', page('site,article:a'));
    vi.advanceTimersByTime(10);
    expect(await cache.get('/articles/a')).not.toBeNull();
  });

  it('is shared by every instance Next creates in the process', async () => {
    await new PageCacheHandler().set('/x', page('site'));
    vi.advanceTimersByTime(1);
    expect(await new PageCacheHandler().get('/x')).not.toBeNull();
    expect(pageCacheState().stats.sets).toBeGreaterThan(0);
  });

  it('stores no 404 (an unknown slug or paragraph) and drops what was kept under that key', async () => {
    const cache = new PageCacheHandler();
    await cache.set('/articles/gone', page('site'));
    await cache.set('/articles/gone', { ...page('site'), status: 404 });
    await cache.set('/articles/nowhere/opengraph-image', { kind: 'APP_ROUTE', status: 404, body: Buffer.from('Not found'), headers: {} });
    vi.advanceTimersByTime(1);
    expect(await cache.get('/articles/gone')).toBeNull();
    expect(await cache.get('/articles/nowhere/opengraph-image')).toBeNull();
  });
});
