import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import {
  checkAlgorithm,
  checkCounter,
  checkDigits,
  checkPeriod,
  readAlgorithm,
  readCounter,
  readDigits,
  readPeriod,
  readType,
} from './otp-params.ts';
import { catchHavenError } from './test-support.ts';

describe('readers', () => {
  it.each<[string, () => unknown, unknown]>([
    ['type totp', () => readType('totp'), 'totp'],
    ['type HOTP', () => readType('HOTP'), 'hotp'],
    ['no algorithm', () => readAlgorithm(undefined), 'SHA1'],
    ['algorithm sha256', () => readAlgorithm('sha256'), 'SHA256'],
    ['algorithm Sha-512', () => readAlgorithm('Sha-512'), 'SHA512'],
    ['no digits', () => readDigits(undefined), 6],
    ['digits 10', () => readDigits('10'), 10],
    ['digits 06', () => readDigits('06'), 6],
    ['no period', () => readPeriod(undefined), 30],
    ['period 1', () => readPeriod('1'), 1],
    ['period 3600', () => readPeriod('3600'), 3600],
    ['counter 0', () => readCounter('0'), 0],
  ])('%s', (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it.each<[ErrorCode, () => unknown, string]>([
    ['uri/invalid-type', () => readType('totp '), 'Unknown type "totp ": expected totp or hotp.'],
    ['uri/invalid-algorithm', () => readAlgorithm('SHA-1-'), 'Unsupported algorithm "SHA-1-"'],
    ['uri/invalid-algorithm', () => readAlgorithm('SHA384'), 'Unsupported algorithm "SHA384"'],
    ['uri/invalid-digits', () => readDigits('+6'), 'Invalid digits "+6"'],
    ['uri/invalid-digits', () => readDigits('0x6'), 'Invalid digits "0x6"'],
    ['uri/invalid-period', () => readPeriod(' 30'), 'Invalid period " 30"'],
    ['uri/missing-counter', () => readCounter(undefined), 'An hotp URI needs a counter'],
    ['uri/invalid-counter', () => readCounter('1.0'), 'Invalid counter "1.0"'],
    [
      'uri/invalid-counter',
      () => readCounter('1'.repeat(50)),
      `Invalid counter "${'1'.repeat(40)}…"`,
    ],
  ])('%s: %s', (code, read, message) => {
    const error = catchHavenError(read);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});

describe('checkers', () => {
  it.each<[ErrorCode, () => unknown]>([
    ['uri/invalid-algorithm', () => checkAlgorithm('MD5')],
    ['uri/invalid-digits', () => checkDigits(Number.NaN)],
    ['uri/invalid-digits', () => checkDigits(6.5)],
    ['uri/invalid-period', () => checkPeriod(Number.POSITIVE_INFINITY)],
    ['uri/invalid-counter', () => checkCounter(2 ** 53)],
  ])('%s', (code, check) => {
    expect(catchHavenError(check).code).toBe(code);
  });

  it.each<[() => unknown, unknown]>([
    [() => checkAlgorithm('SHA512'), 'SHA512'],
    [() => checkDigits(7), 7],
    [() => checkPeriod(90), 90],
    [() => checkCounter(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('accepts %s', (check, expected) => {
    expect(check()).toBe(expected);
  });
});
