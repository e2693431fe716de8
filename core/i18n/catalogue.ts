import type { nl } from './nl.ts';

/** The languages Havencode speaks, Dutch first. */
export type Language = 'nl' | 'fr' | 'en';

/** Every message key; Dutch defines them. */
export type MessageKey = keyof typeof nl;

/** A full translation: one string for every key. */
export type Catalogue = Record<MessageKey, string>;

/** Values put into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
