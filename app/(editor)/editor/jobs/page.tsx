import type { Metadata } from 'next';
import { JobTable } from '@/components/jobs/job-table';
import { requirePageUser } from '@/lib/platform/auth/session';
import { loadJobsOverview } from '@/lib/platform/jobs/queries';

export const metadata: Metadata = { title: 'Jobs', robots: { index: false } };

export default async function JobsPage() {
  await requirePageUser('/editor/jobs', 'ADMIN');
  const jobs = await loadJobsOverview();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Jobs</h1>
        <p className="text-muted">
          Background work in the job queue: scheduled publication, re-tagging after name changes, the trash, search maintenance. Each job runs once
          on one instance; a failed try is retried with growing waits, and a job that fails every try stays below for a week.
        </p>
        {jobs.installed ? null : (
          <p role="status" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
            No server has started the job queue on this database yet.
          </p>
        )}
      </div>
      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="font-serif text-xl font-semibold">
          Pending ({jobs.pending.length})
        </h2>
        <JobTable jobs={jobs.pending} label="Pending jobs, newest first" empty="Nothing is waiting or running." />
      </section>
      <section aria-labelledby="failed-heading" className="space-y-3">
        <h2 id="failed-heading" className="font-serif text-xl font-semibold">
          Failed ({jobs.failed.length})
        </h2>
        <JobTable jobs={jobs.failed} label="Failed jobs, newest first" empty="No job has failed in the last week." />
      </section>
    </div>
  );
}
