/**
 * Messages between the extension's contexts. Content scripts may send only
 * `ContentRequest`s, and get back codes, never secrets; extension pages may
 * send `PageRequest`s. The background checks who sent what (see router.ts).
 */

/** What a content script on a site may ask. */
export type ContentRequest =
  | { type: 'fill:request' }
  | { type: 'fill:done' }
  | { type: 'enrol:add'; images: string[] }
  | { type: 'unlock:open' }
  | { type: 'registration:remove' };

/** What the extension's own pages may ask. */
export type PageRequest = { type: 'scan:tab' } | { type: 'lock' };

/** What the background tells content scripts. */
export type BackgroundEvent = { type: 'vault:unlocked' };

/** The answer to a fill request: the code and, on MyCepa, the werkboeknummer. */
export type FillAnswer =
  | { status: 'locked' }
  | { status: 'no-account' }
  | { status: 'several'; count: number }
  | { status: 'ok'; code: string; username: string | undefined };

/** The answer to enrolment from the page. */
export type EnrolAnswer =
  | { status: 'locked' }
  | { status: 'no-code' }
  | { status: 'ok'; added: number; duplicates: number };

/** The answer to scanning the current tab from the popup. */
export type ScanAnswer = { texts: string[] };
