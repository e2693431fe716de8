/**
 * The detection corpus: pages rebuilt from public identity-provider and
 * framework templates (each cites its source at its top, see index.md),
 * served as MyCepa and C-point under /corpus/<name>. Each page declares its
 * site, its kind and what Havencode must do there:
 * - fill: the code (and on MyCepa the werkboeknummer) goes in by itself;
 * - no-fill: nothing is filled and nothing offered (e-mail, SMS, reset,
 *   recovery, captcha, change-password);
 * - offer-on-click: the field is offered the code on a click only;
 * - offer: 'Toevoegen aan Havencode' appears next to the QR code; a click
 *   enrols and fills the verification field, if the page has one.
 * Fields the code belongs in carry data-corpus="target" (the werkboeknummer's
 * field data-corpus="username"), the QR code data-corpus="qr" and a "Next"
 * button data-corpus="next" (on a page that shows the set-up key as text
 * instead, the key carries data-corpus="qr"); detection never reads data-* attributes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderCanvasScript,
  renderPngDataUrl,
  renderSvgDataUrl,
  renderSvgPath,
  renderSvgRects,
} from './qr-art.ts';

export type CorpusSite = 'c-point' | 'mycepa';
export type CorpusKind = 'code' | 'login' | 'enrol' | 'negative';
export type CorpusExpect = 'fill' | 'no-fill' | 'offer' | 'offer-on-click';

/** One page of the corpus, as declared in its header comment. */
export interface CorpusPage {
  name: string;
  site: CorpusSite;
  kind: CorpusKind;
  expect: CorpusExpect;
  /** 'owner/repo path' of each template the page was rebuilt from. */
  sources: string[];
  /** The page as served, placeholders filled in. */
  html: string;
}

/** The accounts the corpus's QR codes and codes belong to (the same as the vault's). */
export const CORPUS_ACCOUNTS = {
  'c-point': { account: 'jdevos', secret: 'JBSWY3DPEHPK3PXP', digits: 6, issuer: 'C-point' },
  mycepa: {
    account: '0471234',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    digits: 10,
    issuer: 'MyCepa',
  },
} as const;

/** The otpauth URI of the corpus account of `site`. */
export function corpusUri(site: CorpusSite): string {
  const { account, secret, digits, issuer } = CORPUS_ACCOUNTS[site];
  return `otpauth://totp/${issuer}:${account}?secret=${secret}&issuer=${issuer}&digits=${digits}&period=30`;
}

const HOSTS: Record<CorpusSite, string> = { 'c-point': 'www.c-point.be', mycepa: 'my.cepa.be' };

/** Where the page is served. */
export function corpusUrl(page: CorpusPage): string {
  return `https://${HOSTS[page.site]}/corpus/${page.name}`;
}

const pagesDir = join(import.meta.dirname, 'pages');

function readHeader(name: string, text: string) {
  const header = /^<!--([\s\S]*?)-->/.exec(text)?.[1];
  if (header === undefined) throw new Error(`${name}: no header comment`);
  const field = (key: string) =>
    [...header.matchAll(new RegExp(`^\\s*${key}:\\s*(.+)$`, 'gm'))].map((m) => m[1]!.trim());
  const [site] = field('site');
  const [kind] = field('kind');
  const [expect] = field('expect');
  const sources = field('source');
  if (site === undefined || kind === undefined || expect === undefined || sources.length === 0) {
    throw new Error(`${name}: the header needs site, kind, expect and source`);
  }
  return {
    site: site as CorpusSite,
    kind: kind as CorpusKind,
    expect: expect as CorpusExpect,
    sources,
  };
}

async function fillPlaceholders(html: string, site: CorpusSite): Promise<string> {
  const uri = corpusUri(site);
  const secret = CORPUS_ACCOUNTS[site].secret;
  const values: Record<string, () => Promise<string> | string> = {
    QR_PNG: () => renderPngDataUrl(uri, { margin: 4 }),
    QR_PNG_NOQUIET: () => renderPngDataUrl(uri, { margin: 0 }),
    QR_PNG_COLOURED: () => renderPngDataUrl(uri, { margin: 4, dark: '#1d3b8f', light: '#ffd8a8' }),
    QR_SVG_RECTS: () => renderSvgRects(uri, { px: 200, light: '#ffffff' }),
    QR_SVG_RECTS_BARE: () => renderSvgRects(uri, { px: 200 }),
    QR_SVG_PATH: () => renderSvgPath(uri, { px: 200 }),
    QR_SVG_PATH_MIRRORED: () => renderSvgPath(uri, { px: 200, mirrored: true }),
    QR_SVG_IMG: () => renderSvgDataUrl(uri),
    QR_CANVAS_SCRIPT: () => renderCanvasScript(uri, 'qr-canvas'),
    SECRET_GROUPS: () => secret.replace(/(.{4})/g, '$1 ').trim(),
  };
  let out = html;
  for (const [key, make] of Object.entries(values)) {
    if (out.includes(`{{${key}}}`)) out = out.replaceAll(`{{${key}}}`, await make());
  }
  return out;
}

/** Every corpus page, read and filled in, in file-name order. */
export async function loadCorpus(): Promise<CorpusPage[]> {
  const files = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.html'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const name = file.replace(/\.html$/, '');
      const text = readFileSync(join(pagesDir, file), 'utf8');
      const header = readHeader(name, text);
      return { name, ...header, html: await fillPlaceholders(text, header.site) };
    }),
  );
}
