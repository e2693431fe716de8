/**
 * Messages between the extension's contexts. Content scripts may send only
 * `ContentRequest`s, and get back codes, never secrets; extension pages may
 * send `PageRequest`s. The background checks who sent what (see senders.ts).
 */

/** What a content script on a site may ask. */
export type ContentRequest =
  /**
   * `auto`: the field just appeared (honours the auto-fill setting); false:
   * the user clicked Havencode's button (a trusted, visible click), the only
   * way an HOTP code leaves.
   */
  | { type: 'fill:request'; auto: boolean }
  | { type: 'enrol:add'; images: string[] }
  /** Enrol from the page's "can't scan? enter this key" text (base32). */
  | { type: 'enrol:key'; key: string }
  /** Does one of these images (one QR code, drawn several ways) hold an otpauth:// URI? */
  | { type: 'qr:check'; images: string[] }
  /** The page submitted a form holding this code, which Havencode had filled: it is used. */
  | { type: 'code:submitted'; code: string }
  /** What the user chose or typed on a sign-in step, kept for the tab's next step. */
  | { type: 'step:note'; note: StepNote }
  | { type: 'unlock:open' }
  /** `pageText` tells which account the site's profile page is about. */
  | { type: 'registration:check'; pageText: string }
  | { type: 'registration:remove'; pageText: string };

/** The sign-in method the user picked (C-point), and the username typed, on the step before. */
export interface StepNote {
  method?: 'app' | 'email';
  username?: string;
}

/** The answer to `qr:check`: only whether it is an account's QR code, never its content. */
export type QrCheckAnswer = { otpauth: boolean };

/** What the extension's own pages may ask. */
export type PageRequest =
  | { type: 'scan:tab' }
  | { type: 'lock' }
  | { type: 'settings:changed' }
  | { type: 'clipboard:clear-later'; afterMs: number }
  /** The page added accounts: a field waiting on a site tab may now get its code. */
  | { type: 'accounts:added' }
  /** Kiosk: the worker is using the popup, so the idle time starts again. */
  | { type: 'activity' }
  /** Havencode's confirmation window reads its question (undefined once answered)... */
  | { type: 'confirm:get'; id: string }
  /** ...and gives the user's answer (`choice`: the account picked, by its place in the list). */
  | { type: 'confirm:answer'; id: string; yes: boolean; choice?: number };

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

/** What the background tells content scripts: the vault opened, or accounts were added. */
export type BackgroundEvent = { type: 'vault:unlocked' } | { type: 'accounts:added' };

/** What the background asks of its offscreen document (Chrome): a document's powers. */
export type OffscreenRequest =
  | { type: 'offscreen:clear-clipboard'; afterMs: number }
  /** Answered with the texts of the QR codes in the images. */
  | { type: 'offscreen:decode'; images: string[] };

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
  /** The code now is the one just used here: the next one comes in `seconds`. */
  | { status: 'wait'; seconds: number }
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
