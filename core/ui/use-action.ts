import { useState } from 'preact/hooks';

/** State of a user-triggered async action: busy while it runs, the error it threw. */
export interface Action {
  busy: boolean;
  error: unknown;
  run: (work: () => Promise<void>) => Promise<void>;
  clear: () => void;
}

/**
 * Runs a user's action, keeping what went wrong for an ErrorAlert to show in
 * the user's language. Non-Havencode errors are logged for developers (the
 * message never carries a secret: the core's messages don't).
 */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      if (!(caught instanceof Error && caught.name === 'HavenError')) console.error(caught);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}
