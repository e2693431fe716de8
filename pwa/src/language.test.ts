import { describe, expect, it } from 'vitest';
import { language, setLanguage } from '../../core/ui/i18n-state.ts';
import { startLanguage } from './language.ts';

/** The part of Storage the language setting uses, in memory. */
function makeStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
}

describe('startLanguage', () => {
  it.each([
    ['follows the browser when nothing was chosen', {}, ['fr-BE', 'nl'], 'fr'],
    ['falls back to English', {}, ['de-DE'], 'en'],
    ['keeps the user’s choice over the browser', { 'havencode.language': 'nl' }, ['fr'], 'nl'],
    ['ignores a stored value it does not speak', { 'havencode.language': 'de' }, ['fr'], 'fr'],
  ])('%s', (_name, stored: Record<string, string>, preferred, expected) => {
    const stop = startLanguage(makeStorage(stored), preferred);
    expect(language.value).toBe(expected);
    stop();
  });

  it('stores a choice only once the user makes one', () => {
    const storage = makeStorage();
    const stop = startLanguage(storage, ['fr']);
    expect(storage.getItem('havencode.language')).toBeNull();
    setLanguage('en');
    expect(storage.getItem('havencode.language')).toBe('en');
    stop();
  });
});
