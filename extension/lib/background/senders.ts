import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { findSiteProfile, parseSecureOrigin } from '../../../core/sites/index.ts';

type Sender = Browser.runtime.MessageSender;

/** True for the extension's own pages (popup, options), also when opened as a tab. */
export function isExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

/**
 * The page URL of a content script that may ask for codes: our own content
 * script, in the top frame of a tab, on an https origin. Which accounts it
 * gets is decided by exact origin later; anything else is undefined.
 */
export function contentSenderUrl(sender: Sender): string | undefined {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || sender.frameId !== 0)
    return undefined;
  const url = sender.url;
  if (url === undefined || parseSecureOrigin(url) === undefined) return undefined;
  return url;
}

/** True when the sender is on one of the known sites (enrolment, registration removal). */
export function isKnownSite(url: string): boolean {
  return findSiteProfile(url) !== undefined;
}
