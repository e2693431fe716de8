import { describe, expect, it } from 'vitest';
import { isHavenError } from '../errors.ts';
import { FIXTURE_ACCOUNTS } from './test-support.ts';
import { parseTransferFrame } from './transfer-frame.ts';
import {
  openTransfer,
  sealTransfer,
  TRANSFER_CODE_LENGTH,
  TRANSFER_FRAME_BYTES,
} from './transfer.ts';

const many = Array.from({ length: 8 }, () => FIXTURE_ACCOUNTS).flat();

describe('transfer between two Havencodes', { timeout: 30_000 }, () => {
  it('seals accounts into frames that the short code opens again, in any order', async () => {
    const { code, frames } = await sealTransfer(many);
    expect(code).toMatch(new RegExp(`^[A-HJKMNP-Z2-9]{${TRANSFER_CODE_LENGTH}}$`));
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) {
      expect(frame.length).toBeLessThanOrEqual(60 + (TRANSFER_FRAME_BYTES * 4) / 3);
      // Nothing readable: no secret, issuer or name, and not the code.
      expect(frame).not.toContain(FIXTURE_ACCOUNTS[0]!.secret);
      expect(frame).not.toContain(code);
    }
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect(await openTransfer([...frames].reverse(), typed)).toEqual(many);
  });

  it('refuses a wrong code and a missing frame by name', async () => {
    const { code, frames } = await sealTransfer(many);
    const wrong = await openTransfer(frames, code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA').catch(
      (e: unknown) => e,
    );
    expect(isHavenError(wrong, 'transfer/wrong-code')).toBe(true);
    const missing = await openTransfer(frames.slice(1), code).catch((e: unknown) => e);
    expect(isHavenError(missing, 'transfer/incomplete')).toBe(true);
  });

  it.each([
    ['otpauth://totp/A?secret=JBSWY3DP', false],
    ['havencode-transfer:1/abcdefgh/0/2/QUJD', true],
    ['havencode-transfer:1/abcdefgh/2/2/QUJD', false],
    ['havencode-transfer:2/abcdefgh/0/2/QUJD', false],
  ])('parseTransferFrame(%s) is a frame: %s', (text, frame) => {
    expect(parseTransferFrame(text) !== undefined).toBe(frame);
  });
});
