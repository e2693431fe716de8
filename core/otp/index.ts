export type { HotpAccount, OtpAccount, OtpAlgorithm, TotpAccount } from './account.ts';
export { describeCode, generateCode, secondsLeft } from './code.ts';
export { MAX_DIGITS, MIN_DIGITS } from './digits.ts';
export type { CodeClock, CodeState } from './code.ts';
export { measureClockOffset } from './clock.ts';
