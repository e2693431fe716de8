import { generate } from 'selfsigned';

/** A PEM key pair for the demo server's TLS. */
export interface Certificate {
  key: string;
  cert: string;
}

/**
 * Makes a throw-away self-signed certificate naming every demo host, at each
 * start so no key is ever committed. Chromium runs with
 * --ignore-certificate-errors; node clients pass rejectUnauthorized: false.
 */
export async function makeCertificate(hosts: readonly string[]): Promise<Certificate> {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - day),
    notAfterDate: new Date(now + 30 * day),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          ...[...hosts, 'localhost'].map((value) => ({ type: 2 as const, value })),
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
