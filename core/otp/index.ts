export type { HotpAccount, OtpAccount, OtpAlgorithm, TotpAccount } from './account.ts';
export { describeCode, generateCode, MAX_DIGITS, MIN_DIGITS, secondsLeft } from './code.ts';
export type { CodeClock, CodeState } from './code.ts';
export { measureClockOffset } from './clock.ts';
