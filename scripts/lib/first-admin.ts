import { createPrismaClient } from '@/lib/platform/db/create-client';
import { createGeneratedAdmin, ensureBootstrapAdmin } from '@/lib/people/bootstrap';

/**
 * The first admin: the one ADMIN_EMAIL/ADMIN_PASSWORD name, or, on a database with no people yet,
 * one made here with a generated password, returned so `npm start` can print it once.
 */
export async function prepareFirstAdmin(databaseUrl: string, log: (line: string) => void): Promise<{ email: string; password: string } | null> {
  const db = createPrismaClient(databaseUrl);
  try {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env;
    if (email && password) {
      const result = await ensureBootstrapAdmin(db, { email, password });
      if (result.status !== 'unchanged') log(`Admin ${email}: ${result.status === 'created' ? 'created' : 'password updated'}.`);
      if (result.warning) log(`Warning: ${result.warning}`);
      return null;
    }
    return await createGeneratedAdmin(db);
  } finally {
    await db.$disconnect();
  }
}
