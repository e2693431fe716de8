import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { findSiteProfile, parseSecureOrigin } from '../../../core/sites/index.ts';
import type { From } from '../protocol.ts';

type MessageSender = Browser.runtime.MessageSender;

/** A message's sender as the receiving edge trusts it: what it may send as, and from where. */
export interface Sender {
  /** The table's `from` values this sender meets (a known site is also 'any-site'). */
  kinds: readonly From[];
  /** The sender's document URL. */
  url: string;
  /** The tab of a content script. */
  tab: Browser.tabs.Tab | undefined;
  /** The browser's own description (document id, frame). */
  browser: MessageSender;
}

/**
 * Who sent a message. Only our own extension counts. The background is its
 * service worker's script (Chrome; it sends only to the offscreen
 * document); an extension page is any other document of ours (popup,
 * options, confirmation window, also opened as a tab); a content script may
 * ask for codes only from the top frame of a tab on an https origin (which
 * accounts it gets is decided by exact origin later); enrolment and
 * registration removal only on the known sites. Undefined: a stranger.
 */
export function classifySender(sender: MessageSender): Sender | undefined {
  const url = sender.url;
  if (sender.id !== browser.runtime.id || url === undefined) return undefined;
  const base = { url, tab: sender.tab, browser: sender };
  if (sender.tab === undefined && url === browser.runtime.getURL('/background.js'))
    return { ...base, kinds: ['background'] };
  if (url.startsWith(browser.runtime.getURL('/'))) return { ...base, kinds: ['page'] };
  if (sender.tab === undefined || sender.frameId !== 0 || parseSecureOrigin(url) === undefined)
    return undefined;
  return {
    ...base,
    kinds: findSiteProfile(url) === undefined ? ['any-site'] : ['known-site', 'any-site'],
  };
}

/** True when the sender is a content script (on a known or linked site). */
export function isContentSender(sender: Sender): boolean {
  return sender.kinds.includes('any-site');
}
