import { isHavenError } from '../errors.ts';
import type { Catalogue, Language, MessageKey, MessageParams } from './catalogue.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

const catalogues: Record<Language, Catalogue> = { nl, fr, en };

/** All languages, in the order the language picker lists them. */
export const languages: readonly Language[] = ['nl', 'fr', 'en'];

/**
 * The first of the user's preferred languages (navigator.languages, BCP 47
 * tags like 'nl-BE') that Havencode speaks; English when none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = languages.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}

/** The message `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * What went wrong, in the user's language. A HavenError maps by its code; any
 * other error is a bug or a foreign failure and gets the generic message (the
 * details go to the console, never to the screen or into the page).
 */
export function describeError(
  language: Language,
  error: unknown,
  params: MessageParams = {},
): string {
  if (isHavenError(error)) return translate(language, `errors.${error.code}`, params);
  return translate(language, 'errors.unknown');
}
