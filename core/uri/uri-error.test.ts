import { describe, expect, it } from 'vitest';
import { HavenError } from '../errors.ts';
import { addErrorContext, quoteValue } from './uri-error.ts';

describe('quoteValue', () => {
  it.each([
    ['6', '"6"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
  ])('%j -> %s', (value, quoted) => {
    expect(quoteValue(value)).toBe(quoted);
  });
});

describe('addErrorContext', () => {
  it('prefixes a HavenError and keeps its code and the original as cause', () => {
    const original = new HavenError('uri/invalid-digits', 'Invalid digits "5".');
    const error = addErrorContext(original, 'Line 2');
    expect(error).toBeInstanceOf(HavenError);
    expect(error).toMatchObject({
      code: 'uri/invalid-digits',
      message: 'Line 2: Invalid digits "5".',
      cause: original,
    });
  });

  it('passes any other error through untouched', () => {
    const foreign = new RangeError('premature EOF');
    expect(addErrorContext(foreign, 'Line 2')).toBe(foreign);
  });
});
