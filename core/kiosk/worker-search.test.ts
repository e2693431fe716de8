import { describe, expect, it } from 'vitest';
import { indexWorkers, normaliseWorkerName } from './worker-search.ts';

const workers = [
  { name: 'Jan Peeters 654321' },
  { name: 'Jürgen Maes' },
  { name: 'Jan Janssens' },
  { name: '123456' },
];
const names = (found: { name: string }[]) => found.map((w) => w.name);

describe('normaliseWorkerName', () => {
  it.each([
    ['Jürgen  Maes', 'jurgen maes'],
    ['  ÉLODIE ', 'elodie'],
    ['Jan\tPeeters', 'jan peeters'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseWorkerName(input)).toBe(expected);
  });
});

describe('indexWorkers without listing', () => {
  const index = indexWorkers(workers, { listAll: false });

  it.each([
    ['jurgen maes', ['Jürgen Maes']],
    ['JAN PEETERS 654321', ['Jan Peeters 654321']],
    ['654321', ['Jan Peeters 654321']],
    ['123456', ['123456']],
  ])('finds %s by a whole name or number', (query, expected) => {
    expect(names(index.find(query))).toEqual(expected);
  });

  it.each(['', 'jan', 'J', 'peeters', '6543', 'maes '])('shows nobody for %j', (query) => {
    expect(index.find(query)).toEqual([]);
  });
});

describe('indexWorkers with listing allowed', () => {
  const index = indexWorkers(workers, { listAll: true });

  it('lists everyone for an empty query', () => {
    expect(index.find('')).toHaveLength(4);
  });

  it('filters by any part of a name, ignoring case and accents', () => {
    expect(names(index.find('jur'))).toEqual(['Jürgen Maes']);
    expect(names(index.find('jan'))).toEqual(['Jan Peeters 654321', 'Jan Janssens']);
  });
});
