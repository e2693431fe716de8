import { browser } from 'wxt/browser';
import {
  fillOtp,
  fillUsername,
  findUsernameField,
  isPage,
  watchForOtpTarget,
} from '../../../core/autofill/index.ts';
import type { OtpTarget } from '../../../core/autofill/index.ts';
import { pickLanguage, translate } from '../../../core/i18n/index.ts';
import type { MessageKey, MessageParams } from '../../../core/i18n/index.ts';
import { findSiteProfile } from '../../../core/sites/index.ts';
import type { SiteProfile } from '../../../core/sites/index.ts';
import type { BackgroundEvent, ContentRequest, EnrolAnswer, FillAnswer } from '../messages.ts';
import { askInline, showInlineButton, showInlineNote } from './inline-ui.ts';
import type { InlineUi } from './inline-ui.ts';
import { collectQrImages } from './page-images.ts';

const language = pickLanguage(navigator.languages);
const say = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
const ask = <T>(request: ContentRequest) => browser.runtime.sendMessage<ContentRequest, T>(request);

/**
 * The content script on MyCepa and C-point: find the code field, ask the
 * background for the code, fill it. It knows nothing secret: it gets a code
 * (and on MyCepa the werkboeknummer) for this exact origin, nothing else.
 */
export function startContent(): void {
  const profile = findSiteProfile(location.href);
  if (!profile) return;
  let target: OtpTarget | undefined;
  let prompt: InlineUi | undefined;

  const fill = async () => {
    if (!target) return;
    const answer = await ask<FillAnswer>({ type: 'fill:request' });
    prompt?.remove();
    prompt = undefined;
    if (answer.status === 'ok') {
      const username =
        answer.username === undefined ? undefined : findUsernameField(document, profile);
      if (username && answer.username !== undefined) fillUsername(username, answer.username);
      fillOtp(target, answer.code);
    } else if (answer.status === 'locked') {
      prompt = showInlineButton(
        anchorOf(target),
        say('inline.fill'),
        () => void ask({ type: 'unlock:open' }),
      );
    } else if (answer.status === 'no-account' && onEnrolmentPage(profile)) {
      prompt = offerEnrolment(profile, anchorOf(target), fill);
    }
  };

  watchForOtpTarget(document, profile, (found) => {
    target = found;
    void fill();
  });
  browser.runtime.onMessage.addListener((event: unknown) => {
    if ((event as BackgroundEvent).type === 'vault:unlocked') void fill();
  });
  guardRegistrationRemoval(profile);
}

function anchorOf(target: OtpTarget): Element {
  return target.kind === 'single' ? target.field : (target.boxes[0] ?? document.body);
}

function onEnrolmentPage(profile: SiteProfile): boolean {
  return profile.enrolmentPages.some((page) => isPage(document, page));
}

/** 'Toevoegen aan Havencode' on the page that shows the QR code; then fills the verification code. */
function offerEnrolment(
  profile: SiteProfile,
  anchor: Element,
  thenFill: () => Promise<void>,
): InlineUi {
  const selectors = profile.enrolmentPages.flatMap((page) => page.qrSelectors);
  return showInlineButton(anchor, say('inline.enrol'), () => {
    void ask<EnrolAnswer>({ type: 'enrol:add', images: collectQrImages(document, selectors) }).then(
      async (answer) => {
        if (answer.status === 'locked') return void ask({ type: 'unlock:open' });
        if (answer.status === 'no-code') return showInlineNote(anchor, say('inline.noCode'));
        showInlineNote(anchor, say('inline.enrolled'));
        await thenFill();
      },
    );
  });
}

/**
 * When the user removes the authenticator registration on the site, offer
 * to remove the account from Havencode too, then let the site go on.
 */
function guardRegistrationRemoval(profile: SiteProfile): void {
  const control = profile.resetRegistration;
  if (!control || !isPage(document, control.page)) return;
  let answered = false;
  document.addEventListener(
    'click',
    (event) => {
      const clicked = (event.target as Element | null)?.closest(control.selectors.join(', '));
      if (!clicked || answered) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void askInline(
        clicked,
        say('inline.removeAsk', { site: profile.name }),
        say('common.yes'),
        say('common.no'),
      ).then(async (yes) => {
        if (yes) await ask({ type: 'registration:remove' });
        answered = true;
        (clicked as HTMLElement).click();
      });
    },
    true,
  );
}
