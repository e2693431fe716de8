import { useEffect, useRef, useState } from 'preact/hooks';
import { HavenError } from '../../../core/errors.ts';
import { t } from '../../../core/ui/i18n-state.ts';
import { createBatchCollector } from './batch-collector.ts';
import { closeCamera, listCameras, openCamera, type OpenCamera } from './camera.ts';
import { decodeFrame } from './decode-client.ts';

/** Frames are decoded one at a time, at most this often, to spare a phone's battery. */
const FRAME_GAP_MS = 120;
/** Frames are scaled down to this width: a QR code on screen or paper stays readable. */
const FRAME_WIDTH = 1280;

interface Props {
  /** The account texts found; ends the scan. */
  onFound: (texts: string[]) => void;
  /** Closed by the user (undefined) or failed (a HavenError: no camera, no permission). */
  onClose: (error?: Error) => void;
  /** The user is scanning (a key, a tap, a code read): the vault's idle time starts again. */
  onActivity: () => void;
}

/** Full-screen camera view that decodes frames in the worker until an account QR code is read. */
export function CameraScanner({ onFound, onClose, onActivity }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [camera, setCamera] = useState<OpenCamera | undefined>(undefined);
  const [deviceId, setDeviceId] = useState<string | undefined>(undefined);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [torch, setTorch] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [otherCode, setOtherCode] = useState(false);
  const collector = useRef(createBatchCollector());

  useEffect(() => {
    let stopped = false;
    let opened: OpenCamera | undefined;
    const scanFrames = async (element: HTMLVideoElement) => {
      while (!stopped) {
        await new Promise((resolve) => setTimeout(resolve, FRAME_GAP_MS));
        if (stopped || element.readyState < element.HAVE_CURRENT_DATA) continue;
        const scale = Math.min(1, FRAME_WIDTH / element.videoWidth);
        const bitmap = await createImageBitmap(element, {
          resizeWidth: Math.round(element.videoWidth * scale),
          resizeHeight: Math.round(element.videoHeight * scale),
        });
        const step = collector.current.offer(await decodeFrame(bitmap));
        if (stopped) return;
        if (step.kind !== 'nothing') onActivity();
        if (step.kind === 'complete') return onFound(step.texts);
        if (step.kind === 'partial') setProgress({ done: step.done, total: step.total });
        if (step.kind !== 'nothing') setOtherCode(step.kind === 'other');
      }
    };
    onActivity();
    openCamera(deviceId)
      .then(async (next) => {
        opened = next;
        if (stopped) return closeCamera(next);
        setCamera(next);
        setTorch(false);
        const element = video.current!;
        element.srcObject = next.stream;
        await element.play();
        setCameras(await listCameras());
        await scanFrames(element);
      })
      .catch((error: unknown) => {
        if (stopped) return;
        onClose(
          error instanceof Error
            ? error
            : new HavenError('camera/unsupported', 'the camera failed', { cause: error }),
        );
      });
    return () => {
      stopped = true;
      if (opened) closeCamera(opened);
    };
  }, [deviceId]);

  // Focus goes into the dialog, so keyboard and screen-reader users land on its buttons.
  useEffect(() => cancel.current?.focus(), []);

  const switchCamera = () => {
    const index = cameras.findIndex((c) => c.deviceId === camera?.deviceId);
    setDeviceId(cameras[(index + 1) % cameras.length]?.deviceId);
  };

  return (
    <div
      class="scanner"
      role="dialog"
      aria-modal="true"
      aria-labelledby="scanner-title"
      onKeyDown={(e) => (e.key === 'Escape' ? onClose() : onActivity())}
      onPointerDown={onActivity}
    >
      <h2 id="scanner-title">{t('scan.title')}</h2>
      <video ref={video} muted playsInline aria-hidden="true" />
      <p role="status">{describeStatus(camera !== undefined, progress, otherCode)}</p>
      <div class="row">
        {camera?.setTorch && (
          <button
            type="button"
            aria-pressed={torch}
            onClick={() => {
              void camera.setTorch?.(!torch);
              setTorch(!torch);
            }}
          >
            {t('scan.torch')}
          </button>
        )}
        {cameras.length > 1 && (
          <button type="button" onClick={switchCamera}>
            {t('scan.switch')}
          </button>
        )}
        {progress && (
          <button type="button" onClick={() => onFound(collector.current.collected())}>
            {t('scan.addPartial')}
          </button>
        )}
        <button type="button" class="primary" ref={cancel} onClick={() => onClose()}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** What the scanner is doing, for the status line (read out by screen readers). */
function describeStatus(
  started: boolean,
  progress: { done: number; total: number } | undefined,
  otherCode: boolean,
): string {
  if (!started) return t('scan.starting');
  if (otherCode) return t('errors.qr/not-an-account');
  return progress ? t('scan.batch', { done: progress.done, total: progress.total }) : '';
}
