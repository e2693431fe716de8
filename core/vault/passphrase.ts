/**
 * What a PIN or passphrase must be, for the vault on this device and for a
 * backup file that leaves it. The vault is guarded by the wrong-PIN delay
 * as well; a backup file is not: anyone holding it may guess offline for as
 * long as they like, so its passphrase must stand on its own.
 */
import { HavenError, type ErrorCode } from '../errors.ts';

/** An all-digit PIN has at least this many digits. */
export const MIN_PIN_DIGITS = 6;
/** A vault passphrase that is not a PIN has at least this many characters. */
export const MIN_VAULT_PASSPHRASE = 8;
/** A backup passphrase has at least this many characters… */
export const MIN_BACKUP_PASSPHRASE = 12;
/** …and at least this zxcvbn score (0–4; 3 = 'safely unguessable', about 10^8 guesses or more). */
export const MIN_BACKUP_SCORE = 3;

/** Why a PIN or passphrase is refused; each is also an error code the UI words. */
export type PassphraseProblem =
  | 'vault/pin-too-short'
  | 'vault/passphrase-too-short'
  | 'backup/pin-not-enough'
  | 'backup/passphrase-too-short'
  | 'backup/passphrase-guessable';

/** What the passphrase protects: the vault on this device, or a backup file. */
export type PassphraseUse = 'vault' | 'backup';

const isPin = (text: string) => /^\d+$/.test(text);

/**
 * Why `text` is not good enough for `use`, or undefined when it is. A backup
 * passphrase is scored by zxcvbn-ts (loaded only then: its word lists are
 * large).
 */
export async function judgePassphrase(
  text: string,
  use: PassphraseUse,
): Promise<PassphraseProblem | undefined> {
  if (use === 'vault') return judgeVaultSecret(text);
  if (isPin(text)) return 'backup/pin-not-enough';
  if ([...text].length < MIN_BACKUP_PASSPHRASE) return 'backup/passphrase-too-short';
  const { scorePassphrase } = await import('./passphrase-strength.ts');
  return scorePassphrase(text) < MIN_BACKUP_SCORE ? 'backup/passphrase-guessable' : undefined;
}

/** The vault rule alone (no word lists needed): a 6-digit PIN or an 8-character passphrase. */
export function judgeVaultSecret(text: string): PassphraseProblem | undefined {
  if (isPin(text) || text.length === 0)
    return text.length < MIN_PIN_DIGITS ? 'vault/pin-too-short' : undefined;
  return [...text].length < MIN_VAULT_PASSPHRASE ? 'vault/passphrase-too-short' : undefined;
}

/** Throws the problem judgePassphrase finds, as a HavenError with that code. */
export async function assertPassphrase(text: string, use: PassphraseUse): Promise<void> {
  const problem = await judgePassphrase(text, use);
  if (problem !== undefined) throw passphraseError(problem);
}

/** The HavenError for `problem`. */
export function passphraseError(problem: PassphraseProblem): HavenError {
  const code: ErrorCode = problem;
  return new HavenError(code, `passphrase refused: ${problem}`);
}
