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

/**
 * The message `key` in `language`, with `{name}` placeholders filled from
 * `params`, and plurals written ICU-style — `{count, plural, one {# account}
 * other {# accounts}}` — chosen by `Intl.PluralRules` for the language
 * (French puts 0 under 'one', English and Dutch do not).
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders(choosePlurals(language, catalogues[language][key], params), params);
}

/** `{name, plural, one {…} other {…}}`; a branch may hold `{placeholders}` and `#` (the number). */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+ \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(=?\w+) \{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

function choosePlurals(language: Language, text: string, params: MessageParams): string {
  const rules = new Intl.PluralRules(language);
  return text.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2] ?? '']));
    const branch =
      branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get('other');
    return (branch ?? whole).replace(/#/g, value.toLocaleString(language));
  });
}

function fillPlaceholders(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
