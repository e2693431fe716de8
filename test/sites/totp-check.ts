import { Secret, TOTP } from 'otpauth';

/** What the server concluded about a submitted code. */
export type CodeVerdict = 'ok' | 'wrong' | 'reused';

/** Both demo sites use 30-second steps. */
export const PERIOD_SECONDS = 30;

/** A code check: the user's secret and the counters already spent with it. */
export interface TotpCheck {
  secret: string;
  digits: number;
  token: string;
  /** Milliseconds since the epoch, from the server's injected clock. */
  now: number;
  /** `secret:counter` keys already accepted; an accepted code is added here. */
  used: Set<string>;
}

/**
 * Verifies a TOTP code the way a careful server does (RFC 6238 §5.2): a window
 * of one step either side for clock drift, and a code accepted once is never
 * accepted again. Uses `otpauth` directly so the sites stay independent of
 * our own core.
 */
export function checkTotp({ secret, digits, token, now, used }: TotpCheck): CodeVerdict {
  if (!new RegExp(`^\\d{${digits}}$`).test(token)) return 'wrong';
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    digits,
    period: PERIOD_SECONDS,
    timestamp: now,
    window: 1,
  });
  if (delta === null) return 'wrong';
  const key = `${secret}:${Math.floor(now / 1000 / PERIOD_SECONDS) + delta}`;
  if (used.has(key)) return 'reused';
  used.add(key);
  return 'ok';
}

/** A fresh random 160-bit secret in base32, as the sites hand out at enrolment. */
export function makeTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** A random string of `length` digits, for e-mail codes and on-page challenges. */
export function makeDigits(length: number): string {
  let digits = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(length))) digits += String(byte % 10);
  return digits;
}
