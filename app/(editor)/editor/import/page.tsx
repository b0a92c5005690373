import type { Metadata } from 'next';
import { ImportWorkbench } from '@/components/import/import-workbench';
import { requirePageUser } from '@/lib/platform/auth/session';
import { ACCEPTED_EXTENSIONS } from '@/lib/importer/sources/formats';

export const metadata: Metadata = { title: 'Import articles', robots: { index: false } };

export default async function ImportPage() {
  await requirePageUser('/editor/import', 'EDITOR');
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">Import articles</h1>
        <p className="text-muted">
          Each file is read and previewed before anything is saved: check what the importer found and where it found it, correct
          what is wrong (your values are kept apart as editor-supplied), then import. The same text imported twice changes nothing.
        </p>
      </header>
      <ImportWorkbench accept={ACCEPTED_EXTENSIONS.join(',')} />
    </div>
  );
}
