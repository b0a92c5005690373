import 'server-only';
import { getDb } from '@/lib/db';
import { readDb } from '@/lib/health/read-db';
import { jobsOverview, type JobsOverview } from './admin';

export function loadJobsOverview(): Promise<JobsOverview> {
  return readDb(() => jobsOverview(getDb()));
}
