import { describe, expect, it } from 'vitest';
import { cPointProfile, myCepaProfile } from '../sites/profiles.ts';
import type { SiteProfile } from '../sites/site-profile.ts';
import {
  fitsCode,
  isForbiddenByHints,
  normalizeText,
  DOUBT_THRESHOLD,
  SURE_THRESHOLD,
  scoreOtpHints,
  scoreSplitHints,
  splitIdentifier,
  type FieldHints,
} from './field-rules.ts';
import { fieldWords } from './field-word-lists.ts';

/** Hints as `readFieldHints` would give them: label and text normalised, text ⊇ label. */
function hints(partial: Partial<FieldHints>): FieldHints {
  const label = normalizeText(partial.label ?? '');
  const text = normalizeText(`${label} ${partial.text ?? ''}`);
  return {
    type: 'text',
    autocomplete: '',
    inputMode: '',
    pattern: '',
    maxLength: -1,
    ...partial,
    label,
    text,
  };
}

describe('normalizeText', () => {
  it.each([
    ['  Code de Vérification : ', 'code de verification'],
    ['Wachtwoord*', 'wachtwoord'],
    ['Eenmalig\n  wachtwoord', 'eenmalig wachtwoord'],
    ['RÉCUPÉRATION', 'recuperation'],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('splitIdentifier', () => {
  it.each([
    ['emailCode', 'email Code'],
    ['otp_code', 'otp code'],
    ['code[otp]', 'code otp '],
  ])('%j → %j', (input, expected) => expect(splitIdentifier(input)).toBe(expected));
});

describe('isForbiddenByHints', () => {
  const cases: [string, Partial<FieldHints>, SiteProfile | undefined, boolean][] = [
    [
      'C-point e-mail code',
      { label: 'Eenmalig wachtwoord uit je e-mail', text: 'email code' },
      cPointProfile,
      true,
    ],
    [
      'C-point reset code',
      { label: 'Geef de opgegeven code in', text: 'reset code' },
      cPointProfile,
      true,
    ],
    ['MyCepa payslip 3', { label: 'Wachtwoord 3', text: 'payslip3' }, myCepaProfile, true],
    [
      "payslip caption, by the site's words",
      { label: 'Wachtwoord van je loonafrekening' },
      myCepaProfile,
      true,
    ],
    [
      "C-point reset caption, by the site's words",
      { label: 'Geef de opgegeven code in' },
      cPointProfile,
      true,
    ],
    ['payslip label, no profile', { label: 'Wachtwoord 2' }, undefined, false],
    ['captcha', { text: 'captcha response' }, undefined, true],
    ['coupon', { label: 'Couponcode' }, undefined, true],
    ['code promo (fr)', { label: 'Code promo' }, undefined, true],
    ['kortingscode (nl)', { label: 'Kortingscode' }, undefined, true],
    ['herstelcode (nl)', { label: 'Herstelcode' }, undefined, true],
    ['recovery code', { label: 'Recovery code' }, undefined, true],
    ['code de secours (fr)', { label: 'Code de secours' }, undefined, true],
    ['code de récupération', { label: 'Code de récupération' }, undefined, true],
    ['sms code', { label: 'SMS code' }, undefined, true],
    ['postcode', { label: 'Postcode' }, undefined, true],
    ['type=email', { type: 'email', label: 'Code' }, undefined, true],
    ['C-point verificatiecode', { label: 'Verificatiecode', text: 'otp' }, cPointProfile, false],
    ['MyCepa wachtwoord', { label: 'Wachtwoord', text: 'password' }, myCepaProfile, false],
    ['generic one-time code', { label: 'One-time code' }, undefined, false],
    ['"pin" inside a word is not a PIN', { text: 'spinner otp' }, undefined, false],
  ];
  it.each(cases)('%s', (_name, partial, profile, expected) => {
    expect(isForbiddenByHints(hints(partial), profile, fieldWords)).toBe(expected);
  });
});

/** What a score means on its own, before the words around the field. */
type Level = 'sure' | 'doubt' | 'none';
function levelOf(score: number): Level {
  if (score >= SURE_THRESHOLD) return 'sure';
  return score >= DOUBT_THRESHOLD ? 'doubt' : 'none';
}

describe('scoreOtpHints', () => {
  const cases: [string, Partial<FieldHints>, SiteProfile | undefined, Level][] = [
    [
      'MyCepa password label',
      { label: 'Wachtwoord', type: 'password', maxLength: 10 },
      myCepaProfile,
      'sure',
    ],
    [
      'C-point password is not the code',
      { label: 'Wachtwoord', type: 'password', autocomplete: 'current-password' },
      cPointProfile,
      'none',
    ],
    ['generic password', { label: 'Password', type: 'password' }, undefined, 'none'],
    ['autocomplete one-time-code', { autocomplete: 'one-time-code' }, undefined, 'sure'],
    ['verificatiecode (nl)', { label: 'Verificatiecode' }, undefined, 'sure'],
    ['eenmalige code (nl)', { label: 'Eenmalige code' }, undefined, 'sure'],
    ['code de vérification (fr)', { label: 'Code de vérification' }, undefined, 'sure'],
    ['one-time code (en)', { label: 'One-time code' }, undefined, 'sure'],
    ['name otp', { text: 'otp' }, undefined, 'sure'],
    ['name 2fa_code', { text: '2fa code' }, undefined, 'sure'],
    [
      'bare "code", numeric, 6 long',
      { text: 'code', inputMode: 'numeric', maxLength: 6 },
      undefined,
      'doubt',
    ],
    ['bare "code" only', { text: 'code' }, undefined, 'doubt'],
    [
      'numeric shape only',
      { inputMode: 'numeric', maxLength: 6, pattern: '[0-9]*' },
      undefined,
      'doubt',
    ],
    [
      'username with otp-ish name',
      { text: 'otp user', autocomplete: 'username' },
      undefined,
      'none',
    ],
    [
      'werkboeknummer',
      { label: 'Gebruikersnaam', autocomplete: 'username', maxLength: 10 },
      myCepaProfile,
      'none',
    ],
  ];
  it.each(cases)('%s', (_name, partial, profile, expected) => {
    expect(levelOf(scoreOtpHints(hints(partial), profile, fieldWords))).toBe(expected);
  });
});

describe('scoreSplitHints', () => {
  const box = (label: string) => hints({ label, inputMode: 'numeric', maxLength: 1 });
  const six = [1, 2, 3, 4, 5, 6].map((n) => box(`Cijfer ${n}`));
  const plain = [1, 2, 3, 4, 5, 6].map(() => hints({ maxLength: 1 }));
  const cases: [string, FieldHints[], string, SiteProfile | undefined, boolean][] = [
    ['C-point six Cijfer boxes', six, '', cPointProfile, true],
    ['six Digit boxes, no profile', six, '', undefined, true],
    ['unlabelled boxes in an OTP fieldset', plain, 'verification code', undefined, true],
    ['unlabelled text boxes', plain, '', undefined, false],
  ];
  it.each(cases)('%s', (_name, boxes, context, profile, expected) => {
    expect(scoreSplitHints(boxes, context, profile, fieldWords) >= SURE_THRESHOLD).toBe(expected);
  });
});

describe('fitsCode', () => {
  it.each([
    [-1, 10, true],
    [10, 10, true],
    [6, 10, false],
    [6, undefined, true],
    [3, undefined, false],
  ])('maxlength %i, %s digits → %s', (maxLength, digits, expected) => {
    expect(fitsCode(hints({ maxLength }), digits)).toBe(expected);
  });
});
