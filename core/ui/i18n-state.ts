import { signal } from '@preact/signals';
import { languages, pickLanguage, translate } from '../i18n/index.ts';
import type { Language, MessageKey, MessageParams } from '../i18n/index.ts';

/** The language the UI shows; the shell sets it from preferences or the user's choice. */
export const language = signal<Language>('en');

/** Sets the UI language, e.g. from `navigator.languages` or a saved choice. */
export function setLanguage(choice: Language | readonly string[]): void {
  language.value = typeof choice === 'string' ? choice : pickLanguage(choice);
}

/** A message in the current language; reading it subscribes the component. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(language.value, key, params);
}

export { languages };
export type { Language };

/** A wait in words: seconds up to a minute and a half, whole minutes beyond. */
export function formatWait(seconds: number): string {
  return seconds < 90
    ? t('time.seconds', { n: seconds })
    : t('time.minutes', { n: Math.ceil(seconds / 60) });
}
