import { useEffect, useState } from 'preact/hooks';
import { ErrorAlert } from '../../../core/ui/ErrorAlert.tsx';
import { t } from '../../../core/ui/i18n-state.ts';
import { useAction } from '../../../core/ui/use-action.ts';
import type { AccountRecord, VaultSession } from '../../../core/vault/index.ts';

/** 'https://login.acme.test/path' → its origin; anything else as typed, for the vault to judge. */
function toOrigin(text: string): string {
  const trimmed = text.trim();
  return URL.canParse(trimmed) ? new URL(trimmed).origin : trimmed;
}

/**
 * The exact https origins each account is linked to, beyond the two
 * sites its issuer already matches. The vault refuses anything but an
 * https origin ('vault/invalid-link').
 */
export function SiteLinks({ session }: { session: VaultSession }) {
  const [records, setRecords] = useState<AccountRecord[]>([]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const action = useAction();
  const reload = async () => setRecords(await session.listAccounts());
  useEffect(() => void reload(), [session]);

  const setLinks = (record: AccountRecord, links: string[]) =>
    void action.run(async () => {
      await session.updateAccount(record.id, { links });
      setDrafts({ ...drafts, [record.id]: '' });
      await reload();
    });

  return (
    <section class="panel" aria-labelledby="links-title">
      <h2 id="links-title">{t('links.title')}</h2>
      <p>{t('links.intro')}</p>
      <ul class="links">
        {records.map((record) => (
          <li key={record.id} data-testid="link-account" data-account={record.account.account}>
            <strong>
              {record.label ??
                [record.account.issuer, record.account.account].filter(Boolean).join(' · ')}
            </strong>
            <ul>
              {record.links.map((link) => (
                <li key={link} data-testid="link">
                  <span>{link}</span>
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      setLinks(
                        record,
                        record.links.filter((l) => l !== link),
                      )
                    }
                  >
                    {t('links.remove')}
                  </button>
                </li>
              ))}
            </ul>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                setLinks(record, [...record.links, toOrigin(drafts[record.id] ?? '')]);
              }}
            >
              <input
                type="url"
                aria-label={t('links.address')}
                placeholder={t('links.address')}
                data-testid="link-input"
                value={drafts[record.id] ?? ''}
                onInput={(e) => setDrafts({ ...drafts, [record.id]: e.currentTarget.value })}
              />
              <button type="submit" data-testid="link-add" disabled={action.busy}>
                {t('links.add')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <ErrorAlert error={action.error} />
    </section>
  );
}
