import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request as the site handlers see it. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** 'https' when the request came over TLS. */
  scheme: 'http' | 'https';
  /** The Host header's host name, without a port. */
  host: string;
}

const MAX_BODY_BYTES = 64 * 1024;

/** The url-encoded form body of a POST; rejects bodies over 64 kB. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error(`Form body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Sends an HTML page; pages are never cached so every test sees fresh state. */
export function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** Sends a PNG image. */
export function sendPng(res: ServerResponse, png: Buffer): void {
  res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
  res.end(png);
}

/** Answers with a 303 so the browser follows with a GET (post/redirect/get). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

/** Sends a plain-text status, for 404s and 405s. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** The cookies of a request by name. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0)
      cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

/** Adds a Set-Cookie header without dropping ones already set. */
export function appendCookie(res: ServerResponse, cookie: string): void {
  const existing = res.getHeader('set-cookie');
  const list = Array.isArray(existing)
    ? existing
    : existing === undefined
      ? []
      : [String(existing)];
  res.setHeader('set-cookie', [...list, cookie]);
}

/** Server-side sessions of one site, found by a cookie. */
export interface SessionStore<T> {
  /** The session of the request, created (and its cookie set) when there is none. */
  load(exchange: Exchange): T;
}

/**
 * Creates an in-memory session store. The cookie is not `Secure` because the
 * look-alike tests also use plain http://.
 */
export function createSessionStore<T>(cookieName: string, init: () => T): SessionStore<T> {
  const sessions = new Map<string, T>();
  return {
    load({ req, res }) {
      const id = parseCookies(req.headers.cookie).get(cookieName);
      const found = id === undefined ? undefined : sessions.get(id);
      if (found !== undefined) return found;
      const fresh = init();
      const newId = randomBytes(16).toString('hex');
      sessions.set(newId, fresh);
      appendCookie(res, `${cookieName}=${newId}; Path=/; HttpOnly; SameSite=Lax`);
      return fresh;
    },
  };
}
