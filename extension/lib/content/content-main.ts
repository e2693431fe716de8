import {
  fillOtp,
  fillUsername,
  findUsernameField,
  targetFields,
  watchForOtpTarget,
} from '../../../core/autofill/index.ts';
import type { ContextWords, OtpTarget } from '../../../core/autofill/index.ts';
import { parseSecureOrigin } from '../../../core/sites/index.ts';
import { isSiteOrigin } from '../../../core/sites/origins.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import { isRefusal, onTabEvent, send } from '../protocol.ts';
import type { ContentStrings } from '../protocol-types.ts';
import { loadPageStart } from './ask.ts';
import type { Say } from './ask.ts';
import { reportSubmission } from './code-submission.ts';
import { watchEnrolment } from './enrol-offer.ts';
import type { Enrolment } from './enrol-offer.ts';
import { showInlineButton, showInlineNote } from './inline-ui.ts';
import type { InlineUi } from './inline-ui.ts';
import { guardRegistrationRemoval } from './registration-guard.ts';
import { noteSignInSteps } from './step-notes.ts';

/**
 * The content script on MyCepa and C-point, and on the sites the user linked
 * and allowed: find the code field, ask the background for the code, fill it.
 * It knows nothing secret: it gets a code (and on MyCepa the werkboeknummer)
 * for this exact origin, nothing else.
 */
export async function startContent(): Promise<void> {
  // Never over http (a profile is for one exact https origin too).
  if (parseSecureOrigin(location.href) === undefined) return;
  const starting = loadPageStart();
  // On MyCepa and C-point, QR codes are read while the background sets the page up.
  const enrolment = isSiteOrigin(location.origin) ? watchEnrolment(starting) : undefined;
  const start = await starting;
  // Refused: kiosk mode on a site the administrator did not allow.
  if (start === undefined) return;
  const { say, profile, contextWords } = start;
  if (profile && enrolment) return startOnSite(profile, say, contextWords, enrolment);
  // A linked site: generic detection, and the background decides whether an
  // account links this exact origin. No enrolment here.
  const filler = createFiller(undefined, say, contextWords);
  watchForOtpTarget(document, undefined, contextWords, (target) => filler.offer(target));
  onTabEvent(() => filler.retry());
}

/** MyCepa or C-point: fill, offer enrolment, note the sign-in steps, guard the registration's removal. */
function startOnSite(
  profile: SiteProfile,
  say: Say,
  contextWords: ContextWords,
  enrolment: Enrolment,
): void {
  const filler = createFiller(profile, say, contextWords);
  noteSignInSteps(profile);
  watchForOtpTarget(document, profile, contextWords, (target) => {
    // On a set-up page the code comes from the QR code just added, not from the vault.
    if (target.certainty === 'enrol' || enrolment.enrolled) enrolment.setTarget(target);
    else filler.offer(target);
  });
  const registration = guardRegistrationRemoval(profile);
  onTabEvent((event) => {
    filler.retry();
    if (event === 'vault:unlocked') {
      enrolment.retry();
      registration?.recheck();
    }
  });
}

/**
 * Fills the code field it is offered when detection has no doubt; in doubt,
 * while locked or with auto-fill off, offers a button instead.
 */
function createFiller(profile: SiteProfile | undefined, say: Say, words: ContextWords) {
  let target: OtpTarget | undefined;
  let prompt: InlineUi | undefined;
  let waitingForUnlock = false;

  const offerButton = (then: () => void, label: keyof ContentStrings = 'inline.fill') => {
    if (!target) return;
    prompt?.remove();
    prompt = showInlineButton(anchorOf(target), say(label), then);
  };

  const fill = async (auto: boolean) => {
    if (!target) return;
    const answer = await send('fill:request', { auto });
    prompt?.remove();
    prompt = undefined;
    // Refused (a site kiosk mode does not allow): nothing here, as for 'several' below.
    if (isRefusal(answer)) return;
    if (answer.status === 'ok') {
      waitingForUnlock = false;
      const username = answer.username;
      const usernameField =
        username === undefined ? undefined : findUsernameField(target, profile, words);
      if (usernameField && username !== undefined) fillUsername(usernameField, username);
      if (fillOtp(target, answer.code)) reportSubmission(target, answer.code);
    } else if (answer.status === 'several') {
      // Which one: asked in Havencode's window, after a click on this button.
      offerButton(() => void fill(false), 'inline.choose');
    } else if (answer.status === 'wait') {
      showInlineNote(anchorOf(target), answer.note, answer.seconds * 1000);
      setTimeout(() => void fill(auto), answer.seconds * 1000);
    } else if (answer.status === 'locked' || answer.status === 'manual') {
      const locked = answer.status === 'locked';
      offerButton(() => {
        if (!locked) return void fill(false);
        waitingForUnlock = true;
        void send('unlock:open', {});
      });
    }
    // 'no-account', 'refused' or 'spent': nothing here; the popup lists the accounts.
  };

  return {
    offer(found: OtpTarget) {
      target = found;
      if (found.certainty === 'sure') void fill(true);
      else offerButton(() => void fill(false));
    },
    /** The vault was just unlocked: fill where the user asked, or where auto-fill would have. */
    retry() {
      if (target && (waitingForUnlock || target.certainty === 'sure')) {
        void fill(!waitingForUnlock);
      }
    },
  };
}

/** Where inline UI for a target goes. */
function anchorOf(target: OtpTarget): Element {
  return targetFields(target)[0] ?? document.body;
}
