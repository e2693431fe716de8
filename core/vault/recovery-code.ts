/**
 * The recovery code: 128 random bits written in Crockford base32 (no I, L, O,
 * U; read back case-blind, with I/L as 1 and O as 0) plus a 2-character check,
 * shown as seven groups of four: `7K3M-...-Q9`. The check tells a typo apart
 * from a code that belongs to another vault.
 */
import { HavenError } from '../errors.ts';
import { type Bytes } from './bytes.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 16;
const DATA_CHARS = 26; // ceil(128 / 5)
const GROUP = 4;

/** A fresh recovery code, formatted for display and printing. */
export function generateRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_BYTES));
  const data = encodeBits(bytes);
  const text = data + checkChars(data);
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? text;
}

/** The 16 bytes behind a recovery code as the user typed it; 'vault/wrong-recovery-code' on a typo. */
export function parseRecoveryCode(input: string): Bytes {
  const text = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text.length !== DATA_CHARS + 2 || [...text].some((c) => !ALPHABET.includes(c))) {
    throw new HavenError(
      'vault/wrong-recovery-code',
      'a recovery code has 28 characters of 0-9 and A-Z',
    );
  }
  const data = text.slice(0, DATA_CHARS);
  if (checkChars(data) !== text.slice(DATA_CHARS)) {
    throw new HavenError(
      'vault/wrong-recovery-code',
      'the recovery code has a typo (check failed)',
    );
  }
  return decodeBits(data);
}

function encodeBits(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function decodeBits(text: string): Bytes {
  const out = new Uint8Array(CODE_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xfff;
    bits += 5;
    if (bits >= 8 && index < CODE_BYTES) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

// A position-weighted sum mod 1021 (prime): catches every single wrong or swapped character.
function checkChars(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++)
    sum = (sum + (i + 1) * ALPHABET.indexOf(data[i] ?? '0')) % 1021;
  return (ALPHABET[sum >> 5] ?? '0') + (ALPHABET[sum & 31] ?? '0');
}
