import type { Prisma } from '@/lib/generated/prisma/client';

/** A transaction's client: what a write's steps take, so that they commit or roll back together. */
export type Tx = Prisma.TransactionClient;
