import { handlers } from '@/lib/platform/auth';

export const { GET, POST } = handlers;
