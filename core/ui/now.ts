import { signal } from '@preact/signals';

/** Local time in ms, ticking each second while the list is shown. */
export const now = signal(Date.now());

/** Starts the tick, aligned to whole seconds so countdowns change together; returns a stop function. */
export function startClock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    now.value = Date.now();
    timer = setTimeout(tick, 1000 - (now.value % 1000));
  };
  tick();
  return () => clearTimeout(timer);
}
