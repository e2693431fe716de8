import { useEffect, useState } from 'preact/hooks';
import type { SlotSummary } from '../vault/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { ProvedButton } from './ProvedButton.tsx';
import { useAction } from './use-action.ts';
import type { VaultPort } from '../app/vault-port.ts';

const kindLabel = {
  pin: 'slots.pin',
  passkey: 'slots.passkey',
  recovery: 'slots.recovery',
} as const;

const removeAsk = {
  pin: 'slots.removePinAsk',
  passkey: 'slots.removePasskeyAsk',
  recovery: 'slots.removeRecoveryAsk',
} as const;

/**
 * The vault's ways in, managed the same in the PWA and the extension's
 * options: change the PIN (the current one first, the new one twice), add
 * or remove a passkey, each removal saying what it costs. The vault
 * refuses to remove the last way in ('vault/last-slot').
 */
export function UnlockMethods({ port }: { port: VaultPort }) {
  const [slots, setSlots] = useState<SlotSummary[]>([]);
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState('');
  const [removing, setRemoving] = useState<SlotSummary | undefined>(undefined);
  const action = useAction();
  const reload = async () => setSlots(await port.listSlots());
  useEffect(() => void action.run(reload), [port]);
  const hasPin = slots.some((slot) => slot.kind === 'pin');

  const run = (work: () => Promise<unknown>, news: string) =>
    void action.run(async () => {
      setDone('');
      await work();
      await reload();
      setDone(news);
    });
  const savePin = (event: Event) => {
    event.preventDefault();
    setMismatch(pin !== repeat);
    if (pin !== repeat) return;
    run(
      async () => {
        await port.setPin(pin, hasPin ? current : undefined);
        setCurrent('');
        setPin('');
        setRepeat('');
      },
      hasPin ? t('slots.pinChanged') : t('slots.pinAdded'),
    );
  };
  const field = (testId: string, label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <input
        type="password"
        inputMode="numeric"
        autocomplete={testId === 'slot-pin-current' ? 'current-password' : 'new-password'}
        data-testid={testId}
        value={value}
        aria-invalid={testId === 'slot-pin-confirm' && mismatch}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </label>
  );

  return (
    <section class="panel" aria-labelledby="slots-title">
      <h2 id="slots-title">{t('slots.title')}</h2>
      <p class="hint">{t('slots.intro')}</p>
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
      <form onSubmit={savePin}>
        <h3>{hasPin ? t('slots.changePin') : t('slots.addPin')}</h3>
        {hasPin && field('slot-pin-current', t('slots.currentPin'), current, setCurrent)}
        {field('slot-pin', t('slots.newPin'), pin, setPin)}
        {field('slot-pin-confirm', t('slots.repeatPin'), repeat, setRepeat)}
        {mismatch && (
          <p class="alert" role="alert">
            {t('setup.pinMismatch')}
          </p>
        )}
        <button
          type="submit"
          data-testid="slot-pin-save"
          disabled={action.busy || pin === '' || (hasPin && current === '')}
        >
          {hasPin ? t('slots.changePin') : t('slots.addPin')}
        </button>
      </form>
      {port.passkeySupported ? (
        <ProvedButton
          port={port}
          busy={action.busy}
          testId="slot-passkey-add"
          label={t('slots.addPasskey')}
          onProof={(proof, close) =>
            run(async () => {
              await port.addPasskey(proof);
              close();
            }, t('slots.passkeyAdded'))
          }
        />
      ) : (
        <p class="hint">{t('slots.passkeyNeeded')}</p>
      )}
      {done && <p role="status">{done}</p>}
      <ErrorAlert error={action.error} />
      {removing && (
        <ConfirmDialog
          message={t(removeAsk[removing.kind])}
          yes={t('slots.removeYes')}
          onAnswer={(yes) => {
            setRemoving(undefined);
            if (yes) run(() => port.removeSlot(removing.id), t('slots.removed'));
          }}
        />
      )}
    </section>
  );
}
