import { describe, expect, it } from 'vitest';
import { isSiteOrigin } from './origins.ts';

describe('isSiteOrigin', () => {
  it.each([
    ['https://my.cepa.be', true],
    ['https://www.c-point.be', true],
    ['http://my.cepa.be', false],
    ['https://c-point.be', false],
    ['https://my-cepa.be', false],
    ['https://www.c-point.be.example', false],
    ['https://my.cepa.be:8443', false],
    ['https://login.example.org', false],
  ])('%s → %s', (origin, expected) => {
    expect(isSiteOrigin(origin)).toBe(expected);
  });
});
