/** How the portal shows a value the source did not state: plainly, never invented. */
export function Unknown({ what }: { what: string }) {
  return (
    <span className="italic text-muted" title={`The source does not state the ${what}; an editor can supply it.`}>
      unknown
    </span>
  );
}
