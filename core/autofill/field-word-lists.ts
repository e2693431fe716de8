import type { FieldWords } from './field-rules.ts';

/**
 * The words a field's own hints are read against (field-rules.ts), in nl, fr
 * and en (normalised: lower case, no accents). The background sends them to
 * the content script at start (`page:setup`, with the context's phrases), so
 * the page's script does not carry them.
 */
export const fieldWords: FieldWords = {
  // Substrings, since Dutch glues words together ('herstelcode', 'kortingscode').
  forbiddenParts: [
    'mail',
    'courriel',
    'captcha',
    'coupon',
    'promo',
    'voucher',
    'korting',
    'cadeau',
    'gift',
    'herstel',
    'recovery',
    'recuperation',
    'secours',
    'backup',
    'reserve',
    'reset',
    'reinitialis',
    'opgegeven code',
    'code donne',
    'payslip',
    'loonafrekening',
    'fiche de paie',
    'postcode',
    'code postal',
    'zip',
    'phone',
    'telefoon',
    'gsm',
    'pincode',
  ],
  // Whole words only: these are short enough to hide inside unrelated words.
  forbiddenWords: ['sms', 'pin', 'cvc', 'cvv', 'iban'],
  otpParts: [
    'one-time',
    'one time',
    'onetime',
    'verificatiecode',
    'verificiatiecode',
    'verification code',
    'verificationcode',
    'eenmalige code',
    'eenmalig wachtwoord',
    'authenticator',
    'authenticatie',
    'authentication code',
    'beveiligingscode',
    'code de verification',
    'code de securite',
    'code a usage unique',
    'mot de passe unique',
    'security code',
    'two-factor',
    'two factor',
    'tweestaps',
    'double authentification',
    'totp',
  ],
  otpWords: ['otp', '2fa', 'mfa', 'tfa', 'totp', 'tan'],
  digitParts: ['cijfer', 'digit', 'chiffre'],
  username: ['username', 'user name', 'gebruikersnaam', 'utilisateur', 'login', 'user'],
};
