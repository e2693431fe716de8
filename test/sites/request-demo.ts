import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { DemoSites } from './server.ts';

/** One request to the demo server from node, as a browser mapped to it would send it. */
export interface DemoRequest {
  host: string;
  path: string;
  scheme?: 'https' | 'http';
  method?: 'GET' | 'POST';
  /** Sent url-encoded as the body of a POST; pairs allow a name more than once. */
  form?: Record<string, string> | [string, string][];
  /** The Cookie header. */
  cookie?: string;
}

/** The server's answer, with the peer certificate's names for HTTPS. */
export interface DemoResponse {
  status: number;
  location: string | undefined;
  /** 'name=value' pairs of the Set-Cookie headers, ready for a Cookie header. */
  cookies: string[];
  body: string;
  subjectAltName: string | undefined;
}

/** Sends a request to the demo server on 127.0.0.1, with the Host header and SNI of `host`. */
export function requestDemo(sites: DemoSites, request: DemoRequest): Promise<DemoResponse> {
  const scheme = request.scheme ?? 'https';
  const body =
    request.form === undefined ? undefined : new URLSearchParams(request.form).toString();
  const headers: http.OutgoingHttpHeaders = { host: request.host };
  if (request.cookie !== undefined) headers.cookie = request.cookie;
  if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  const options: https.RequestOptions = {
    host: '127.0.0.1',
    port: sites.port,
    path: request.path,
    method: request.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(scheme === 'https' ? { servername: request.host, rejectUnauthorized: false } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (scheme === 'https' ? https : http).request(options, (res) => {
      // Read while the socket is attached: it is released back to the agent at 'end'.
      const subjectAltName =
        scheme === 'https'
          ? (res.socket as TLSSocket).getPeerCertificate().subjectaltname
          : undefined;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          cookies: (res.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          subjectAltName,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
