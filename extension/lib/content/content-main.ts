import { browser } from 'wxt/browser';
import {
  fillOtp,
  fillUsername,
  findUsernameField,
  targetFields,
  watchForOtpTarget,
} from '../../../core/autofill/index.ts';
import type { OtpTarget } from '../../../core/autofill/index.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { findSiteProfile, parseSecureOrigin } from '../../../core/sites/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import type { BackgroundEvent, FillAnswer } from '../messages.ts';
import { ask, loadSay } from './ask.ts';
import type { Say } from './ask.ts';
import { reportSubmission } from './code-submission.ts';
import { watchEnrolment } from './enrol-offer.ts';
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
  const profile = findSiteProfile(location.href);
  if (profile) return startOnSite(profile);
  // A linked site: generic detection, and the background decides whether an
  // account links this exact origin. Never over http; no enrolment here.
  if (parseSecureOrigin(location.href) === undefined) return;
  const filler = createFiller(undefined, await loadSay());
  watchForOtpTarget(document, undefined, (target) => filler.offer(target));
  onVaultChange(() => filler.retry());
}

/** MyCepa or C-point: fill, offer enrolment, note the sign-in steps, guard the registration's removal. */
async function startOnSite(profile: SiteProfile): Promise<void> {
  const say = await loadSay();
  const filler = createFiller(profile, say);
  const enrolment = watchEnrolment(say);
  noteSignInSteps(profile);
  watchForOtpTarget(document, profile, (target) => {
    // On a set-up page the code comes from the QR code just added, not from the vault.
    if (target.certainty === 'enrol' || enrolment.enrolled) enrolment.setTarget(target);
    else filler.offer(target);
  });
  const registration = guardRegistrationRemoval(profile);
  onVaultChange((event) => {
    filler.retry();
    if (event === 'vault:unlocked') {
      enrolment.retry();
      registration?.recheck();
    }
  });
}

/** Runs `then` each time the background says the vault opened or accounts were added. */
function onVaultChange(then: (event: BackgroundEvent['type']) => void): void {
  browser.runtime.onMessage.addListener((event: unknown) => {
    const { type } = event as BackgroundEvent;
    if (type === 'vault:unlocked' || type === 'accounts:added') then(type);
    return undefined;
  });
}

/**
 * Fills the code field it is offered when detection has no doubt; in doubt,
 * while locked or with auto-fill off, offers a button instead.
 */
function createFiller(profile: SiteProfile | undefined, say: Say) {
  let target: OtpTarget | undefined;
  let prompt: InlineUi | undefined;
  let waitingForUnlock = false;

  const offerButton = (then: () => void, label: MessageKey = 'inline.fill') => {
    if (!target) return;
    prompt?.remove();
    prompt = showInlineButton(anchorOf(target), say(label), then);
  };

  const fill = async (auto: boolean) => {
    if (!target) return;
    const answer = await ask<FillAnswer>({ type: 'fill:request', auto });
    prompt?.remove();
    prompt = undefined;
    if (answer.status === 'ok') {
      waitingForUnlock = false;
      const username = answer.username;
      const usernameField = username === undefined ? undefined : findUsernameField(target, profile);
      if (usernameField && username !== undefined) fillUsername(usernameField, username);
      if (fillOtp(target, answer.code)) reportSubmission(target, answer.code);
    } else if (answer.status === 'several') {
      // Which one: asked in Havencode's window, after a click on this button.
      offerButton(() => void fill(false), 'inline.choose');
    } else if (answer.status === 'wait') {
      const text = say('inline.nextCode', { seconds: answer.seconds });
      showInlineNote(anchorOf(target), text, answer.seconds * 1000);
      setTimeout(() => void fill(auto), answer.seconds * 1000);
    } else if (answer.status === 'locked' || answer.status === 'manual') {
      const locked = answer.status === 'locked';
      offerButton(() => {
        if (!locked) return void fill(false);
        waitingForUnlock = true;
        void ask({ type: 'unlock:open' });
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
