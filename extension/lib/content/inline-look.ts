import mark from '../../../assets/icon.svg?inline';
import style from './inline-ui.css?inline';

/** How Havencode's buttons and notes on a page look (inline-ui.ts). */
export interface InlineLook {
  /** Havencode's mark, so the user knows whose button it is: a data: URL. */
  mark: string;
  /** The host element's own style: inline and !important, which no page style sheet beats. */
  hostStyle: string;
  /** The style sheet of their closed shadow root, minified by the build. */
  style: string;
}

/**
 * The look itself. The background sends it to the content script at start
 * (`page:setup`), so the page's script carries neither the mark nor the styles.
 */
export const inlineLook: InlineLook = {
  mark,
  hostStyle: [
    'all: initial',
    'position: fixed',
    'z-index: 2147483647',
    'display: block',
    'opacity: 1',
    'visibility: visible',
    'transform: none',
    'filter: none',
    'clip-path: none',
    'mix-blend-mode: normal',
    'pointer-events: auto',
  ]
    .map((rule) => `${rule} !important`)
    .join('; '),
  style,
};
