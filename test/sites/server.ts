import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { makeCertificate } from './certificate.ts';
import { CPOINT_ACCOUNT_ROUTES } from './cpoint-account.ts';
import { CPOINT_LOGIN_ROUTES, makeCpointSession } from './cpoint-login.ts';
import { SITE_HOSTS, findSite, formatHostRules, stripPort, type SiteName } from './hosts.ts';
import { createSessionStore, sendText, type Exchange } from './http-kit.ts';
import { MYCEPA_ROUTES, makeMycepaSession } from './mycepa.ts';
import { dispatch, type SiteContext, type SiteHandler } from './site-context.ts';
import { createUserStore, type UserStore } from './users.ts';
import { VARIANT_ROUTES } from './variants.ts';

/** A running demo server for C-point, MyCepa and their look-alikes. */
export interface DemoSites {
  /** The one local port serving both HTTPS and plain HTTP. */
  port: number;
  /** The origin a browser with `hostRules` uses for `host`, e.g. 'https://www.c-point.be'. */
  origin(host: string, scheme?: 'https' | 'http'): string;
  /** The value of Chromium's --host-resolver-rules that maps every demo host here. */
  hostRules: string;
  /** Seeds and inspects users and the local outbox. */
  users: UserStore;
  /** Stops the server and drops its open connections. */
  close(): Promise<void>;
}

/** Options of startDemoSites. */
export interface DemoSitesOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The server's clock in milliseconds; defaults to Date.now. */
  now?: () => number;
}

/** The first byte of a TLS handshake record; anything else is taken for plain HTTP. */
const TLS_HANDSHAKE = 0x16;

function createSiteHandlers(ctx: SiteContext): Record<SiteName, SiteHandler> {
  const cpointSessions = createSessionStore('cpoint_sid', makeCpointSession);
  const mycepaSessions = createSessionStore('mycepa_sid', makeMycepaSession);
  const cpointRoutes = { ...CPOINT_ACCOUNT_ROUTES, ...CPOINT_LOGIN_ROUTES, ...VARIANT_ROUTES };
  return {
    cpoint: (ex) => dispatch(cpointRoutes, ex, cpointSessions.load(ex), ctx),
    mycepa: (ex) => dispatch(MYCEPA_ROUTES, ex, mycepaSessions.load(ex), ctx),
  };
}

function createRequestListener(
  handlers: Record<SiteName, SiteHandler>,
  scheme: Exchange['scheme'],
  now: () => number,
): http.RequestListener {
  return (req, res) => {
    // The site's own clock, as a real server's Date header shows it (clock-skew tests move it).
    res.sendDate = false;
    res.setHeader('date', new Date(now()).toUTCString());
    const site = findSite(req.headers.host);
    if (site === undefined)
      return sendText(res, 404, `Onbekende host: ${req.headers.host ?? '(geen)'}`);
    const host = stripPort(req.headers.host ?? '');
    const exchange: Exchange = {
      req,
      res,
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', `${scheme}://${host}`),
      scheme,
      host,
    };
    handlers[site](exchange).then(
      (handled) => {
        if (!handled) sendText(res, 404, 'Pagina niet gevonden');
      },
      (error: unknown) => {
        console.error('demo site error', error);
        if (!res.headersSent) sendText(res, 500, 'Interne fout');
        else res.end();
      },
    );
  };
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

/**
 * Starts the demo sites on 127.0.0.1. One port answers TLS and plain HTTP by
 * sniffing the first byte, so Chromium's host mapping serves https:// and
 * http:// alike. The certificate is made fresh at each start.
 */
export async function startDemoSites(options: DemoSitesOptions = {}): Promise<DemoSites> {
  const { key, cert } = await makeCertificate(Object.keys(SITE_HOSTS));
  const users = createUserStore();
  const ctx: SiteContext = { users, now: options.now ?? Date.now };
  // One handler set for both schemes: browsers send a non-Secure cookie over either.
  const handlers = createSiteHandlers(ctx);
  const tlsServer = https.createServer(
    { key, cert },
    createRequestListener(handlers, 'https', ctx.now),
  );
  const plainServer = http.createServer(createRequestListener(handlers, 'http', ctx.now));
  const inner = { tls: await listen(tlsServer, 0), plain: await listen(plainServer, 0) };
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    // Node's TLS and HTTP servers read a socket's handle directly, so data peeked
    // off it cannot be handed back: relay the connection to the right inner server.
    socket.once('data', (chunk: Buffer) => {
      const upstream = net.connect(
        chunk[0] === TLS_HANDSHAKE ? inner.tls : inner.plain,
        '127.0.0.1',
      );
      sockets.add(upstream);
      upstream.on('close', () => {
        sockets.delete(upstream);
        socket.destroy();
      });
      upstream.on('error', () => upstream.destroy());
      socket.on('close', () => upstream.destroy());
      upstream.write(chunk);
      socket.pipe(upstream).pipe(socket);
    });
  });
  const port = await listen(front, options.port ?? 0);
  return {
    port,
    origin: (host, scheme = 'https') => `${scheme}://${host}`,
    hostRules: formatHostRules(port),
    users,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        tlsServer.close();
        plainServer.close();
        front.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
