import { mkdirSync, writeFileSync } from 'node:fs';
import { test as setup } from '@playwright/test';
import { signIn } from './sign-in';
import { createUser, type TestRole } from './users';

// Signs one account of each role in once, and stores the session for the specs that need it.
for (const role of ['ADMIN', 'EDITOR', 'CONTRIBUTOR'] as TestRole[]) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    mkdirSync('e2e/.auth', { recursive: true });
    const user = await createUser(role);
    await signIn(page, user);
    await page.context().storageState({ path: `e2e/.auth/${role.toLowerCase()}.json` });
    writeFileSync(`e2e/.auth/${role.toLowerCase()}-user.json`, JSON.stringify(user));
  });
}
