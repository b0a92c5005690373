import { expect, type APIRequestContext } from '@playwright/test';
import { revalidateToken } from '../../lib/platform/cache/revalidate-token';

/**
 * Tests that write to the database directly (as a script outside the portal would) must expire the
 * cached pages afterwards, as such a script must: otherwise they would check yesterday's page.
 */
export async function expireCachedPages(request: APIRequestContext, tags: string[] = ['site']): Promise<void> {
  const response = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${revalidateToken(process.env.AUTH_SECRET ?? '')}` },
    data: { tags },
  });
  expect(response.status()).toBe(200);
}
