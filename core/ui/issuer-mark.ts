import { siteForIssuer } from '../sites/index.ts';

/** A bundled mark: an SVG path set on a 24×24 grid, drawn in white on `background`. */
export interface BundledMark {
  kind: 'bundled';
  background: string;
  /** SVG markup inside a 24×24 viewBox, white on the background. */
  svg: string;
}

/** A coloured disc with the name's first letter, for every other service. */
export interface InitialMark {
  kind: 'initial';
  background: string;
  letter: string;
}

export type IssuerMark = BundledMark | InitialMark;

/**
 * The two port sites get their own marks (simple shapes of our own, not the
 * sites' logos): a crane hook for MyCepa, a pin for C-point. A few services
 * many workers also use get a plain letter mark in their colour.
 */
const bundled: Record<string, BundledMark> = {
  mycepa: {
    kind: 'bundled',
    background: '#0a4a7a',
    svg: '<path d="M5 4h14v2h-6v5.2a3.5 3.5 0 1 1-4 3.4h2a1.5 1.5 0 1 0 2-1.4V6H5z" fill="#fff"/><path d="M4 19h16v2H4z" fill="#fff"/>',
  },
  'c-point': {
    kind: 'bundled',
    background: '#8a2a0c',
    svg: '<path d="M15.5 7.5a6 6 0 1 0 0 9" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="17" cy="12" r="2.2" fill="#fff"/>',
  },
  google: {
    kind: 'bundled',
    background: '#1a5fc7',
    svg: '<path d="M12 5.5a6.5 6.5 0 1 0 6.4 7.6H12v-2.3h8.6c.1.5.1 1 .1 1.5A8.7 8.7 0 1 1 17.6 5.6l-1.7 1.7A6.4 6.4 0 0 0 12 5.5z" fill="#fff"/>',
  },
  microsoft: {
    kind: 'bundled',
    background: '#3b3b3b',
    svg: '<path d="M4 4h7.5v7.5H4zM12.5 4H20v7.5h-7.5zM4 12.5h7.5V20H4zM12.5 12.5H20V20h-7.5z" fill="#fff"/>',
  },
  github: {
    kind: 'bundled',
    background: '#1f2328',
    svg: '<path d="M12 3a9 9 0 0 0-2.8 17.5c.4.1.6-.2.6-.4v-1.6c-2.5.5-3-1.1-3-1.1-.4-1-1-1.3-1-1.3-.8-.6.1-.6.1-.6.9.1 1.4 1 1.4 1 .8 1.4 2.2 1 2.7.8.1-.6.3-1 .6-1.2-2-.2-4.1-1-4.1-4.5 0-1 .4-1.8 1-2.4-.1-.3-.4-1.2.1-2.4 0 0 .8-.2 2.5.9a8.6 8.6 0 0 1 4.5 0c1.7-1.1 2.5-.9 2.5-.9.5 1.2.2 2.1.1 2.4.6.6 1 1.4 1 2.4 0 3.5-2.1 4.3-4.1 4.5.3.3.6.8.6 1.6v2.4c0 .2.2.5.6.4A9 9 0 0 0 12 3z" fill="#fff"/>',
  },
};

/** Backgrounds for letter marks; each keeps white text above 4.5:1 contrast. */
const initialColours = [
  '#0b5c8a',
  '#7a3e00',
  '#5a3e8c',
  '#1d6b3a',
  '#8c2f4b',
  '#355c7d',
  '#6b4f1d',
  '#00676b',
];

/** The mark for an account: bundled for a known service (also by its site's name), else an initial. */
export function findIssuerMark(name: string): IssuerMark {
  const key = name.trim().toLowerCase();
  const site = siteForIssuer(key);
  const mark = bundled[site ? site.name.toLowerCase() : key];
  if (mark) return mark;
  const letter = [...name.trim()][0]?.toUpperCase() ?? '?';
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return { kind: 'initial', background: initialColours[hash % initialColours.length]!, letter };
}
