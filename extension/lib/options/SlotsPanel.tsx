import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConfirmDialog } from '../../../core/ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../../../core/ui/ErrorAlert.tsx';
import { t } from '../../../core/ui/i18n-state.ts';
import { useAction } from '../../../core/ui/use-action.ts';
import type { SlotSummary, VaultSession } from '../../../core/vault/index.ts';

const kindLabel = {
  pin: 'slots.pin',
  passkey: 'slots.passkey',
  recovery: 'slots.recovery',
} as const;

/**
 * The vault's slots (each one can open the vault on its own): add or
 * change the PIN, add a passkey, remove one. The vault itself refuses to
 * remove the last way in ('vault/last-slot').
 */
export function SlotsPanel({ session }: { session: VaultSession }) {
  const [slots, setSlots] = useState<SlotSummary[]>([]);
  const [pin, setPin] = useState('');
  const [removing, setRemoving] = useState<SlotSummary | undefined>(undefined);
  const action = useAction();
  const reload = async () => setSlots(await session.listSlots());
  useEffect(() => void reload(), [session]);
  const hasPin = slots.some((slot) => slot.kind === 'pin');

  const run = (work: () => Promise<unknown>) =>
    void action.run(async () => {
      await work();
      await reload();
    });

  return (
    <section class="panel" aria-labelledby="slots-title">
      <h2 id="slots-title">{t('slots.title')}</h2>
      <ul class="slots">
        {slots.map((slot) => (
          <li key={slot.id} data-testid="slot" data-kind={slot.kind}>
            <span>{t(kindLabel[slot.kind])}</span>
            <button
              type="button"
              class="link"
              data-testid="slot-remove"
              onClick={() => setRemoving(slot)}
            >
              {t('slots.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            await (hasPin ? session.changePin(pin) : session.addPinSlot(pin));
            setPin('');
          });
        }}
      >
        <label>
          {t('slots.newPin')}
          <input
            type="password"
            inputMode="numeric"
            autocomplete="new-password"
            data-testid="slot-pin"
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="slot-pin-save" disabled={action.busy || pin === ''}>
          {hasPin ? t('slots.changePin') : t('slots.addPin')}
        </button>
      </form>
      <button
        type="button"
        data-testid="slot-passkey-add"
        disabled={action.busy}
        onClick={() =>
          run(() =>
            session.addPasskeySlot({
              credentials: navigator.credentials,
              rpId: browser.runtime.id,
              rpName: 'Havencode',
              userName: session.name,
            }),
          )
        }
      >
        {t('slots.addPasskey')}
      </button>
      <ErrorAlert error={action.error} />
      {removing && (
        <ConfirmDialog
          message={t('slots.removeAsk')}
          onAnswer={(yes) => {
            setRemoving(undefined);
            if (yes) run(() => session.removeSlot(removing.id));
          }}
        />
      )}
    </section>
  );
}
