/**
 * How many digits a code may have: 6 to 10 (C-point uses 6, MyCepa 10).
 * Its own module, free of the OTP library, so that the content script's
 * field detection and filling use the same bounds as code generation.
 */
export const MIN_DIGITS = 6;
export const MAX_DIGITS = 10;
