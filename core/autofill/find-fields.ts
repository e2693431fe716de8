import type { SiteProfile } from '../sites/site-profile.ts';
import { collectInputs } from './collect.ts';
import {
  fitsCode,
  isForbiddenByHints,
  matchesSpecLabel,
  OTP_THRESHOLD,
  scoreOtpHints,
  scoreSplitHints,
  type FieldHints,
} from './field-rules.ts';
import { readFieldHints, readGroupContext } from './field-hints.ts';
import { isForbiddenPage, matchesAny } from './page-rules.ts';
import { isFillable } from './visibility.ts';

/** Where a code goes: one field, or a group of one-digit boxes. */
export type OtpTarget =
  | { kind: 'single'; field: HTMLInputElement }
  | { kind: 'split'; boxes: readonly HTMLInputElement[] };

/** The best target among some inputs, and the inputs that look right but cannot be filled yet. */
export interface OtpRanking {
  best: OtpTarget | undefined;
  /** Code-like fields that are hidden or disabled now; a watcher checks them again later. */
  waiting: HTMLInputElement[];
}

const MIN_BOXES = 4;
const MAX_BOXES = 10;

function isForbidden(input: HTMLInputElement, hints: FieldHints, profile?: SiteProfile): boolean {
  if (profile !== undefined && matchesAny(input, profile.forbiddenFields.selectors)) return true;
  return isForbiddenByHints(hints, profile);
}

function scoreSingle(input: HTMLInputElement, profile: SiteProfile | undefined): number {
  const hints = readFieldHints(input);
  if (isForbidden(input, hints, profile) || !fitsCode(hints, profile?.digits)) return 0;
  const bySelector = profile !== undefined && matchesAny(input, profile.otpField.selectors);
  return scoreOtpHints(hints, profile) + (bySelector ? 100 : 0);
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
  profile?: SiteProfile,
): number {
  if (boxes.length < MIN_BOXES || boxes.length > MAX_BOXES) return 0;
  if (profile !== undefined && boxes.length !== profile.digits) return 0;
  const hints = boxes.map(readFieldHints);
  const context = row.nodeType === Node.ELEMENT_NODE ? readGroupContext(row as Element) : '';
  if (isForbiddenByHints(toContextHints(context), profile)) return 0;
  if (hints.some((box, i) => isForbidden(boxes[i]!, box, profile))) return 0;
  return scoreSplitHints(hints, context, profile);
}

/**
 * Ranks `inputs` (collected already) as code fields: site profile first
 * (selectors, whole labels), generic hints second. Forbidden fields score 0;
 * hidden ones are returned as `waiting`, never as `best`.
 */
export function rankOtpCandidates(
  inputs: readonly HTMLInputElement[],
  profile: SiteProfile | undefined,
): OtpRanking {
  let best: OtpTarget | undefined;
  let bestScore = OTP_THRESHOLD - 1;
  const waiting: HTMLInputElement[] = [];
  const consider = (target: OtpTarget, score: number, fields: readonly HTMLInputElement[]) => {
    if (score <= bestScore) return;
    if (!fields.every(isFillable)) {
      if (score >= OTP_THRESHOLD) waiting.push(...fields.slice(0, 1));
      return;
    }
    best = target;
    bestScore = score;
  };
  for (const input of inputs.filter((field) => field.maxLength !== 1)) {
    consider({ kind: 'single', field: input }, scoreSingle(input, profile), [input]);
  }
  for (const [row, boxes] of groupBoxes(inputs.filter((field) => field.maxLength === 1))) {
    consider({ kind: 'split', boxes }, scoreSplit(row, boxes, profile), boxes);
  }
  return { best, waiting };
}

/** The field (or boxes) for the one-time code in `root`, or undefined (collecting only). */
export function findOtpTarget(
  root: Document,
  profile: SiteProfile | undefined,
): OtpTarget | undefined {
  if (isForbiddenPage(root, profile)) return undefined;
  return rankOtpCandidates(collectInputs(root), profile).best;
}

const USERNAME_TYPES = new Set(['text', 'email', 'tel']);

/**
 * The username field of a site whose profile fills it (MyCepa: the
 * werkboeknummer), or undefined. The caller fills it only when empty.
 */
export function findUsernameField(
  root: Document,
  profile: SiteProfile | undefined,
): HTMLInputElement | undefined {
  if (profile === undefined || !profile.fillsUsername || isForbiddenPage(root, profile)) {
    return undefined;
  }
  const spec = profile.usernameField;
  return collectInputs(root).find(
    (input) =>
      USERNAME_TYPES.has(input.type) &&
      !matchesAny(input, profile.forbiddenFields.selectors) &&
      !matchesAny(input, profile.otpField.selectors) &&
      (matchesAny(input, spec.selectors) || matchesSpecLabel(readFieldHints(input), spec)) &&
      isFillable(input),
  );
}
