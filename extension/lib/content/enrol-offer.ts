import { fillOtp, targetFields } from '../../../core/autofill/index.ts';
import type { OtpTarget } from '../../../core/autofill/index.ts';
import { isRefusal, send } from '../protocol.ts';
import type { EnrolAnswer } from '../protocol-types.ts';
import { reportSubmission } from './code-submission.ts';
import type { PageStart, Say } from './ask.ts';
import { showInlineButton, showInlineNote } from './inline-ui.ts';
import type { InlineUi } from './inline-ui.ts';
import { collectQrCandidates, describeQrSource, drawQrCandidate } from './page-images.ts';
import type { QrScope } from './page-images.ts';
import { watchPage } from './qr-watch.ts';
import { findSetupKeyText } from './setup-key-text.ts';

/** What an enrolment is made from: the QR code's pictures, or the key shown as text. */
type EnrolSource = { type: 'enrol:add'; images: string[] } | { type: 'enrol:key'; key: string };

/** Asks the background to enrol from `source`; a refusal adds nothing, like a no in its window. */
async function sendEnrol(source: EnrolSource): Promise<EnrolAnswer> {
  const answer =
    source.type === 'enrol:add'
      ? await send('enrol:add', { images: source.images })
      : await send('enrol:key', { key: source.key });
  return isRefusal(answer) ? { status: 'declined' } : answer;
}

/** A page can't make us decode forever: at most this many candidates are checked. */
const MAX_CHECKS = 24;
/** TOTP step: the filled code is renewed at each step while the user leaves it alone. */
const STEP_MS = 30_000;

/** What content-main needs from the enrolment offer. */
export interface Enrolment {
  /** A verification field: it gets the new account's code once enrolled. */
  setTarget(target: OtpTarget): void;
  /** True once the user added this page's QR code to Havencode. */
  readonly enrolled: boolean;
  /** The vault was unlocked: finish an enrolment that waited for it. */
  retry(): void;
}

/**
 * Watches the page for QR codes holding an otpauth:// URI, wherever and
 * however drawn, and offers 'Toevoegen aan Havencode' next to each as soon
 * as it appears. A click adds the account (the background decodes; the page
 * never sees the secret) and fills the verification field, now or when it
 * appears later, and keeps that code current while the user leaves it alone.
 * QR codes are read while `starting` (the page's set-up) is on its way; they
 * are offered once it says, in the user's words, that this is a site page.
 */
export function watchEnrolment(starting: Promise<PageStart | undefined>): Enrolment {
  const seen = new WeakMap<Element, string>();
  const offers = new Map<Element, InlineUi>();
  let checks = 0;
  let target: OtpTarget | undefined;
  let source: EnrolSource | undefined;
  let enrolled = false;
  let pendingQr: Element | undefined;
  let filled: string | undefined;
  let refresh: ReturnType<typeof setTimeout> | undefined;
  /** Havencode's window is asking: more clicks open no second one. */
  let asking = false;
  /** QR codes being checked now: the key text is offered only once none of them is one. */
  let checking = 0;
  let keyOffer: { element: Element; key: string; ui: InlineUi } | undefined;
  /** The user's words, once the set-up came; `refused` when it says this is no site page. */
  let words: Say | undefined;
  /** The phrases around a set-up key shown as text, from the same set-up. */
  let keyPhrases: readonly string[] = [];
  let refused = false;
  // A failed set-up is reported by content-main, which awaits it too; here it offers nothing.
  const ready = starting.then(
    (start) => {
      if (start?.profile) {
        words = start.say;
        keyPhrases = start.contextWords.setupKey;
      } else refused = true;
      offerKey();
    },
    () => {
      refused = true;
    },
  );

  const fillTarget = (code: string | undefined) => {
    if (target === undefined || code === undefined) return;
    const fields = targetFields(target);
    // Renew only what Havencode put there: a field the user changed is theirs.
    if (filled !== undefined && fields.map((f) => f.value).join('') === filled) {
      fields.forEach((field) => {
        field.value = '';
      });
    }
    if (fillOtp(target, code)) {
      filled = code;
      reportSubmission(target, code);
    }
    clearTimeout(refresh);
    refresh = setTimeout(() => void renew(), STEP_MS - (Date.now() % STEP_MS) + 500);
  };

  const renew = async () => {
    if (source === undefined || target === undefined) return;
    const current = targetFields(target)
      .map((f) => f.value)
      .join('');
    if (current !== filled || !targetFields(target)[0]?.isConnected) return;
    const answer = await sendEnrol(source);
    if (answer.status === 'ok') fillTarget(answer.code);
  };

  const enrol = async (qr: Element, from: EnrolSource, say: Say) => {
    if (asking) return;
    asking = true;
    const answer = await sendEnrol(from).finally(() => {
      asking = false;
    });
    if (answer.status === 'locked') {
      pendingQr = qr;
      source = from;
      return void send('unlock:open', {});
    }
    // A no in Havencode's window: the button stays for another try.
    if (answer.status === 'declined') return;
    pendingQr = undefined;
    offers.get(qr)?.remove();
    offers.delete(qr);
    if (keyOffer?.element === qr) dropKeyOffer();
    if (answer.status === 'no-code') return showInlineNote(qr, say('inline.noCode'));
    enrolled = true;
    source = from;
    showInlineNote(qr, say('inline.enrolled'));
    fillTarget(answer.code);
  };

  const check = async (element: Element, drawnAs: string) => {
    if (checks >= MAX_CHECKS) return;
    checks++;
    checking++;
    try {
      await offerIfAccountQr(element, drawnAs);
    } finally {
      checking--;
      offerKey();
    }
  };

  const offerIfAccountQr = async (element: Element, drawnAs: string) => {
    const answer = await checkQr(element, drawnAs, seen);
    await ready;
    // The page may have swapped the picture meanwhile: only the latest one counts.
    if (answer === undefined || seen.get(element) !== drawnAs || !element.isConnected) return;
    const say = words;
    if (say === undefined) return;
    // A button always enrols the picture the user sees now, never an earlier one.
    offers.get(element)?.remove();
    offers.delete(element);
    if (!answer.otpauth) return;
    dropKeyOffer();
    const images = answer.drawn;
    offers.set(
      element,
      showInlineButton(
        element,
        say('inline.enrol'),
        () => void enrol(element, { type: 'enrol:add', images }, say),
      ),
    );
  };

  const dropKeyOffer = () => {
    keyOffer?.ui.remove();
    keyOffer = undefined;
  };

  /** The "can't scan? enter this key" text, when the page shows no account QR code. */
  const offerKey = () => {
    const say = words;
    if (say === undefined || checking > 0 || offers.size > 0 || enrolled) return;
    const found = findSetupKeyText(document, keyPhrases);
    if (found?.key === keyOffer?.key && found?.element === keyOffer?.element) return;
    dropKeyOffer();
    if (found === undefined) return;
    const { element, key } = found;
    const ui = showInlineButton(
      element,
      say('inline.enrol'),
      () => void enrol(element, { type: 'enrol:key', key }, say),
    );
    keyOffer = { element, key, ui };
  };

  const scan = (scope: QrScope, onShadowRoot: (root: ShadowRoot) => void) => {
    if (refused) return;
    for (const element of collectQrCandidates(scope, onShadowRoot)) {
      const source = describeQrSource(element);
      if (seen.get(element) === source) continue;
      seen.set(element, source);
      void check(element, source);
    }
    for (const [element, ui] of offers) {
      if (element.isConnected) continue;
      ui.remove();
      offers.delete(element);
    }
    offerKey();
  };

  watchPage(scan);
  return {
    setTarget(found) {
      target = found;
      filled = undefined;
      if (!enrolled || source === undefined) return;
      void sendEnrol(source).then((answer) => {
        if (answer.status === 'ok') fillTarget(answer.code);
      });
    },
    get enrolled() {
      return enrolled;
    },
    retry() {
      if (pendingQr !== undefined && source !== undefined && words !== undefined)
        void enrol(pendingQr, source, words);
    },
  };
}

/**
 * Draws `element` and asks the background whether it is an account's QR
 * code; undefined when it draws nothing or its picture changed meanwhile.
 */
async function checkQr(
  element: Element,
  source: string,
  seen: WeakMap<Element, string>,
): Promise<{ drawn: string[]; otpauth: boolean } | undefined> {
  const drawn = await drawQrCandidate(element);
  if (drawn.length === 0 || seen.get(element) !== source) return undefined;
  const answer = await send('qr:check', { images: drawn });
  return { drawn, otpauth: !isRefusal(answer) && answer.otpauth };
}
