/**
 * Shown inside the editor's layout (its menu stays) while the next editor page loads. Reader pages
 * have no loading state on purpose: they are served whole from the cache and work without
 * JavaScript, which a streamed fallback would hide.
 */
export default function EditorLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-6">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="h-7 w-2/5 animate-pulse rounded bg-rule motion-reduce:animate-none" />
      <div aria-hidden="true" className="h-4 w-4/5 animate-pulse rounded bg-rule motion-reduce:animate-none" />
      <div aria-hidden="true" className="h-4 w-3/5 animate-pulse rounded bg-rule motion-reduce:animate-none" />
    </div>
  );
}
