import { HavenError } from '../../../core/errors.ts';

/** Torch control, a capability not yet in TypeScript's DOM types. */
interface TorchCapabilities {
  torch?: boolean;
}

/** An open camera and what it can do beyond showing frames. */
export interface OpenCamera {
  stream: MediaStream;
  /** Present only where the camera has a light (most Android phones; not iOS Safari). */
  setTorch?: (on: boolean) => Promise<void>;
  /** The device in use, so a switch can pick another one. */
  deviceId: string | undefined;
}

/**
 * Opens a camera, preferring the back one (a preference, not a requirement,
 * so a laptop's single webcam works) or the device the user switched to.
 * Browser refusals become HavenErrors whose messages tell the user what to do.
 */
export async function openCamera(deviceId?: string): Promise<OpenCamera> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new HavenError('camera/unsupported', 'getUserMedia is missing (not a secure context?)');
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {
        ...(deviceId
          ? { deviceId: { ideal: deviceId } }
          : { facingMode: { ideal: 'environment' } }),
        width: { ideal: 1280 },
        height: { ideal: 720 },
      },
    });
  } catch (cause) {
    throw toCameraError(cause);
  }
  const [track] = stream.getVideoTracks();
  const torch = (track?.getCapabilities?.() as TorchCapabilities | undefined)?.torch === true;
  return {
    stream,
    deviceId: track?.getSettings().deviceId,
    ...(torch && track
      ? {
          setTorch: (on: boolean) =>
            track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] }),
        }
      : {}),
  };
}

/** The cameras of this device; their labels are known only after permission was given. */
export async function listCameras(): Promise<MediaDeviceInfo[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((device) => device.kind === 'videoinput');
}

/** Stops every track, which turns the camera light off. */
export function closeCamera(camera: OpenCamera): void {
  for (const track of camera.stream.getTracks()) track.stop();
}

function toCameraError(cause: unknown): HavenError {
  const name = cause instanceof DOMException ? cause.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return new HavenError('camera/denied', 'camera permission refused', { cause });
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return new HavenError('camera/not-found', 'no camera', { cause });
  if (name === 'NotReadableError' || name === 'AbortError')
    return new HavenError('camera/in-use', 'the camera could not be started', { cause });
  return new HavenError('camera/unsupported', `getUserMedia failed: ${name}`, { cause });
}
