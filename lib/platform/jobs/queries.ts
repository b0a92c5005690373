import 'server-only';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { jobsOverview, type JobsOverview } from './admin';

export function loadJobsOverview(): Promise<JobsOverview> {
  return readDb(() => jobsOverview(getDb()));
}
