import type { AccountView } from '../app/vault-port.ts';

/** How the UI names an account: 'label-or-issuer (account)', or the account alone. */
export function displayName(view: AccountView): string {
  const issuer = view.label ?? view.account.issuer;
  return issuer ? `${issuer} (${view.account.account})` : view.account.account;
}
