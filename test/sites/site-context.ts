import type { Exchange } from './http-kit.ts';
import type { UserStore } from './users.ts';

/** What every page handler may use: the users and the server's clock. */
export interface SiteContext {
  users: UserStore;
  /** Milliseconds since the epoch; injected so tests control TOTP steps. */
  now: () => number;
}

/** Handles a request for one site; false when no page matches. */
export type SiteHandler = (exchange: Exchange) => Promise<boolean>;

/** A page handler keyed in a route table by 'METHOD /path'. */
export type Route<S> = (exchange: Exchange, session: S, ctx: SiteContext) => Promise<void> | void;

/** Runs the route matching the request's method and path; false when none does. */
export async function dispatch<S>(
  routes: Readonly<Record<string, Route<S>>>,
  exchange: Exchange,
  session: S,
  ctx: SiteContext,
): Promise<boolean> {
  const key = `${exchange.method} ${exchange.url.pathname}`;
  const route = Object.hasOwn(routes, key) ? routes[key] : undefined;
  if (route === undefined) return false;
  await route(exchange, session, ctx);
  return true;
}
