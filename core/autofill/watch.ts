import type { SiteProfile } from '../sites/site-profile.ts';
import type { ContextWords } from './context-words.ts';
import { collectInputs, collectLightInputs, readSameOriginFrame, type Scope } from './collect.ts';
import { findBoxRow, rankOtpCandidates, targetFields, type OtpTarget } from './find-fields.ts';

/** Delay before looking again at code-like fields that were hidden (animations, steps). */
const RECHECK_MS = 250;
/** How often one hidden field is looked at again before it is given up. */
const MAX_RECHECKS = 8;

const OBSERVED_ATTRIBUTES = ['class', 'style', 'hidden', 'disabled', 'readonly', 'type', 'inert'];

/** How the watcher defers work: once per frame in a visible tab. */
function scheduleFor(doc: Document): (run: () => void) => void {
  const view = doc.defaultView;
  // rAF does not run in a hidden tab; a short timer still lets the code be
  // there when the user switches to it.
  return (run) => {
    if (view !== null && doc.visibilityState === 'visible') view.requestAnimationFrame(run);
    else setTimeout(run, 50);
  };
}

/**
 * Watches `doc` for the one-time-code field and calls `onTarget` with each new
 * target: the one there now, and any that appears later (SPA steps, open
 * shadow roots, same-origin frames). Each mutation batch only notes the added
 * nodes and changed elements; the search runs at most once per scheduled turn
 * on those subtrees alone. `words`: as for `rankOtpCandidates`. It watches
 * as long as the page lives.
 */
export function watchForOtpTarget(
  doc: Document,
  profile: SiteProfile | undefined,
  words: ContextWords,
  onTarget: (target: OtpTarget) => void,
): void {
  const schedule = scheduleFor(doc);
  const reported = new WeakSet<HTMLInputElement>();
  const rechecks = new WeakMap<HTMLInputElement, number>();
  const observed = new WeakSet<Node>();
  const shadowRoots = new Set<ShadowRoot>();
  const framesSeen = new WeakSet<Element>();
  const added = new Set<Scope>();
  const changed = new Set<Element>();
  let pending = false;

  const hooks = {
    onShadowRoot: (root: ShadowRoot) => observe(root),
    onFrame: (frame: HTMLIFrameElement | HTMLFrameElement) => watchFrame(frame),
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') changed.add(record.target as Element);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) added.add(node as Element);
      }
    }
    request();
  });

  // A document observer does not see into shadow roots or frames: each one
  // met while collecting gets observed on its own.
  function observe(scope: Document | ShadowRoot): void {
    if (observed.has(scope)) return;
    observed.add(scope);
    if (scope.nodeType === Node.DOCUMENT_FRAGMENT_NODE) shadowRoots.add(scope as ShadowRoot);
    observer.observe(scope, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
  }

  function watchFrame(frame: HTMLIFrameElement | HTMLFrameElement): void {
    if (framesSeen.has(frame)) return;
    framesSeen.add(frame);
    const frameDoc = readSameOriginFrame(frame);
    if (frameDoc !== undefined) observe(frameDoc);
    // A frame navigates to a new document: look at it once it has loaded.
    frame.addEventListener('load', () => {
      const loaded = readSameOriginFrame(frame);
      if (loaded === undefined) return;
      observe(loaded);
      added.add(loaded);
      request();
    });
  }

  function request(): void {
    if (pending) return;
    pending = true;
    schedule(flush);
  }

  function gather(): HTMLInputElement[] {
    const inputs: HTMLInputElement[] = [];
    for (const scope of added) if (scope.isConnected) inputs.push(...collectInputs(scope, hooks));
    for (const element of changed) {
      if (!element.isConnected) continue;
      // Cheap tests first: most attribute changes (animations) touch no field.
      const hasInput =
        element.localName === 'input' || element.getElementsByTagName('input').length > 0;
      if (hasInput) inputs.push(...collectLightInputs(element, hooks));
      for (const root of shadowRoots) {
        if (element.contains(root.host)) inputs.push(...collectLightInputs(root, hooks));
      }
    }
    added.clear();
    changed.clear();
    return withWholeRows(inputs);
  }

  // Split boxes may arrive one by one; judge a box together with its row.
  function withWholeRows(inputs: HTMLInputElement[]): HTMLInputElement[] {
    const rows = new Set(inputs.filter((i) => i.maxLength === 1).map(findBoxRow));
    for (const row of rows) if (row !== null) inputs.push(...collectLightInputs(row as Scope));
    return inputs;
  }

  function flush(): void {
    pending = false;
    // A field already reported stays the caller's business; skipping it keeps
    // animations around a filled form from re-ranking it every frame.
    const inputs = [...new Set(gather())].filter((input) => !reported.has(input));
    if (inputs.length === 0) return;
    const { best, waiting } = rankOtpCandidates(inputs, profile, words);
    if (best !== undefined) report(best);
    for (const input of waiting) recheckLater(input);
  }

  function report(target: OtpTarget): void {
    const fields = targetFields(target);
    if (fields.every((field) => reported.has(field))) return;
    for (const field of fields) reported.add(field);
    onTarget(target);
  }

  function recheckLater(input: HTMLInputElement): void {
    const count = rechecks.get(input) ?? 0;
    if (count >= MAX_RECHECKS) return;
    rechecks.set(input, count + 1);
    setTimeout(() => {
      // Recheck the whole row so a split group is judged as a group.
      const row = input.parentElement?.parentElement ?? input.parentElement;
      if (row !== null) changed.add(row);
      request();
    }, RECHECK_MS);
  }

  observe(doc);
  added.add(doc);
  flush();
}
