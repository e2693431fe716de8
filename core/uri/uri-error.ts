import { HavenError } from '../errors.ts';

const MAX_SHOWN = 40;

/** Quotes a parameter value for an error message, shortened so a pasted blob stays readable. */
export function quoteValue(value: string): string {
  return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

/**
 * Prefixes a HavenError's message with where it happened ("line 3", "account 2
 * of the export") and keeps its code; any other error passes through untouched.
 */
export function addErrorContext(error: unknown, context: string): unknown {
  if (!(error instanceof HavenError)) return error;
  return new HavenError(error.code, `${context}: ${error.message}`, { cause: error });
}
