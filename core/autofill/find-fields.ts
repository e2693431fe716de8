import { MAX_DIGITS, MIN_DIGITS } from '../otp/digits.ts';
import { siteWords } from '../sites/profiles.ts';
import type { SiteProfile } from '../sites/site-profile.ts';
import { collectInputs } from './collect.ts';
import { readContextText } from './context-text.ts';
import { judgeContext, type ContextVerdict, type ContextWords } from './context-words.ts';
import {
  DOUBT_THRESHOLD,
  fitsCode,
  isForbiddenByHints,
  labelIsOneOf,
  normalizeText,
  scoreOtpHints,
  saysOneTimeCode,
  scoreSplitHints,
  SURE_THRESHOLD,
  type FieldHints,
  type FieldWords,
} from './field-rules.ts';
import { readFieldHints, readGroupContext } from './field-hints.ts';
import { isFillable } from './visibility.ts';

/**
 * How sure detection is: 'sure' fills by itself; 'doubt' offers the code on
 * a click; 'enrol' is the verification field of an authenticator set-up,
 * which gets the code of the account the page's QR code adds.
 */
export type Certainty = 'sure' | 'doubt' | 'enrol';

/** Where a code goes: one field, or a group of one-digit boxes. */
export type OtpTarget =
  | { kind: 'single'; field: HTMLInputElement; certainty: Certainty }
  | { kind: 'split'; boxes: readonly HTMLInputElement[]; certainty: Certainty };

/** The best target among some inputs, and the inputs that look right but cannot be filled yet. */
export interface OtpRanking {
  best: OtpTarget | undefined;
  /** Code-like fields that are hidden or disabled now; a watcher checks them again later. */
  waiting: HTMLInputElement[];
}

/** One box per digit: as many boxes as a code may have digits. */
const MIN_BOXES = MIN_DIGITS;
const MAX_BOXES = MAX_DIGITS;
/** What the words around a field add to its score when they name an authenticator. */
const CONTEXT_BONUS = 30;

/** The fields of the target as a list. */
export function targetFields(target: OtpTarget): readonly HTMLInputElement[] {
  return target.kind === 'single' ? [target.field] : target.boxes;
}

/** True when `input` is the one password field of its form (MyCepa: the code goes there). */
function isOnlyPassword(input: HTMLInputElement): boolean {
  if (input.type !== 'password') return false;
  const scope = input.form ?? input.getRootNode();
  return (scope as ParentNode).querySelectorAll('input[type=password]').length === 1;
}

function scoreSingle(
  input: HTMLInputElement,
  hints: FieldHints,
  profile: SiteProfile | undefined,
  words: FieldWords,
): number {
  if (isForbiddenByHints(hints, profile, words) || !fitsCode(hints, profile?.digits)) return 0;
  const asPassword = profile?.codeIsPassword === true && isOnlyPassword(input) ? 40 : 0;
  return scoreOtpHints(hints, profile, words) + asPassword;
}

/** The row a one-character box belongs to: its parent, or its grandparent when each box is wrapped. */
export function findBoxRow(box: HTMLInputElement): ParentNode | null {
  const parent = box.parentNode;
  if (parent === null) return null;
  const wrapped = parent.querySelectorAll('input').length === 1;
  return wrapped ? (parent.parentNode ?? parent) : parent;
}

function groupBoxes(boxes: readonly HTMLInputElement[]): Map<ParentNode, HTMLInputElement[]> {
  const groups = new Map<ParentNode, HTMLInputElement[]>();
  for (const box of boxes) {
    const row = findBoxRow(box);
    if (row !== null) groups.set(row, [...(groups.get(row) ?? []), box]);
  }
  // Digits go in document order, whatever order the boxes were collected in.
  for (const group of groups.values()) group.sort(compareDocumentOrder);
  return groups;
}

function compareDocumentOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Hints made of the words around a group alone, to test them like a field's. */
function toContextHints(context: string): FieldHints {
  const none = { type: '', autocomplete: '', inputMode: '', pattern: '', maxLength: -1 };
  return { ...none, label: context, text: context };
}

function scoreSplit(
  row: ParentNode,
  boxes: readonly HTMLInputElement[],
  profile: SiteProfile | undefined,
  words: FieldWords,
): number {
  if (boxes.length < MIN_BOXES || boxes.length > MAX_BOXES) return 0;
  if (profile !== undefined && boxes.length !== profile.digits) return 0;
  const hints = boxes.map(readFieldHints);
  const context = row.nodeType === Node.ELEMENT_NODE ? readGroupContext(row as Element) : '';
  if (isForbiddenByHints(toContextHints(context), profile, words)) return 0;
  if (hints.some((box) => isForbiddenByHints(box, profile, words))) return 0;
  return scoreSplitHints(hints, context, profile, words);
}

/** The page's words around `fields`, read once per form (or tree) during one ranking. */
function createContextReader(profile: SiteProfile | undefined, words: ContextWords) {
  const cache = new Map<Node, ContextVerdict>();
  return (fields: readonly HTMLInputElement[]): ContextVerdict => {
    const first = fields[0]!;
    const key = first.form ?? first.getRootNode();
    let verdict = cache.get(key);
    if (verdict === undefined) {
      verdict = judgeContext(readContextText(fields), profile, words);
      cache.set(key, verdict);
    }
    return verdict;
  };
}

/**
 * Turns a field's own score and its context into a certainty, or undefined
 * for "not a code field". A recovery code offered as the way out next to a
 * field that itself says "one-time code" does not refuse that field; an
 * e-mailed or SMS code always does.
 */
function decide(
  score: number,
  context: ContextVerdict,
  ownSaysOtp: boolean,
): Certainty | undefined {
  const outvoted = context.refusal === 'recovery' && ownSaysOtp;
  if (context.refusal !== undefined && !outvoted) return undefined;
  const total = score + (context.authenticator ? CONTEXT_BONUS : 0);
  if (total < DOUBT_THRESHOLD) return undefined;
  if (context.enrolment) return 'enrol';
  return total >= SURE_THRESHOLD ? 'sure' : 'doubt';
}

/**
 * Ranks `inputs` (collected already) as code fields: the field's own hints
 * (labels, names, autocomplete, inputmode, length, the site's words), then
 * the words around it, which may refuse it (an e-mailed or SMS code, a
 * reset, a recovery code, a captcha) or confirm it. Hidden fields are
 * returned as `waiting`, never as `best`. `words`: the phrases the context
 * is read against (context-word-lists.ts).
 */
export function rankOtpCandidates(
  inputs: readonly HTMLInputElement[],
  profile: SiteProfile | undefined,
  words: ContextWords,
): OtpRanking {
  const readContext = createContextReader(profile, words);
  let best: OtpTarget | undefined;
  let bestScore = DOUBT_THRESHOLD - 1;
  const waiting: HTMLInputElement[] = [];
  const consider = (fields: readonly HTMLInputElement[], score: number, ownSaysOtp = false) => {
    if (score <= bestScore || score < DOUBT_THRESHOLD) return;
    if (!fields.every(isFillable)) return void waiting.push(...fields.slice(0, 1));
    const certainty = decide(score, readContext(fields), ownSaysOtp);
    if (certainty === undefined) return;
    const [field] = fields;
    best =
      fields.length === 1 && field !== undefined && field.maxLength !== 1
        ? { kind: 'single', field, certainty }
        : { kind: 'split', boxes: fields, certainty };
    bestScore = score;
  };
  for (const input of inputs.filter((field) => field.maxLength !== 1)) {
    const hints = readFieldHints(input);
    consider(
      [input],
      scoreSingle(input, hints, profile, words.field),
      saysOneTimeCode(hints, words.field),
    );
  }
  for (const [row, boxes] of groupBoxes(inputs.filter((field) => field.maxLength === 1))) {
    consider(boxes, scoreSplit(row, boxes, profile, words.field));
  }
  return { best, waiting };
}

const USERNAME_TYPES = new Set(['text', 'email', 'tel']);
function looksLikeUsername(hints: FieldHints, profile: SiteProfile, words: FieldWords): boolean {
  const siteUsername = siteWords(profile, (w) => w.username).map(normalizeText);
  if (labelIsOneOf(hints, siteUsername)) return true;
  if (hints.autocomplete.split(' ').includes('username')) return true;
  return [...siteUsername, ...words.username].some((word) => hints.text.includes(word));
}

/**
 * The username field of a site whose profile fills it (MyCepa: the
 * werkboeknummer) next to the code target, or undefined: a text, e-mail or
 * tel field that says it takes the username, else the one such field in the
 * code's form before it. The caller fills it only when empty. `words`: as
 * for `rankOtpCandidates`.
 */
export function findUsernameField(
  target: OtpTarget,
  profile: SiteProfile | undefined,
  words: ContextWords,
): HTMLInputElement | undefined {
  if (profile === undefined || !profile.fillsUsername) return undefined;
  const code = targetFields(target)[0];
  if (code === undefined) return undefined;
  const scope = code.form ?? code.ownerDocument;
  const candidates = collectInputs(scope).filter(
    (input) =>
      input !== code &&
      USERNAME_TYPES.has(input.type) &&
      isFillable(input) &&
      !isForbiddenByHints({ ...readFieldHints(input), type: 'text' }, profile, words.field),
  );
  const named = candidates.find((input) =>
    looksLikeUsername(readFieldHints(input), profile, words.field),
  );
  if (named !== undefined) return named;
  const before = candidates.filter((input) => compareDocumentOrder(input, code) < 0);
  return before.length === 1 && code.form !== null ? before[0] : undefined;
}
