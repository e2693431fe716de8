import type { CpointSession } from './cpoint-login.ts';
import { describeVerdict, renderOtpForm } from './cpoint-pages.ts';
import { readForm, sendHtml, type Exchange } from './http-kit.ts';
import { escapeHtml, renderError, renderPage } from './layout.ts';
import type { Route, SiteContext } from './site-context.ts';
import { checkTotp } from './totp-check.ts';

/** The variant pages, by path under /variant/. */
export const VARIANT_NAMES = [
  'spa',
  'split',
  'iframe-same',
  'iframe-cross',
  'decoy',
  'shadow',
] as const;

/** The hidden field that tells /variant/verify whose code it checks (`?user=` on the page). */
function renderUserField(ex: Exchange): string {
  return `<input type="hidden" name="user" value="${escapeHtml(ex.url.searchParams.get('user') ?? '')}">`;
}

function userQuery(ex: Exchange): string {
  const user = ex.url.searchParams.get('user');
  return user === null ? '' : `?user=${encodeURIComponent(user)}`;
}

function sendVariant(ex: Exchange, title: string, body: string): void {
  sendHtml(ex.res, renderPage('cpoint', title, `<h1>Verificatie</h1>${body}`));
}

const SPLIT_SCRIPT = `<script>
const form = document.getElementById('split-form');
const boxes = [...form.querySelectorAll('input.digit')];
boxes.forEach((box, i) => box.addEventListener('input', () => {
  if (box.value.length === 1 && boxes[i + 1]) boxes[i + 1].focus();
}));
form.addEventListener('submit', () => { form.elements.otp.value = boxes.map((b) => b.value).join(''); });
</script>`;

const SHADOW_SCRIPT = `<script>
customElements.define('code-field', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<label for="otp">Verificatiecode</label> <input id="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]*">';
  }
});
const form = document.getElementById('shadow-form');
form.addEventListener('submit', () => {
  form.elements.otp.value = document.querySelector('code-field').shadowRoot.getElementById('otp').value;
});
</script>`;

const DECOY_STYLES = [
  'display:none',
  'width:0;height:0;border:0;padding:0',
  'opacity:0',
  'position:absolute;left:-10000px;top:0',
];

/** A page that runs `script` `delay` ms after load to insert the code form. */
function renderSpa(ex: Exchange): string {
  const delay = Number(ex.url.searchParams.get('delay') ?? '1500');
  const form = JSON.stringify(renderOtpForm('/variant/verify', renderUserField(ex)));
  return `<div id="app"><p>Laden…</p></div>
<script>setTimeout(() => { document.getElementById('app').innerHTML = ${form.replace(/</g, '\\u003c')}; }, ${delay});</script>`;
}

/** Each copy of /nl/mfa's code field with one twist the autofill must handle. */
export const VARIANT_ROUTES: Readonly<Record<string, Route<CpointSession>>> = {
  'GET /variant/': (ex) => {
    const links = VARIANT_NAMES.map(
      (name) => `<li><a href="/variant/${name}${userQuery(ex)}">${name}</a></li>`,
    );
    sendHtml(
      ex.res,
      renderPage('cpoint', 'Varianten', `<h1>Varianten</h1><ul>${links.join('')}</ul>`),
    );
  },
  'GET /variant/spa': (ex) => sendVariant(ex, 'SPA', renderSpa(ex)),
  'GET /variant/split': (ex) => {
    const boxes = [1, 2, 3, 4, 5, 6].map(
      (n) => `<input class="digit" maxlength="1" inputmode="numeric" aria-label="Cijfer ${n}">`,
    );
    const body = `<form id="split-form" method="post" action="/variant/verify">${renderUserField(ex)}
<fieldset><legend>Verificatiecode</legend>${boxes.join('')}</fieldset>
<input type="hidden" name="otp"><button type="submit">Verzenden</button></form>${SPLIT_SCRIPT}`;
    sendVariant(ex, 'Zes vakjes', body);
  },
  'GET /variant/frame': (ex) =>
    sendHtml(
      ex.res,
      renderPage('cpoint', 'Kader', renderOtpForm('/variant/verify', renderUserField(ex))),
    ),
  'GET /variant/iframe-same': (ex) =>
    sendVariant(
      ex,
      'Kader',
      `<iframe id="frame" title="Verificatie" width="560" height="360" src="/variant/frame${userQuery(ex)}"></iframe>`,
    ),
  'GET /variant/iframe-cross': (ex) => {
    // The frame must come from another origin, also when the page itself is on the look-alike.
    const other =
      ex.host === 'www.c-point.be.example.test' ? 'www.c-point.be' : 'www.c-point.be.example.test';
    const src = `${ex.scheme}://${other}/variant/frame${userQuery(ex)}`;
    sendVariant(
      ex,
      'Vreemd kader',
      `<iframe id="frame" title="Verificatie" width="560" height="360" src="${escapeHtml(src)}"></iframe>`,
    );
  },
  'GET /variant/decoy': (ex) => {
    const decoys = DECOY_STYLES.map(
      (style) =>
        `<input type="text" class="decoy" name="otp" inputmode="numeric" autocomplete="one-time-code" style="${style}">`,
    );
    sendVariant(
      ex,
      'Lokvelden',
      renderOtpForm('/variant/verify', `${renderUserField(ex)}${decoys.join('')}`),
    );
  },
  'GET /variant/shadow': (ex) => {
    const body = `<form id="shadow-form" method="post" action="/variant/verify">${renderUserField(ex)}
<code-field></code-field><input type="hidden" name="otp"><button type="submit">Verzenden</button></form>${SHADOW_SCRIPT}`;
    sendVariant(ex, 'Shadow DOM', body);
  },
  'POST /variant/verify': async (ex, _session, ctx: SiteContext) => {
    const form = await readForm(ex.req);
    // Decoys come first in the form, so the real field's value is the last one.
    const token = form.getAll('otp').at(-1) ?? '';
    const user = ctx.users.findCpointUser(form.get('user') ?? '');
    const secret = user?.totpSecret;
    const verdict =
      user === undefined || secret === undefined
        ? 'wrong'
        : checkTotp({ secret, digits: 6, token, now: ctx.now(), used: user.used });
    const result =
      verdict === 'ok'
        ? '<p id="result" class="notice">Je bent aangelogd.</p>'
        : renderError(describeVerdict(verdict));
    sendHtml(ex.res, renderPage('cpoint', 'Resultaat', `<h1>Verificatie</h1>${result}`));
  },
};
