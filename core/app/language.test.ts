import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../i18n/index.ts';
import { followLanguageChoice } from './language.ts';
import { createSettingsModel } from './settings.ts';
import type { StoredSettings } from './adapters.ts';
import { createFakeSettingsStore } from './test-fakes.ts';

async function setUp(stored: Partial<StoredSettings>, preferred: readonly string[]) {
  const store = createFakeSettingsStore(stored);
  const settings = await createSettingsModel({ store, vault: signal(undefined) });
  const shown = signal<Language>('en');
  const stop = followLanguageChoice(settings, shown, preferred);
  return { store, shown, stop };
}

describe('followLanguageChoice', () => {
  it.each([
    ['follows the browser when nothing was chosen', {}, ['fr-BE', 'nl'], 'fr'],
    ['falls back to English', {}, ['de-DE'], 'en'],
    ['keeps the user’s choice over the browser', { language: 'nl' as const }, ['fr'], 'nl'],
  ])('%s', async (_name, stored: Partial<StoredSettings>, preferred, expected) => {
    const { shown, stop } = await setUp(stored, preferred);
    expect(shown.value).toBe(expected);
    stop();
  });

  it('stores nothing until the user picks, then each pick', async () => {
    const { store, shown, stop } = await setUp({}, ['fr']);
    expect(store.stored()).toEqual({});
    shown.value = 'en';
    await expect.poll(() => store.stored().language).toBe('en');
    // Back to the language the browser would give: still a choice, and kept.
    shown.value = 'fr';
    await expect.poll(() => store.stored().language).toBe('fr');
    stop();
  });
});
