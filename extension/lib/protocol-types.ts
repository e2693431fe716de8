/**
 * The data that travels in the extension's messages (see protocol.ts for
 * who may send which). Content scripts get codes and yes/no answers, never
 * secrets.
 */
import type { MessageKey } from '../../core/i18n/index.ts';
import type { ContextWords } from '../../core/autofill/index.ts';
import type { SiteProfile } from '../../core/sites/index.ts';
import type { InlineLook } from './content/inline-look.ts';

/** The sign-in method the user picked (C-point), and the username typed, on the step before. */
export interface StepNote {
  method?: 'app' | 'email';
  username?: string;
}

/** The answer to `qr:check`: only whether it is an account's QR code, never its content. */
export type QrCheckAnswer = { otpauth: boolean };

/** An account as a confirmation names it. */
export interface NamedAccount {
  issuer: string | undefined;
  account: string;
}

/**
 * A change to the vault that a site's page asked for, put to the user in
 * Havencode's own window (the page can neither see nor click it).
 * `foreign`: the other known sites the accounts belong to (issuer MyCepa
 * offered on C-point); `doubled`: the sites that would then have two
 * matching accounts, so their code is no longer filled by itself.
 */
export type ConfirmQuestion =
  | {
      kind: 'add';
      site: string;
      accounts: NamedAccount[];
      foreign: string[];
      doubled: string[];
    }
  | { kind: 'remove'; site: string; account: NamedAccount }
  /** Several accounts belong to the page: which one's code goes in (the user clicked Havencode's button). */
  | { kind: 'choose'; site: string; accounts: NamedAccount[] };

/** The answer to a fill request: the code and, on MyCepa, the werkboeknummer. */
export type FillAnswer =
  | { status: 'locked' }
  | { status: 'no-account' }
  /** The user picked the e-mailed code on the step before: no automatic fill. */
  | { status: 'refused' }
  | { status: 'several'; count: number }
  /** Auto-fill is off, or the account is HOTP: the content script offers a button instead. */
  | { status: 'manual' }
  /** This page load already had its one HOTP code. */
  | { status: 'spent' }
  /** The code now is the one just used here: the next one comes in `seconds` (`note` says so). */
  | { status: 'wait'; seconds: number; note: string }
  | { status: 'ok'; code: string; username: string | undefined };

/** The answer to enrolment from the page; `code` is the new account's current code. */
export type EnrolAnswer =
  | { status: 'locked' }
  | { status: 'no-code' }
  /** The user said no in Havencode's window, or closed it. */
  | { status: 'declined' }
  | { status: 'ok'; added: number; duplicates: number; code: string | undefined };

/** The answer to scanning the current tab from the popup. */
export type ScanAnswer = { texts: string[] };

/**
 * The only words the content script shows, in the user's language: it asks
 * the background for them rather than carry every catalogue.
 */
export type ContentStrings = Pick<
  Record<MessageKey, string>,
  'inline.fill' | 'inline.enrol' | 'inline.enrolled' | 'inline.choose' | 'inline.noCode'
>;

/**
 * What the content script needs to start, from the background: its words,
 * the site profile of the page's origin (null on a linked site), the
 * phrases detection reads around a code field and the look of Havencode's
 * buttons on the page. Profiles, phrases and look stay out of the page's
 * script.
 */
export interface PageSetup {
  strings: ContentStrings;
  profile: SiteProfile | null;
  contextWords: ContextWords;
  look: InlineLook;
}
