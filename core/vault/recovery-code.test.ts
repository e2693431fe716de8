import { describe, expect, it } from 'vitest';
import { generateRecoveryCode, parseRecoveryCode } from './recovery-code.ts';

describe('recovery code', () => {
  it('is seven groups of four Crockford base32 characters, different each time', () => {
    const codes = new Set(Array.from({ length: 50 }, generateRecoveryCode));
    expect(codes.size).toBe(50);
    for (const code of codes)
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('parses back to 16 bytes however it is typed', () => {
    const code = generateRecoveryCode();
    const bytes = parseRecoveryCode(code);
    expect(bytes).toHaveLength(16);
    const variants = [
      code.toLowerCase(),
      code.replace(/-/g, ''),
      code.replace(/-/g, ' '),
      `  ${code.replace(/-/g, ' - ')} `,
      code.replace(/0/g, 'O').replace(/1/g, 'l'),
    ];
    for (const typed of variants) expect(parseRecoveryCode(typed)).toEqual(bytes);
  });

  it('keeps all 128 bits (different codes, different bytes)', () => {
    const seen = new Set(
      Array.from({ length: 50 }, () => parseRecoveryCode(generateRecoveryCode()).join(',')),
    );
    expect(seen.size).toBe(50);
  });

  it.each([
    ['one wrong character', (c: string) => c.slice(0, 5) + (c[5] === 'A' ? 'B' : 'A') + c.slice(6)],
    [
      'two swapped characters',
      (c: string) => c.slice(0, 2) + (c[3] ?? '') + (c[2] ?? '') + c.slice(4),
    ],
    ['a missing character', (c: string) => c.slice(1)],
    ['a U (not in the alphabet)', (c: string) => 'U' + c.slice(1)],
  ])('refuses %s with vault/wrong-recovery-code', (_name, mangle) => {
    let code = generateRecoveryCode();
    // A swap of two equal characters changes nothing: pick a code where it does.
    while (code[2] === code[3]) code = generateRecoveryCode();
    expect(() => parseRecoveryCode(mangle(code))).toThrow(
      expect.objectContaining({ code: 'vault/wrong-recovery-code' }),
    );
  });
});
