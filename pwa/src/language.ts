import { effect } from '@preact/signals';
import { language, languages, setLanguage, type Language } from '../../core/ui/i18n-state.ts';

const KEY = 'havencode.language';

/**
 * The UI language: the user's own choice in the picker if they made one,
 * else the browser's preferred languages. Only a choice is stored, so a
 * phone whose language changes later still follows it. Returns a stop function.
 */
export function startLanguage(storage: Storage, preferred: readonly string[]): () => void {
  const saved = storage.getItem(KEY);
  setLanguage(languages.includes(saved as Language) ? (saved as Language) : preferred);
  const initial = language.peek();
  return effect(() => {
    if (language.value !== initial || saved !== null) storage.setItem(KEY, language.value);
  });
}
