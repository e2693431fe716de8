import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import type { ClipboardAccess } from './adapters.ts';
import { createCopy } from './clipboard.ts';
import type { AppSettings } from './settings.ts';

/** A clipboard that records what was written and which wipes were asked for. */
function fakeClipboard() {
  const log = { written: [] as string[], wipes: [] as number[] };
  const clipboard: ClipboardAccess = {
    write: (text) => Promise.resolve(void log.written.push(text)),
    wipeLater: (ms) => Promise.resolve(void log.wipes.push(ms)),
  };
  return { clipboard, log };
}

const settingsWith = (clipboardSeconds: number) => ({
  current: signal<AppSettings>({
    autoFill: true,
    autoLockSeconds: 300,
    language: undefined,
    clipboardSeconds,
  }),
});

describe('createCopy', () => {
  it.each([
    { seconds: 30, wipes: [30_000] },
    { seconds: 5, wipes: [5_000] },
    { seconds: 0, wipes: [] },
  ])('wipe after $seconds s from the settings: wipes $wipes', async ({ seconds, wipes }) => {
    const { clipboard, log } = fakeClipboard();
    const copy = createCopy(clipboard, settingsWith(seconds));
    expect(await copy('123456')).toBe(seconds);
    expect(log).toEqual({ written: ['123456'], wipes });
  });

  it('reads the setting at each copy, not once', async () => {
    const { clipboard, log } = fakeClipboard();
    const settings = settingsWith(30);
    const copy = createCopy(clipboard, settings);
    settings.current.value = { ...settings.current.value, clipboardSeconds: 7 };
    await copy('654321');
    expect(log.wipes).toEqual([7_000]);
  });
});
