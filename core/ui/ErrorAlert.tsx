import { useEffect, useState } from 'preact/hooks';
import { describeError } from '../i18n/index.ts';
import { PinAttemptError } from '../vault/throttle.ts';
import { formatWait, language, t } from './i18n-state.ts';

/** Shows what went wrong in the user's language; renders nothing without an error. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (error === undefined) return null;
  if (error instanceof PinAttemptError) return <PinAlert error={error} />;
  return (
    <p class="alert" role="alert">
      {describeError(language.value, error)}
    </p>
  );
}

/**
 * A refused PIN: the real wait, counting down each second, and the tries
 * left before waiting starts or before the vault wipes itself.
 */
function PinAlert({ error }: { error: PinAttemptError }) {
  const { retryAt, attemptsBeforeDelay, attemptsBeforeWipe } = error.attempt;
  const seconds = useSecondsUntil(retryAt);
  const lines =
    seconds > 0
      ? [
          describeError(language.value, new PinAttemptError('vault/throttled', error.attempt), {
            wait: formatWait(seconds),
          }),
        ]
      : [
          describeError(language.value, error, { wait: '' }),
          attemptsBeforeDelay > 0 ? t('unlock.triesLeft', { count: attemptsBeforeDelay }) : '',
        ];
  if (attemptsBeforeWipe !== undefined)
    lines.push(t('unlock.wipeLeft', { count: attemptsBeforeWipe }));
  return (
    <p class="alert" role="alert">
      {lines.filter(Boolean).join(' ')}
    </p>
  );
}

/** Whole seconds until `at` (0 when past or absent), re-rendering as they run down. */
function useSecondsUntil(at: number | undefined): number {
  const left = () => (at === undefined ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (at === undefined) return undefined;
    const timer = setInterval(() => {
      const now = left();
      setSeconds(now);
      if (now === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [at]);
  return seconds;
}
