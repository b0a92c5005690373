/**
 * The page readers get while the database is unreachable: self-contained (no app code runs, no
 * assets are needed), honest about the cause, and it reloads itself so it recovers on its own.
 */
export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · Caspian Briefings</title>
<style>
  :root { color-scheme: light dark; }
  body { font-family: system-ui, sans-serif; max-width: 38rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.55; }
  p.k { text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; opacity: .7; }
  h1 { font-family: Georgia, serif; font-weight: 600; }
</style>
</head>
<body>
<main>
<p class="k">503 · Service unavailable</p>
<h1>Caspian Briefings is briefly unavailable</h1>
<p>The portal cannot reach its database just now, so it cannot show this page. Nothing is lost: this page reloads itself every 15 seconds and will show what you asked for as soon as the database is back.</p>
<p><a href="">Try again now</a></p>
</main>
</body>
</html>`;
