// A local Bot Framework key server (OpenID metadata + JWKS) and channel tokens signed by the test
// with node:crypto (RS256), carrying the claims the Bot Framework sends: iss, aud, serviceurl, exp.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEST_ISSUER = 'https://api.botframework.test';
export const TEST_APP_ID = '00000000-0000-4000-8000-00000000a11e';

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');

export interface KeyServer {
  metadataUrl: string;
  /** Signs a channel token; override any claim or header, or pass `unsigned` for `alg: none`. */
  token(opts?: { claims?: Record<string, unknown>; kid?: string; key?: KeyObject; alg?: string; unsigned?: boolean; serviceUrl?: string }): string;
  /** A key the server does not publish (a forger's). */
  strangerKey: KeyObject;
  close(): Promise<void>;
}

export async function startKeyServer(): Promise<KeyServer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'test-key-1';
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams', 'emulator'] }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    strangerKey: stranger,
    token(o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: o.unsigned ? 'none' : (o.alg ?? 'RS256'), typ: 'JWT', kid: o.kid ?? kid };
      const claims = { iss: TEST_ISSUER, aud: TEST_APP_ID, serviceurl: o.serviceUrl ?? 'http://127.0.0.1/', nbf: now - 60, iat: now - 60, exp: now + 3600, ...o.claims };
      const head = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      if (o.unsigned) return `${head}.`;
      const signature = createSign('RSA-SHA256').update(head).sign(o.key ?? privateKey);
      return `${head}.${b64url(signature)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
