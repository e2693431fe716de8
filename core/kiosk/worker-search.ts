/**
 * Finding a worker on the kiosk's lock screen among hundreds. By default a
 * worker is found only by their whole name or werkboeknummer (a number
 * within the name), so nobody browses the list of who works at a terminal;
 * a policy (`listWorkers`) allows listing and filtering by part of a name.
 */

/** A werkboeknummer within a name: a run of at least 4 digits (a lone '2' finds nobody). */
const WORK_BOOK_NUMBER = /\d{4,}/g;

/** What the search needs of a worker's vault. */
export interface Findable {
  name: string;
}

/** The lock screen's search over the workers on this PC, built once per list. */
export interface WorkerIndex<T extends Findable> {
  /** The workers `query` finds, in the list's order. */
  find(query: string): T[];
}

/** Lower case, without accents, single spaces: 'Jürgen  Peeters' and 'jurgen peeters' are one name. */
export function normaliseWorkerName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * An index of `workers`. With `listAll`, an empty query finds everyone and
 * any part of a name finds that worker; without, only a whole name or a
 * whole number in it does (a map look-up: 500 workers cost nothing more).
 */
export function indexWorkers<T extends Findable>(
  workers: readonly T[],
  { listAll }: { listAll: boolean },
): WorkerIndex<T> {
  const normalised = workers.map((worker) => ({ worker, key: normaliseWorkerName(worker.name) }));
  if (listAll) {
    return {
      find: (query) => {
        const wanted = normaliseWorkerName(query);
        return normalised.filter(({ key }) => key.includes(wanted)).map(({ worker }) => worker);
      },
    };
  }
  const exact = new Map<string, T[]>();
  for (const { worker, key } of normalised) {
    for (const term of new Set([key, ...(key.match(WORK_BOOK_NUMBER) ?? [])])) {
      const found = exact.get(term) ?? [];
      found.push(worker);
      exact.set(term, found);
    }
  }
  return { find: (query) => exact.get(normaliseWorkerName(query)) ?? [] };
}
