import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { originPattern } from '../../../core/sites/index.ts';
import { findLinkedOrigins } from '../linked-origins.ts';

type Script = Browser.scripting.RegisteredContentScript;

/** The id of the one content script registered for every linked site. */
export const LINKED_SCRIPT_ID = 'havencode-linked';

/** The manifest's content script (see .output/chrome-mv3/manifest.json): the same code runs on linked sites. */
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** What to do to the registered script so it runs on exactly the allowed linked sites. */
export type ScriptChange =
  { kind: 'none' } | { kind: 'unregister' } | { kind: 'register' | 'update'; script: Script };

/**
 * The change that brings `registered` (undefined: none) in step with the
 * host patterns the browser granted: top frame only, like the manifest's.
 */
export function planLinkedScript(registered: Script | undefined, granted: string[]): ScriptChange {
  const matches = findLinkedOrigins(granted).map(originPattern);
  if (matches.length === 0) return registered ? { kind: 'unregister' } : { kind: 'none' };
  const script: Script = {
    id: LINKED_SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    matches,
    runAt: 'document_idle',
    allFrames: false,
  };
  if (!registered) return { kind: 'register', script };
  const same =
    registered.js?.join() === script.js?.join() &&
    [...(registered.matches ?? [])].sort().join() === matches.join();
  return same ? { kind: 'none' } : { kind: 'update', script };
}

/** Reads what is granted and registered, and applies the change. */
async function syncLinkedScript(): Promise<void> {
  const [permissions, registered] = await Promise.all([
    browser.permissions.getAll(),
    browser.scripting.getRegisteredContentScripts({ ids: [LINKED_SCRIPT_ID] }),
  ]);
  const change = planLinkedScript(registered[0], permissions.origins ?? []);
  switch (change.kind) {
    case 'register':
      return browser.scripting.registerContentScripts([change.script]);
    case 'update':
      return browser.scripting.updateContentScripts([change.script]);
    case 'unregister':
      return browser.scripting.unregisterContentScripts({ ids: [LINKED_SCRIPT_ID] });
    case 'none':
      return;
  }
}

/**
 * Keeps the linked sites' content script in step with the granted origins:
 * now (registrations outlive the service worker, so this is idempotent) and
 * whenever the user allows or withdraws a site. One sync at a time: two
 * racing registrations of one id would fail.
 */
export function startLinkedScripts(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(syncLinkedScript)
      .catch((error: unknown) => console.error('Havencode: linked sites', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
