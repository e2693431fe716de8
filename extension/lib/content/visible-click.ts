/**
 * Whether a click on Havencode's in-page button is one the user really
 * made on a button they could see. The page is hostile: it can dispatch
 * events, restyle or move our host element, cover the button with a decoy,
 * or slide it under the pointer just before a click. So, at click time:
 * a trusted event, our host where we put it, nothing along its ancestors
 * that hides or distorts it, the button itself on top at the click point
 * and its corners, and (IntersectionObserver v2, Chromium) the browser's
 * own verdict that it is painted unoccluded — all for a while already.
 *
 * https://w3c.github.io/IntersectionObserver/v2/ (trackVisibility, isVisible)
 */

/** A button must have stood still and visible this long before a click counts. */
export const STEADY_MS = 500;
/** Smaller than this, a button is not a button a user aims at. */
const MIN_SIDE = 16;

/** Watches one button inside our closed shadow root; `accepts(event)` decides at click time. */
export interface ClickGuard {
  accepts: (event: MouseEvent) => boolean;
  /** The button moved (or was just placed): the steady time starts again. */
  moved: () => void;
  stop: () => void;
}

/** A guard for `button`, shown by `host` (a child of <html>) through the closed `root`. */
export function guardClicks(host: HTMLElement, root: ShadowRoot, button: HTMLElement): ClickGuard {
  let steadySince = performance.now();
  const observer = watchVisibility(button);
  return {
    accepts: (event) =>
      event.isTrusted &&
      performance.now() - steadySince >= STEADY_MS &&
      observer.visibleFor() >= STEADY_MS &&
      host.parentNode === document.documentElement &&
      styleShows(button, host) &&
      hitsOnly(host, root, button, event),
    moved: () => {
      steadySince = performance.now();
    },
    stop: () => observer.stop(),
  };
}

/** IntersectionObserver v2 where the browser has it: how long the button has been visibly painted. */
function watchVisibility(target: Element): { visibleFor: () => number; stop: () => void } {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) {
    // Firefox, Safari: the style and hit tests below are all there is.
    return { visibleFor: () => Infinity, stop: () => undefined };
  }
  let visibleSince: number | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1) as
        (IntersectionObserverEntry & { isVisible: boolean }) | undefined;
      if (!entry?.isVisible) visibleSince = undefined;
      else visibleSince ??= performance.now();
    },
    { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return {
    visibleFor: () => (visibleSince === undefined ? 0 : performance.now() - visibleSince),
    stop: () => observer.disconnect(),
  };
}

/** Nothing from the button up to <html> makes it transparent, hidden, clipped, filtered or warped. */
function styleShows(button: HTMLElement, host: HTMLElement): boolean {
  if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const chain: Element[] = [];
  for (let at: Element | null = button; at; at = at.parentElement) chain.push(at);
  for (let at: Element | null = host; at; at = at.parentElement) chain.push(at);
  let opacity = 1;
  for (const element of chain) {
    const style = getComputedStyle(element);
    opacity *= Number(style.opacity);
    if (
      style.visibility !== 'visible' ||
      style.filter !== 'none' ||
      style.transform !== 'none' ||
      style.clipPath !== 'none' ||
      style.mixBlendMode !== 'normal'
    )
      return false;
  }
  return opacity >= 0.99;
}

/**
 * The button is what the click point and its corners hit: our host on top
 * of the page, the button on top inside it. A keyboard click (detail 0)
 * has no point: its centre stands in.
 */
function hitsOnly(host: HTMLElement, root: ShadowRoot, button: HTMLElement, event: MouseEvent) {
  const rect = button.getBoundingClientRect();
  if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) return false;
  if (rect.left < 0 || rect.top < 0 || rect.right > innerWidth || rect.bottom > innerHeight)
    return false;
  const inset = 3;
  const points: [number, number][] = [
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
    [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2],
  ];
  if (event.detail !== 0) points.push([event.clientX, event.clientY]);
  return points.every(
    ([x, y]) =>
      document.elementFromPoint(x, y) === host && button.contains(root.elementFromPoint(x, y)),
  );
}
