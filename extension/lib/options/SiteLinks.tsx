import { useEffect, useState } from 'preact/hooks';
import { ErrorAlert } from '../../../core/ui/ErrorAlert.tsx';
import { t } from '../../../core/ui/i18n-state.ts';
import { useAction } from '../../../core/ui/use-action.ts';
import type { AccountView, VaultPort } from '../../../core/app/vault-port.ts';
import { findAllowedLinks, releaseLinkAccess, requestLinkAccess } from './link-access.ts';

/** 'https://login.acme.test/path' → its origin; anything else as typed, for the vault to judge. */
function toOrigin(text: string): string {
  const trimmed = text.trim();
  return URL.canParse(trimmed) ? new URL(trimmed).origin : trimmed;
}

/**
 * The exact https origins each account is linked to, beyond the two
 * sites its issuer already matches. The vault refuses anything but an
 * https origin ('vault/invalid-link'). Linking asks the browser for that
 * one origin; a link the browser doesn't allow says so and can ask again.
 */
export function SiteLinks({ port }: { port: VaultPort }) {
  const records = port.accounts.value;
  const [allowed, setAllowed] = useState<ReadonlySet<string>>(new Set());
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const action = useAction();
  const reload = async () => setAllowed(await findAllowedLinks(port.accounts.peek()));
  useEffect(() => void reload(), [records]);
  const linksOf = (record: AccountView) => record.links ?? [];

  const addLink = (record: AccountView) => {
    const origin = toOrigin(drafts[record.id] ?? '');
    // Asked before anything else: the browser's prompt needs the click.
    const asked = requestLinkAccess(origin);
    void action.run(async () => {
      // Refused or not, the link is kept: the page then says what is missing.
      await Promise.all([port.setAccountLinks(record.id, [...linksOf(record), origin]), asked]);
      setDrafts({ ...drafts, [record.id]: '' });
      await reload();
    });
  };

  const removeLink = (record: AccountView, origin: string) =>
    void action.run(async () => {
      await port.setAccountLinks(
        record.id,
        linksOf(record).filter((l) => l !== origin),
      );
      await releaseLinkAccess(origin, port.accounts.peek());
      await reload();
    });

  const allowLink = (origin: string) => {
    const asked = requestLinkAccess(origin);
    void action.run(async () => {
      await asked;
      await reload();
    });
  };

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
              {linksOf(record).map((link) => (
                <li key={link} data-testid="link">
                  <span>{link}</span>
                  <button type="button" class="link" onClick={() => removeLink(record, link)}>
                    {t('links.remove')}
                  </button>
                  {!allowed.has(link) && (
                    <p class="hint" data-testid="link-blocked">
                      {t('links.blocked')}{' '}
                      <button type="button" class="link" onClick={() => allowLink(link)}>
                        {t('links.allow')}
                      </button>
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                addLink(record);
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
