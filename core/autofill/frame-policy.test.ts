import { describe, expect, it } from 'vitest';
import { checkFrameOrigin } from './frame-policy.ts';

/** A stand-in for a frame's `window`: only what the policy reads. */
interface FakeFrame {
  readonly origin: string;
  top: FakeFrame | null;
  parent: FakeFrame | null;
  location: { ancestorOrigins?: string[] };
}

function topFrame(origin: string): Window {
  const frame: FakeFrame = { origin, top: null, parent: null, location: {} };
  frame.top = frame;
  frame.parent = frame;
  return frame as unknown as Window;
}

/**
 * The innermost frame of a chain of origins, top first. With `chromium`, it
 * lists its ancestors' origins; without, it plays Firefox, where only climbing
 * works and reading a cross-origin frame's origin throws a SecurityError.
 */
function nestedFrame(chain: string[], chromium: boolean): Window {
  const own = chain.at(-1)!;
  let parent: FakeFrame | null = null;
  let top: FakeFrame | null = null;
  let frame: FakeFrame | null = null;
  chain.forEach((origin, depth) => {
    const location: FakeFrame['location'] =
      chromium && depth === chain.length - 1
        ? { ancestorOrigins: chain.slice(0, -1).reverse() }
        : {};
    frame = {
      get origin(): string {
        if (origin === own) return origin;
        throw Object.assign(new Error('Blocked a frame from accessing a cross-origin frame.'), {
          name: 'SecurityError',
        });
      },
      top: null,
      parent: null,
      location,
    };
    frame.parent = parent ?? frame;
    top ??= frame;
    frame.top = top;
    parent = frame;
  });
  return frame as unknown as Window;
}

describe('checkFrameOrigin', () => {
  const cpoint = 'https://www.c-point.be';
  const evil = 'https://www.c-point.be.example.test';
  const cases: [string, Window, string | undefined][] = [
    ['top frame on C-point', topFrame(cpoint), cpoint],
    ['top frame on a look-alike (decided later by profile)', topFrame(evil), evil],
    ['top frame over http', topFrame('http://www.c-point.be'), undefined],
    ['top frame on another port', topFrame('https://my.cepa.be:8443'), undefined],
    ['opaque origin (sandboxed)', topFrame('null'), undefined],
    ...[true, false].flatMap((chromium): [string, Window, string | undefined][] => {
      const browser = chromium ? 'Chromium' : 'Firefox';
      return [
        [`same-origin child (${browser})`, nestedFrame([cpoint, cpoint], chromium), cpoint],
        [`two levels deep (${browser})`, nestedFrame([cpoint, cpoint, cpoint], chromium), cpoint],
        [`framed by a foreign page (${browser})`, nestedFrame([evil, cpoint], chromium), undefined],
        [
          `foreign frame mid-chain (${browser})`,
          nestedFrame([cpoint, evil, cpoint], chromium),
          undefined,
        ],
      ];
    }),
  ];
  it.each(cases)('%s', (_name, win, expected) => {
    expect(checkFrameOrigin(win)).toBe(expected);
  });

  it('lets an unexpected error through instead of guessing', () => {
    const top = {
      get origin(): string {
        throw new TypeError('boom');
      },
    };
    const win = {
      origin: 'https://www.c-point.be',
      top,
      parent: top,
      location: {},
    } as unknown as Window;
    expect(() => checkFrameOrigin(win)).toThrow(TypeError);
  });
});
