import { useState } from 'preact/hooks';
import { siteForIssuer } from '../sites/index.ts';
import { t } from './i18n-state.ts';
import { buildOtpauthUri, checkSecret, defaultDigits, type ManualFields } from './manual-uri.ts';

const initial: ManualFields = {
  issuer: '',
  account: '',
  secret: '',
  type: 'totp',
  digits: '',
  period: '30',
  counter: '0',
  algorithm: 'SHA1',
};

/**
 * Typing an account in by hand. The fields become an otpauth:// URI, so the
 * parser that checks scanned and pasted accounts checks these as well. The
 * secret is checked here first, in plain words; what almost nobody needs
 * (HOTP, digits, period, algorithm) waits behind 'Geavanceerde opties'.
 */
export function ManualEntry({ busy, onAdd }: { busy: boolean; onAdd: (uri: string) => void }) {
  const [fields, setFields] = useState(initial);
  const [checked, setChecked] = useState(false);
  const set = (patch: Partial<ManualFields>) => setFields({ ...fields, ...patch });
  const problem = checkSecret(fields.secret);
  const showProblem = checked && problem !== undefined;
  const site = siteForIssuer(fields.issuer);
  const text = (key: 'issuer' | 'account' | 'secret', label: string, describedBy?: string) => (
    <label>
      {label}
      <input
        value={fields[key]}
        data-testid={`manual-${key}`}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={describedBy}
        aria-invalid={key === 'secret' && showProblem}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </label>
  );

  return (
    <form
      class="manual"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setChecked(true);
        if (problem === undefined) onAdd(buildOtpauthUri(fields));
      }}
    >
      {text('issuer', t('manual.issuer'), site ? 'manual-site' : undefined)}
      {site && fields.digits === '' && (
        <p class="hint" id="manual-site">
          {t('manual.siteDigits', { site: site.name, digits: site.digits })}
        </p>
      )}
      {text('account', t('manual.account'))}
      {text('secret', t('manual.secret'), 'manual-secret-hint')}
      {showProblem ? (
        <p class="alert" role="alert" id="manual-secret-hint">
          {problem === 'chars'
            ? t('manual.secretChars')
            : t('manual.secretShort', { count: fields.secret.replace(/[\s-]/g, '').length })}
        </p>
      ) : (
        <p class="hint" id="manual-secret-hint">
          {t('manual.secretHint')}
        </p>
      )}
      <details class="advanced">
        <summary>{t('manual.advanced')}</summary>
        <label>
          {t('manual.type')}
          <select
            value={fields.type}
            onChange={(e) => set({ type: e.currentTarget.value as ManualFields['type'] })}
          >
            <option value="totp">{t('manual.totp')}</option>
            <option value="hotp">{t('manual.hotp')}</option>
          </select>
        </label>
        <label>
          {t('manual.digits')}
          <input
            type="number"
            min={6}
            max={10}
            value={fields.digits || String(defaultDigits(fields.issuer))}
            onInput={(e) => set({ digits: e.currentTarget.value })}
          />
        </label>
        <label>
          {fields.type === 'totp' ? t('manual.period') : t('manual.counter')}
          <input
            type="number"
            min={fields.type === 'totp' ? 1 : 0}
            value={fields.type === 'totp' ? fields.period : fields.counter}
            onInput={(e) =>
              set(
                fields.type === 'totp'
                  ? { period: e.currentTarget.value }
                  : { counter: e.currentTarget.value },
              )
            }
          />
        </label>
        <label>
          {t('manual.algorithm')}
          <select
            value={fields.algorithm}
            onChange={(e) => set({ algorithm: e.currentTarget.value as ManualFields['algorithm'] })}
          >
            <option>SHA1</option>
            <option>SHA256</option>
            <option>SHA512</option>
          </select>
        </label>
      </details>
      <button
        type="submit"
        class="primary"
        data-testid="manual-submit"
        disabled={busy || fields.secret.trim() === '' || fields.account.trim() === ''}
      >
        {t('add.submit')}
      </button>
    </form>
  );
}
