import { describe, expect, it } from 'vitest';
import { isIosBrowserTab } from './ios-hint.ts';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_MODE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';

describe('isIosBrowserTab', () => {
  it.each([
    ['an iPhone in Safari', IPHONE, 5, false, true],
    ['an iPhone from the home screen', IPHONE, 5, true, false],
    ['an iPad asking for the desktop site', IPAD_DESKTOP_MODE, 5, false, true],
    ['a Mac (no touch)', IPAD_DESKTOP_MODE, 0, false, false],
    ['Android', ANDROID, 5, false, false],
  ])('%s', (_name, userAgent, maxTouchPoints, standalone, expected) => {
    expect(isIosBrowserTab({ userAgent, maxTouchPoints }, standalone)).toBe(expected);
  });
});
