import { useState } from 'preact/hooks';
import { findSiteProfile, siteForIssuer } from '../sites/index.ts';
import { displayName } from './account-name.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { t } from './i18n-state.ts';
import { useAction } from './use-action.ts';
import type { AccountView, ShellActions, VaultPort } from '../app/vault-port.ts';

/**
 * "Use Havencode on this site": where a site's code page lives on another
 * origin (a hosted sign-in domain), one click links that exact origin to the
 * MyCepa or C-point account (the linked-sites flow). Shown only where the
 * shell can ask the browser for an origin (the extension popup), on an https
 * page that is neither site and that no account is linked to yet.
 */
export function UseOnSite({
  port,
  shell,
  origin,
}: {
  port: VaultPort;
  shell: ShellActions;
  origin: string | undefined;
}) {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const action = useAction();
  const allowSite = shell.allowSite;
  const candidates = findCandidates(port.accounts.value, origin);
  if (allowSite === undefined || origin === undefined) return null;
  if (candidates.length === 0) {
    return note ? (
      <p class="hint" role="status">
        {note}
      </p>
    ) : null;
  }
  const chosen = candidates.find((view) => view.id === picked) ?? candidates[0];
  if (chosen === undefined) return null;

  const link = () => {
    // Asked before anything else: the browser's prompt needs the click.
    const asked = allowSite(origin);
    void action.run(async () => {
      setNote('');
      // Saved alongside the request, as the options page does: Firefox may
      // close the popup under its prompt (pixiebrix/pixiebrix-extension#802).
      // Refused, the link stays, and the options page offers to allow it.
      const [, allowed] = await Promise.all([
        port.setAccountLinks(chosen.id, [...(chosen.links ?? []), origin]),
        asked,
      ]);
      setNote(
        allowed
          ? t('accounts.useHereDone', { origin, name: displayName(chosen) })
          : t('accounts.useHereRefused', { origin }),
      );
    });
  };

  return (
    <div class="use-here" data-testid="use-here">
      {candidates.length > 1 && (
        <select
          aria-label={t('accounts.useHereAccount')}
          data-testid="use-here-account"
          value={chosen.id}
          onChange={(e) => setPicked(e.currentTarget.value)}
        >
          {candidates.map((view) => (
            <option key={view.id} value={view.id}>
              {displayName(view)}
            </option>
          ))}
        </select>
      )}
      <button type="button" data-testid="use-here-link" disabled={action.busy} onClick={link}>
        {t('accounts.useHere')}
      </button>
      <p class="hint">{t('accounts.useHereFor', { origin, name: displayName(chosen) })}</p>
      {note && (
        <p class="hint" role="status">
          {note}
        </p>
      )}
      <ErrorAlert error={action.error} />
    </div>
  );
}

/** The MyCepa and C-point accounts, on an https page that is neither site and that no account links yet. */
function findCandidates(accounts: readonly AccountView[], origin: string | undefined) {
  if (origin === undefined || findSiteProfile(origin) !== undefined) return [];
  if (accounts.some((view) => view.links?.includes(origin))) return [];
  return accounts.filter((view) => siteForIssuer(view.account.issuer) !== undefined);
}
