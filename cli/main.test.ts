/** The CLI as CONTRACT.md describes it, run as a real process through bin/havencode.js. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatMigrationUri } from '../core/uri/index.ts';

const bin = fileURLToPath(new URL('../bin/havencode.js', import.meta.url));
const exec = promisify(execFile);

async function havencode(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const cpoint = 'otpauth://totp/C-point:jdevos?secret=JBSWY3DPEHPK3PXP&issuer=C-point';
const mycepa =
  'otpauth://totp/MyCepa:123456?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=MyCepa&digits=10';

describe('havencode code', () => {
  it('prints the code at --at, the same as oathtool', async () => {
    const ours = await havencode('code', cpoint, '--at', '1700000000');
    const theirs = await exec('oathtool', [
      '--totp',
      '--base32',
      '--now=@1700000000',
      'JBSWY3DPEHPK3PXP',
    ]);
    expect(ours).toEqual({ code: 0, stdout: theirs.stdout, stderr: '' });
  });

  it('prints 10 digits for a MyCepa activation', async () => {
    const { stdout } = await havencode('code', mycepa, '--at', '59');
    expect(stdout).toMatch(/^\d{10}\n$/);
  });

  it('uses the counter of an HOTP URI', async () => {
    const uri = 'otpauth://hotp/Test:a?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=1';
    expect((await havencode('code', uri)).stdout).toBe('287082\n');
  });

  it.each([
    ['an invalid URI', ['code', 'https://my.cepa.be/']],
    ['a non-base32 secret', ['code', 'otpauth://totp/x?secret=not*base32']],
    ['a bad --at', ['code', cpoint, '--at', 'soon']],
    ['no arguments', []],
  ])('answers %s with one stderr line and exit 2', async (_name, args) => {
    const result = await havencode(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    if (args.length > 0) expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('havencode parse', () => {
  it('prints an otpauth URI as the contract JSON', async () => {
    const { code, stdout } = await havencode(
      'parse',
      'otpauth://totp/jdevos?secret=jbswy3dpehpk3pxp===',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      type: 'totp',
      issuer: null,
      account: 'jdevos',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
  });

  it('prints a migration URI as an array, HOTP with its counter', async () => {
    const uri = formatMigrationUri([
      {
        type: 'totp',
        issuer: 'C-point',
        account: 'jdevos',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
      {
        type: 'hotp',
        issuer: undefined,
        account: 'b',
        secret: 'GEZDGNBV',
        algorithm: 'SHA256',
        digits: 8,
        counter: 7,
      },
    ]);
    const { stdout } = await havencode('parse', uri);
    expect(JSON.parse(stdout)).toEqual([
      {
        type: 'totp',
        issuer: 'C-point',
        account: 'jdevos',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
      {
        type: 'hotp',
        issuer: null,
        account: 'b',
        secret: 'GEZDGNBV',
        algorithm: 'SHA256',
        digits: 8,
        counter: 7,
      },
    ]);
  });

  it('refuses a corrupt migration URI with exit 2', async () => {
    const result = await havencode('parse', 'otpauth-migration://offline?data=%%%');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
