import Link from 'next/link';
import { FeedLinks } from './feed-links';

export function SiteFooter() {
  return (
    <footer className="border-t border-rule text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 sm:px-6">
        <p>
          Caspian Briefings collects source reporting on security cooperation in Central Asia and the Caspian. The{' '}
          <strong className="font-medium text-ink">CSTO era</strong> runs to 23 February 2022;{' '}
          <strong className="font-medium text-ink">post-2022</strong> begins with Russia’s full-scale invasion of
          Ukraine on 24 February 2022.
        </p>
        <p>Source texts are shown as received, with the publisher’s attribution; what a source does not state is marked unknown.</p>
        <FeedLinks />
        <p data-print="hide">
          <Link href="/sign-in">Editors: sign in</Link>
        </p>
      </div>
    </footer>
  );
}
