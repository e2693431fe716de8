/** Hash algorithms of RFC 4226/6238 that authenticators agree on. */
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

interface AccountBase {
  /** Who issued the secret ('C-point', 'MyCepa'); undefined when the URI names none. */
  issuer: string | undefined;
  /** The account name: a username, e-mail or werkboeknummer. */
  account: string;
  /** The shared secret in upper-case base32 without padding. */
  secret: string;
  algorithm: OtpAlgorithm;
  /** Code length, 6 to 10. */
  digits: number;
}

/** A time-based account (RFC 6238). */
export interface TotpAccount extends AccountBase {
  type: 'totp';
  /** Seconds per code. */
  period: number;
}

/** A counter-based account (RFC 4226). */
export interface HotpAccount extends AccountBase {
  type: 'hotp';
  /** The counter of the next code. */
  counter: number;
}

/** Everything needed to compute codes for one account. */
export type OtpAccount = TotpAccount | HotpAccount;
