/**
 * A Google Authenticator export as QR codes, read by independent tools:
 * rendered with the qrcode package, decoded with zbarimg, parsed with
 * `havencode parse` as a user would chain them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { exportGoogleMigration } from '../core/backup/index.ts';
import type { OtpAccount } from '../core/otp/account.ts';

const bin = fileURLToPath(new URL('../bin/havencode.js', import.meta.url));
const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'havencode-ga-'));

const accounts: OtpAccount[] = Array.from({ length: 12 }, (_, i) => ({
  type: i === 11 ? 'hotp' : 'totp',
  issuer: i % 2 === 0 ? 'C-point' : undefined,
  account: `werkboek-${i}`,
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  algorithm: i === 3 ? 'SHA256' : 'SHA1',
  digits: i === 5 ? 8 : 6,
  ...(i === 11 ? { counter: 9 } : { period: 30 }),
})) as OtpAccount[];

describe('Google Authenticator export QR codes', { timeout: 30_000 }, () => {
  it('render, decode with zbarimg and parse with havencode parse to the same accounts', async () => {
    const { uris } = exportGoogleMigration(accounts, 5);
    expect(uris).toHaveLength(2);
    const parsed: unknown[] = [];
    for (const [index, uri] of uris.entries()) {
      const png = join(dir, `export-${index}.png`);
      await QRCode.toFile(png, uri, { errorCorrectionLevel: 'M', margin: 4, scale: 4 });
      const { stdout: decoded } = await exec('zbarimg', ['--nodbus', '-q', '--raw', png]);
      expect(decoded.trim()).toBe(uri);
      const { stdout } = await exec(process.execPath, [bin, 'parse', decoded.trim()]);
      parsed.push(...(JSON.parse(stdout) as unknown[]));
    }
    expect(parsed).toEqual(
      accounts.map(({ issuer, account, ...rest }) => ({
        ...rest,
        issuer: issuer ?? null,
        account,
      })),
    );
  });
});
