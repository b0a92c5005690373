/** The briefs' feeds, linked where readers look for them (the home page, the footer). */
export function FeedLinks({ className = 'text-sm' }: { className?: string }) {
  return (
    <p className={className}>
      Follow new briefs: <a href="/feeds/briefs.atom">Atom feed</a> · <a href="/feeds/briefs.json">JSON Feed</a>
    </p>
  );
}
