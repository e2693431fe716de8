import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCamera } from './camera.ts';

afterEach(() => vi.unstubAllGlobals());

/** A navigator whose getUserMedia fails the way a browser does. */
function stubRefusal(name: string): void {
  vi.stubGlobal('navigator', {
    mediaDevices: { getUserMedia: () => Promise.reject(new DOMException('refused', name)) },
  });
}

describe('openCamera', () => {
  it.each([
    ['the user or a policy refused', 'NotAllowedError', 'camera/denied'],
    ['an insecure or sandboxed page', 'SecurityError', 'camera/denied'],
    ['no camera at all', 'NotFoundError', 'camera/not-found'],
    ['no camera that fits', 'OverconstrainedError', 'camera/not-found'],
    ['another app holds the camera', 'NotReadableError', 'camera/in-use'],
    ['the start was aborted', 'AbortError', 'camera/in-use'],
    ['something else', 'TypeError', 'camera/unsupported'],
  ])('%s (%s) becomes %s', async (_case, name, code) => {
    stubRefusal(name);
    await expect(openCamera()).rejects.toMatchObject({ code, cause: { name } });
  });

  it('says so when the browser has no camera API (http, old browser)', async () => {
    vi.stubGlobal('navigator', {});
    await expect(openCamera()).rejects.toMatchObject({ code: 'camera/unsupported' });
  });

  it('asks for the back camera as a preference, and a chosen camera after a switch', async () => {
    const asked: MediaStreamConstraints[] = [];
    const track = { getSettings: () => ({ deviceId: 'cam-2' }), getCapabilities: () => ({}) };
    vi.stubGlobal('navigator', {
      mediaDevices: {
        getUserMedia: (constraints: MediaStreamConstraints) => {
          asked.push(constraints);
          return Promise.resolve({ getVideoTracks: () => [track] });
        },
      },
    });
    const first = await openCamera();
    await openCamera('cam-2');
    expect(asked.map((c) => c.video)).toMatchObject([
      { facingMode: { ideal: 'environment' } },
      { deviceId: { ideal: 'cam-2' } },
    ]);
    expect(first).toMatchObject({ deviceId: 'cam-2' });
    expect(first.setTorch).toBeUndefined();
  });
});
