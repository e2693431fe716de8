import { language, languages, setLanguage, t } from './i18n-state.ts';
import type { Language } from './i18n-state.ts';

const names: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Lets the user override the browser's language; the shell may persist `language`. */
export function LanguagePicker() {
  return (
    <select
      class="language"
      aria-label={t('common.language')}
      value={language.value}
      onChange={(e) => setLanguage(e.currentTarget.value as Language)}
    >
      {languages.map((code) => (
        <option key={code} value={code} lang={code}>
          {names[code]}
        </option>
      ))}
    </select>
  );
}
