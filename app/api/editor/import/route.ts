import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { commitDocument, CorrectionError, failedReport } from '@/lib/article-import/commit';
import { previewGazetteer } from '@/lib/article-import/gazetteer-cache';
import { IMPORT_LIMITS, tooLargeMessage } from '@/lib/article-import/limits';
import { previewDocument } from '@/lib/article-import/preview';
import { parseImportForm } from '@/lib/article-import/receive';
import { entitiesMentionedIn } from '@/lib/articles/mentioned-entities';
import { authorizeRequest } from '@/lib/platform/auth/session';
import { articleTags } from '@/lib/platform/cache/invalidate';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { queueFactProposals } from '@/lib/platform/jobs/app-queue';
import { SourceError } from '@/lib/importer/sources/types';
import { loadGazetteer } from '@/lib/tagging/store';

export const dynamic = 'force-dynamic';
// The multipart envelope around one file.
const OVERHEAD = 64 * 1024;

const answer = (status: number, body: unknown) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * Preview or import one file, pasted text or URL (one per request, so the page shows progress per
 * file and one bad file stops nothing else). A route handler rather than an action because
 * uploads exceed actions' body limit; it checks the session and role as actions do (authorizeRequest), and the custom
 * header keeps other sites' forms out (they cannot send it without a CORS preflight).
 */
export async function POST(request: NextRequest) {
  const { user, denied, status } = await authorizeRequest('EDITOR');
  if (denied) return answer(status, { error: denied.message });
  if (request.headers.get('x-caspian-import') !== '1') return answer(400, { error: 'Send imports from the import page.' });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > IMPORT_LIMITS.maxFileBytes + OVERHEAD) return answer(413, { error: tooLargeMessage(length) });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answer(400, { error: 'The upload was not understood; try again.' });
  }
  let file = 'upload';
  try {
    const req = parseImportForm(form, env.IMPORT_ALLOW_PRIVATE_URLS);
    const received = await req.read();
    file = received.file;
    const db = getDb();
    if (req.mode === 'preview') return answer(200, { preview: (await previewDocument(db, await previewGazetteer(db), received.file, received.doc)).preview });
    const report = await commitDocument(db, user.id, await loadGazetteer(db), received.file, received.doc, req.corrections);
    if (report.status === 'imported' && report.slug) {
      const article = await db.article.findUniqueOrThrow({ where: { slug: report.slug }, select: { id: true } });
      const entityIds = await entitiesMentionedIn(db, article.id);
      for (const tag of articleTags(article.id, entityIds)) revalidateTag(tag, { expire: 0 });
      // Proposed by the job queue; the import page shows how far it is (factProposalProgressAction).
      await queueFactProposals(article.id);
    }
    return answer(200, { report });
  } catch (error) {
    if (error instanceof SourceError || error instanceof CorrectionError) return answer(422, { error: error.message, report: failedReport(file, error.message) });
    console.error(error);
    return answer(500, { error: 'The import failed on the server; nothing was saved for this file. Try it again.' });
  }
}
