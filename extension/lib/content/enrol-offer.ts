import { fillOtp } from '../../../core/autofill/index.ts';
import type { OtpTarget } from '../../../core/autofill/index.ts';
import type { EnrolmentPage } from '../../../core/sites/index.ts';
import type { EnrolAnswer } from '../messages.ts';
import { ask } from './ask.ts';
import type { Say } from './ask.ts';
import { showInlineButton, showInlineNote } from './inline-ui.ts';
import type { InlineUi } from './inline-ui.ts';
import { collectQrImages } from './page-images.ts';

/** How long to wait for the site to draw its QR code (image load, canvas script). */
const QR_WAIT_MS = 5000;

/**
 * 'Toevoegen aan Havencode' beside the site's enrolment QR code. A click
 * sends the page's QR pixels to the background, which names the accounts in
 * Havencode's own window, adds them on the user's yes and answers with the
 * current code for the verification field (C-point; MyCepa asks for none).
 * Locked: opens unlock and finishes by itself once unlocked.
 */
export function offerEnrolment(
  page: EnrolmentPage,
  target: OtpTarget | undefined,
  say: Say,
): { retry: () => void } {
  let prompt: InlineUi | undefined;
  let waitingForUnlock = false;
  /** Havencode's window is asking: more clicks open no second one. */
  let asking = false;

  const enrol = async (qr: Element) => {
    if (asking) return;
    asking = true;
    const images = collectQrImages(document, page.qrSelectors);
    const answer = await ask<EnrolAnswer>({ type: 'enrol:add', images }).finally(() => {
      asking = false;
    });
    if (answer.status === 'locked') {
      waitingForUnlock = true;
      return void ask({ type: 'unlock:open' });
    }
    waitingForUnlock = false;
    // A no in Havencode's window: the button stays for another try.
    if (answer.status === 'declined') return;
    prompt?.remove();
    prompt = undefined;
    if (answer.status === 'no-code') return showInlineNote(qr, say('inline.noCode'));
    showInlineNote(qr, say('inline.enrolled'));
    if (target && answer.code !== undefined) fillOtp(target, answer.code);
  };

  void waitForQr(page.qrSelectors).then((qr) => {
    if (qr) prompt = showInlineButton(qr, say('inline.enrol'), () => void enrol(qr));
  });
  return {
    retry: () => {
      if (!waitingForUnlock) return;
      void waitForQr(page.qrSelectors).then((qr) => qr && enrol(qr));
    },
  };
}

/** The site's QR element once it has pixels to read; undefined if none comes. */
async function waitForQr(selectors: readonly string[]): Promise<Element | undefined> {
  const deadline = Date.now() + QR_WAIT_MS;
  for (;;) {
    const qr = document.querySelector(selectors.join(', '));
    if (qr && hasPixels(qr)) return qr;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function hasPixels(element: Element): boolean {
  if (element instanceof HTMLImageElement) return element.complete && element.naturalWidth > 0;
  return element.getBoundingClientRect().width > 0;
}
