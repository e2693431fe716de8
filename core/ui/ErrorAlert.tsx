import { describeError } from '../i18n/index.ts';
import { isHavenError } from '../errors.ts';
import { language } from './i18n-state.ts';

/** Shows what went wrong in the user's language; renders nothing without an error. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (error === undefined) return null;
  return (
    <p class="alert" role="alert">
      {describeError(language.value, error, errorParams(error))}
    </p>
  );
}

/** Numbers a message needs, e.g. how long a throttled unlock must wait. */
function errorParams(error: unknown): Record<string, number> {
  if (!isHavenError(error, 'vault/throttled')) return {};
  const retryAt = (error as { retryAt?: unknown }).retryAt;
  const seconds =
    typeof retryAt === 'number' ? Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)) : 0;
  return { seconds };
}
