import { SlashFocus } from './slash-focus';

const INPUT_ID = 'site-search';

/**
 * The search box on every page: a GET form to /search, so it works without JavaScript; with it,
 * "/" anywhere outside a field puts the cursor in it.
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Site" method="get" action="/search" className="hidden w-full sm:block sm:w-56" data-print="hide">
      <label htmlFor={INPUT_ID} className="sr-only">
        Search the portal
      </label>
      <div className="relative">
        <input
          id={INPUT_ID}
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="/"
          className="peer block w-full rounded border border-rule bg-paper px-2 py-1 text-sm text-ink placeholder:text-muted"
        />
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-rule px-1 font-mono text-xs text-muted peer-focus:hidden sm:block"
        >
          /
        </kbd>
      </div>
      <SlashFocus target={INPUT_ID} />
    </form>
  );
}
