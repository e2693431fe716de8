import { describe, expect, it } from 'vitest';
import { assertPassphrase, judgePassphrase } from './passphrase.ts';

describe('judgePassphrase', () => {
  it.each([
    ['123456', undefined],
    ['12345', 'vault/pin-too-short'],
    ['', 'vault/pin-too-short'],
    ['k', 'vault/passphrase-too-short'],
    ['kort', 'vault/passphrase-too-short'],
    ['havenkr8', undefined],
  ] as const)('vault: %j → %s', async (text, problem) => {
    expect(await judgePassphrase(text, 'vault')).toBe(problem);
  });

  it.each([
    ['k', 'backup/passphrase-too-short'],
    ['582914', 'backup/pin-not-enough'],
    ['58291473620194', 'backup/pin-not-enough'],
    ['haven2026!', 'backup/passphrase-too-short'],
    ['password1234', 'backup/passphrase-guessable'],
    ['qwertyuiopasdf', 'backup/passphrase-guessable'],
    ['antwerpen2026', 'backup/passphrase-guessable'],
    ['kraan dok sleepboot mosselen', undefined],
    ['haven-backup-2026', undefined],
  ] as const)('backup: %j → %s', async (text, problem) => {
    expect(await judgePassphrase(text, 'backup')).toBe(problem);
  });

  it('throws the problem as a HavenError code', async () => {
    await expect(assertPassphrase('k', 'backup')).rejects.toMatchObject({
      code: 'backup/passphrase-too-short',
    });
    await expect(
      assertPassphrase('kraan dok sleepboot mosselen', 'backup'),
    ).resolves.toBeUndefined();
  });
});
