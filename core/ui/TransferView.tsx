import type { SealedTransfer } from '../backup/index.ts';
import { t } from './i18n-state.ts';
import { QrSequence } from './QrSequence.tsx';

/** Each QR code of a transfer stays this long: a phone's scanner reads it at a glance. */
const FRAME_MS = 1200;

/**
 * The accounts on their way to another Havencode: the short code to type
 * there, and the sealed QR codes going round by themselves for its camera.
 */
export function TransferView({
  transfer,
  onClose,
}: {
  transfer: SealedTransfer;
  onClose: () => void;
}) {
  const code = `${transfer.code.slice(0, 4)} ${transfer.code.slice(4)}`;
  return (
    <div class="transfer" data-testid="transfer">
      <p class="hint">{t('transfer.how')}</p>
      <p>
        {t('transfer.codeIs')}{' '}
        <strong class="recovery-code" data-testid="transfer-code">
          {code}
        </strong>
      </p>
      <QrSequence codes={transfer.frames} testId="transfer-codes" cycleMs={FRAME_MS} />
      <button type="button" data-testid="transfer-stop" onClick={onClose}>
        {t('transfer.stop')}
      </button>
    </div>
  );
}
