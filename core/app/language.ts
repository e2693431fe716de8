import { effect, type Signal } from '@preact/signals-core';
import { pickLanguage, type Language } from '../i18n/index.ts';
import type { SettingsModel } from './settings.ts';

/**
 * The one rule for the UI language, in every shell: the user's stored
 * choice, else the browser's preferred languages; a language picked later
 * is stored, so one chosen in the popup is the options page's too. Nothing
 * is stored before the user picks, so a browser whose language changes is
 * still followed. Returns a stop function.
 */
export function followLanguageChoice(
  settings: Pick<SettingsModel, 'current' | 'save'>,
  shown: Signal<Language>,
  preferred: readonly string[],
): () => void {
  shown.value = settings.current.peek().language ?? pickLanguage(preferred);
  let first = true;
  return effect(() => {
    const chosen = shown.value;
    if (!first && chosen !== settings.current.peek().language)
      void settings.save({ language: chosen });
    first = false;
  });
}
