import { Timestamp } from '@/components/audit/timestamp';
import type { JobRow } from '@/lib/platform/jobs/admin';

const STATE_LABELS: Record<string, string> = { created: 'waiting', retry: 'waiting to retry', active: 'running', failed: 'failed' };

/** One job a row: its queue, state, tries, times and the last error a failure left. */
export function JobTable({ jobs, label, empty }: { jobs: JobRow[]; label: string; empty: string }) {
  if (jobs.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full text-left text-sm">
        <thead className="border-b border-rule text-muted">
          <tr>
            <th className="py-2 pr-3 font-medium">Queue</th>
            <th className="py-2 pr-3 font-medium">State</th>
            <th className="py-2 pr-3 font-medium">Tries</th>
            <th className="py-2 pr-3 font-medium">Queued</th>
            <th className="py-2 pr-3 font-medium">Runs from</th>
            <th className="py-2 pr-3 font-medium">Last error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {jobs.map((job) => (
            <tr key={job.id} className="align-top">
              <td className="py-2 pr-3">
                <code className="font-mono text-xs">{job.queue}</code>
                {job.data ? <div className="font-mono text-xs text-muted">{job.data}</div> : null}
              </td>
              <td className="py-2 pr-3">{STATE_LABELS[job.state] ?? job.state}</td>
              <td className="py-2 pr-3">
                {job.retryCount} of {job.retryLimit + 1}
              </td>
              <td className="py-2 pr-3">
                <Timestamp at={job.createdOn} />
              </td>
              <td className="py-2 pr-3">
                <Timestamp at={job.startAfter} />
              </td>
              <td className="py-2 pr-3">{job.lastError ? <span className="text-csto">{job.lastError}</span> : <span className="text-muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
