import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n-state.ts';
import { QrCode } from './QrCode.tsx';

/**
 * Several QR codes shown one at a time ("1 van 3"), with buttons to the
 * previous and next one, so each code is as large as the screen allows.
 * `cycleMs`: also moves on by itself, round and round, for a camera that
 * reads them all without a tap (a transfer to another Havencode).
 */
export function QrSequence({
  codes,
  testId,
  cycleMs,
}: {
  codes: readonly string[];
  testId: string;
  cycleMs?: number;
}) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (cycleMs === undefined || codes.length < 2) return undefined;
    const timer = setInterval(() => setIndex((i) => (i + 1) % codes.length), cycleMs);
    return () => clearInterval(timer);
  }, [codes, cycleMs]);
  const at = Math.min(index, codes.length - 1);
  const text = codes[at];
  if (text === undefined) return null;
  const position = t('export.codeOf', { index: at + 1, count: codes.length });
  return (
    <figure class="qr-sequence" data-testid={testId} data-index={at} data-count={codes.length}>
      <QrCode text={text} label={position} />
      <figcaption data-testid={`${testId}-position`}>{position}</figcaption>
      {codes.length > 1 && (
        <div class="qr-steps">
          <button
            type="button"
            data-testid={`${testId}-previous`}
            disabled={at === 0}
            onClick={() => setIndex(at - 1)}
          >
            {t('export.previous')}
          </button>
          <button
            type="button"
            class="primary"
            data-testid={`${testId}-next`}
            disabled={at === codes.length - 1}
            onClick={() => setIndex(at + 1)}
          >
            {t('export.next')}
          </button>
        </div>
      )}
    </figure>
  );
}
