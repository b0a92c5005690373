import type { Result } from '@/lib/platform/result';

/** What the people forms' actions return: the result, and what was typed (never passwords). */
export type PeopleFormState<T = undefined> = Result<T | undefined> & { values?: Record<string, string> };
