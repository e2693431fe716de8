import type { StepNote } from './protocol-types.ts';

/**
 * Small typed readers for the message table's schemas (protocol.ts): each
 * reads one field of an untrusted message and hands it on typed, or gives
 * undefined when it is missing or of the wrong kind. Nothing is cast.
 */

/** A message's own fields, as received. */
export type Fields = { readonly [key: string]: unknown };

/** The fields of `value` when it is a plain object, else undefined. */
export function readFields(value: unknown): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value));
}

/** `setTimeout`'s longest delay. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** A boolean field. */
export function readBoolean<R>(m: Fields, key: string, then: (value: boolean) => R): R | undefined {
  const value = m[key];
  return typeof value === 'boolean' ? then(value) : undefined;
}

/** A string field. */
export function readString<R>(m: Fields, key: string, then: (value: string) => R): R | undefined {
  const value = m[key];
  return typeof value === 'string' ? then(value) : undefined;
}

/** A delay in milliseconds: a whole number from 0 up to what a timer takes. */
export function readDelay<R>(m: Fields, key: string, then: (value: number) => R): R | undefined {
  const value = m[key];
  return Number.isInteger(value) && typeof value === 'number' && value >= 0 && value <= MAX_DELAY_MS
    ? then(value)
    : undefined;
}

/** An optional place in a list: absent, or a whole number from 0 (the chosen account). */
export function readOptionalIndex<R>(
  m: Fields,
  key: string,
  then: (value: number | undefined) => R,
): R | undefined {
  const value = m[key];
  if (value === undefined) return then(undefined);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000
    ? then(value)
    : undefined;
}

/** A list of strings (image URLs). */
export function readStrings<R>(
  m: Fields,
  key: string,
  then: (value: string[]) => R,
): R | undefined {
  const value = m[key];
  if (!Array.isArray(value)) return undefined;
  const strings = value.filter((item): item is string => typeof item === 'string');
  return strings.length === value.length ? then(strings) : undefined;
}

/** BCP 47 language tags, as navigator.languages gives them (a few, short). */
export function readLanguages<R>(
  m: Fields,
  key: string,
  then: (value: string[]) => R,
): R | undefined {
  return readStrings(m, key, (tags) =>
    tags.length <= 32 && tags.every((tag) => tag.length <= 35) ? then(tags) : undefined,
  );
}

/** A sign-in step's note: an optional method ('app' or 'email') and an optional username. */
export function readStepNote<R>(
  m: Fields,
  key: string,
  then: (value: StepNote) => R,
): R | undefined {
  const fields = readFields(m[key]);
  if (fields === undefined) return undefined;
  const { method, username } = fields;
  const note: StepNote = {};
  if (method === 'app' || method === 'email') note.method = method;
  else if (method !== undefined) return undefined;
  if (typeof username === 'string') note.username = username;
  else if (username !== undefined) return undefined;
  return then(note);
}
