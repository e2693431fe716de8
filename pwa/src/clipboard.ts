/** Seconds a copied code stays on the clipboard. */
const CLEAR_AFTER_MS = 30_000;

/** Copies a code and overwrites the clipboard later, so it does not linger there; resolves to the seconds until then. */
export async function copyWithClear(code: string): Promise<number> {
  await navigator.clipboard.writeText(code);
  // Clearing fails when the page is no longer focused; the OS clipboard then keeps
  // the code until the next copy, which we cannot prevent from a web page.
  setTimeout(() => void navigator.clipboard.writeText('').catch(() => undefined), CLEAR_AFTER_MS);
  return CLEAR_AFTER_MS / 1000;
}
