import { describe, expect, it } from 'vitest';
import { sharpenGrey } from './sharpen.ts';

describe('sharpenGrey', () => {
  it.each([
    { name: 'a flat image stays flat', row: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100] },
    { name: 'black stays black', row: [0, 0, 0, 0, 0, 0] },
  ])('$name', ({ row }) => {
    expect([...sharpenGrey(Uint8Array.from(row), row.length, 1)]).toEqual(row);
  });

  it('steepens an edge: darker before it, brighter after it, clamped to 0–255', () => {
    const row = [60, 60, 60, 60, 60, 60, 200, 200, 200, 200, 200, 200];
    const out = [...sharpenGrey(Uint8Array.from(row), row.length, 1)];
    expect(out[5]).toBeLessThan(60);
    expect(out[6]).toBeGreaterThan(200);
    expect(out[0]).toBe(60);
    expect(out.every((v) => v >= 0 && v <= 255)).toBe(true);
  });

  it('blurs down columns as well as across rows', () => {
    const column = [60, 60, 60, 60, 200, 200, 200, 200];
    const out = [...sharpenGrey(Uint8Array.from(column), 1, column.length)];
    expect(out[3]).toBeLessThan(60);
    expect(out[4]).toBeGreaterThan(200);
  });
});
