import type { SiteName } from './hosts.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An error banner, or nothing. */
export function renderError(message: string | undefined): string {
  return message === undefined ? '' : `<p class="error" role="alert">${escapeHtml(message)}</p>`;
}

const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1b1f24; }
header { padding: 12px 24px; color: #fff; font-weight: 600; font-size: 20px; }
header.cpoint { background: #003a70; }
header.mycepa { background: #c8102e; }
main { max-width: 520px; margin: 32px auto; background: #fff; padding: 24px; border-radius: 6px; }
label { display: block; margin-top: 12px; }
input[type=text], input[type=password], input:not([type]) { font-size: 18px; padding: 6px; width: 16em; }
input.digit { width: 1.6em; text-align: center; font-size: 24px; margin-right: 4px; }
button { margin-top: 16px; padding: 8px 20px; font-size: 16px; }
.error { color: #b00020; font-weight: 600; }
.notice { color: #1b5e20; }
img#qr { display: block; margin: 16px 0; image-rendering: pixelated; }
`;

/** A whole page with the site's header bar; `body` is trusted HTML. */
export function renderPage(site: SiteName, title: string, body: string): string {
  const brand = site === 'cpoint' ? 'Port of Antwerp-Bruges · C-point' : 'MyCepa';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${brand}</title>
<style>${CSS}</style>
</head>
<body>
<header class="${site}">${brand}</header>
<main>
${body}
</main>
</body>
</html>`;
}
