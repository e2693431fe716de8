import type { ClipboardAccess } from '../../core/app/adapters.ts';

/** The page's clipboard; the wipe runs in the page, as nothing else outlives it. */
export const pageClipboard: ClipboardAccess = {
  write: (text) => navigator.clipboard.writeText(text),
  wipeLater(ms) {
    // Clearing fails when the page is no longer focused; the OS clipboard then keeps
    // the code until the next copy, which we cannot prevent from a web page.
    setTimeout(() => void navigator.clipboard.writeText('').catch(() => undefined), ms);
    return Promise.resolve();
  },
};
