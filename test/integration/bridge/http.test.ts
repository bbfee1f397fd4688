// The loopback HTTP bridge (electron/bridge/http.ts) over real HTTP: the token, the Origin and
// Host checks, the size and JSON limits, loopback-only listening and the static file server.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/backend.ts';
import { startBridge, type Bridge, MAX_BODY_BYTES } from '../../../electron/bridge/http.ts';
import { contentSecurityPolicy } from '../../../electron/security.ts';
import { contract } from '../../../shared/contract.ts';
import { expectEnvelope } from '../../fixtures/envelope.ts';
import { apiCall, rawRequest, type RawResponse } from '../../fixtures/http.ts';

const SECRET = 'TRAVERSAL-SECRET-7f3a';

let dataDir: string;
let siteRoot: string;
let backend: Backend;
let bridge: Bridge;
let token: string;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'digiplan-bridge-'));
  // The served folder sits next to a file that must never leave the machine through the bridge.
  siteRoot = mkdtempSync(join(tmpdir(), 'digiplan-site-'));
  const staticDir = join(siteRoot, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Digiplanner</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(siteRoot, 'package.json'), JSON.stringify({ secret: SECRET }));
  mkdirSync(join(siteRoot, 'static-private'));
  writeFileSync(join(siteRoot, 'static-private', 'notes.txt'), SECRET);

  backend = openBackend({ dataDir, appVersion: '0.0.0-test', dispatch: { checkOutput: true } });
  token = randomBytes(24).toString('base64url');
  bridge = await startBridge({ dispatch: backend.dispatch, token, staticDir });
});

afterEach(async () => {
  await bridge.close();
  backend.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(siteRoot, { recursive: true, force: true });
});

function call(headers: Record<string, string>, extra: { host?: string | null; body?: string } = {}) {
  return rawRequest(bridge.port, {
    path: '/api/app.info',
    headers: { 'content-type': 'application/json', ...headers },
    body: extra.body ?? '{}',
    ...(extra.host === undefined ? {} : { host: extra.host }),
  });
}

function errorOf(response: RawResponse): { code: string; messageKey: string } {
  const body = JSON.parse(response.text) as { ok: boolean; error: { code: string; messageKey: string } };
  expect(body.ok).toBe(false);
  expectEnvelope(body, 'app.info');
  return body.error;
}

describe('the token', () => {
  it('answers a call that carries the launch token', async () => {
    const response = await call({ authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as { ok: boolean; value: unknown };
    expect(body.ok).toBe(true);
    expect(contract['app.info'].output.safeParse(body.value).success).toBe(true);
  });

  it('refuses a call without a token', async () => {
    const response = await call({});
    expect(response.status).toBe(401);
    expect(errorOf(response)).toEqual({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
  });

  it('refuses a call with a wrong token of the right length', async () => {
    const wrong = randomBytes(24).toString('base64url');
    expect(wrong).toHaveLength(token.length);
    const response = await call({ authorization: `Bearer ${wrong}` });
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('UNAUTHORIZED');
  });

  it.each([
    ['a prefix of the token', () => token.slice(0, -1)],
    ['the token with a character added', () => `${token}x`],
    ['an empty token', () => ''],
    ['the token twice', () => token + token],
  ])('refuses a token of the wrong length: %s', async (_name, makeToken) => {
    const response = await call({ authorization: `Bearer ${makeToken()}` });
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('UNAUTHORIZED');
  });

  it('refuses the token in another authorization scheme or without one', async () => {
    for (const authorization of [`Basic ${token}`, `bearer ${token}`, `Bearer  ${token}`, token]) {
      const response = await call({ authorization });
      expect(response.status, authorization).toBe(401);
    }
  });

  it('does not read the body of a call without a token into a handler', async () => {
    const before = backend.store.listPlans().length;
    const response = await rawRequest(bridge.port, {
      path: '/api/plans.create',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ schoolName: 'Ongevraagde school' }),
    });
    expect(response.status).toBe(401);
    expect(backend.store.listPlans()).toHaveLength(before);
  });
});

describe('origin and host', () => {
  it.each(['http://evil.example', 'null', 'http://127.0.0.1.evil.example', 'https://127.0.0.1'])(
    'refuses a call from Origin %s even with the token',
    async (origin) => {
      const response = await call({ authorization: `Bearer ${token}`, origin });
      expect(response.status).toBe(403);
      expect(errorOf(response)).toEqual({ code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' });
    },
  );

  it('refuses a call from the same host on another port', async () => {
    const response = await call({ authorization: `Bearer ${token}`, origin: `http://127.0.0.1:${bridge.port + 1}` });
    expect(response.status).toBe(403);
  });

  it('accepts calls from its own origin under both loopback names', async () => {
    for (const origin of [bridge.origin, `http://localhost:${bridge.port}`]) {
      const response = await call({ authorization: `Bearer ${token}`, origin });
      expect(response.status, origin).toBe(200);
    }
  });

  it('never tells a browser that another site may read its answers (no CORS)', async () => {
    const responses = [
      await call({ authorization: `Bearer ${token}`, origin: bridge.origin }),
      await call({ authorization: `Bearer ${token}`, origin: 'http://evil.example' }),
      await rawRequest(bridge.port, {
        method: 'OPTIONS',
        path: '/api/plans.create',
        headers: {
          origin: 'http://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      }),
    ];
    for (const response of responses) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-headers']).toBeUndefined();
    }
    expect(responses[2]!.status).toBe(403);
  });

  it.each([
    ['a rebinding name', (port: number) => `evil.example:${port}`],
    ['a name that starts like loopback', (port: number) => `127.0.0.1:${port}.evil.example`],
    ['loopback without the port', () => '127.0.0.1'],
    ['loopback on another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['localhost without the port', () => 'localhost'],
  ])('refuses a Host header of %s (DNS rebinding)', async (_name, host) => {
    const response = await call({ authorization: `Bearer ${token}` }, { host: host(bridge.port) });
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('FORBIDDEN_ORIGIN');
    const page = await rawRequest(bridge.port, { method: 'GET', path: '/', host: host(bridge.port) });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('<title>');
  });

  it('refuses a request without a Host header', async () => {
    // Node's HTTP server already answers 400 to an HTTP/1.1 request without Host.
    const response = await call({ authorization: `Bearer ${token}` }, { host: null });
    expect([400, 403]).toContain(response.status);
    expect(response.text).not.toContain('"ok":true');
  });

  it('accepts localhost:<port> as the Host', async () => {
    const response = await call({ authorization: `Bearer ${token}` }, { host: `localhost:${bridge.port}` });
    expect(response.status).toBe(200);
  });
});

describe('methods, sizes and bodies', () => {
  it.each(['GET', 'PUT', 'DELETE'])('answers %s on an API channel with 405', async (method) => {
    const response = await rawRequest(bridge.port, {
      method,
      path: '/api/plans.list',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(405);
    expect(errorOf(response).code).toBe('INVALID_INPUT');
  });

  it('refuses a body over the size limit with 413', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const response = await rawRequest(bridge.port, {
      path: '/api/app.info',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    expect(errorOf(response)).toEqual({ code: 'PAYLOAD_TOO_LARGE', messageKey: 'errors.payloadTooLarge' });
  });

  it('still answers after refusing an oversized body', async () => {
    await rawRequest(bridge.port, {
      path: '/api/app.info',
      headers: { authorization: `Bearer ${token}` },
      body: Buffer.alloc(MAX_BODY_BYTES + 1024 * 1024, 0x20),
    });
    const response = await apiCall(bridge.port, token, 'app.info', {});
    expect(response.status).toBe(200);
  });

  it.each([
    ['a cut-off object', '{"planId": '],
    ['single quotes', "{'schoolName': 'x'}"],
    ['a bare word', 'undefined'],
    ['a trailing comma', '{"language": "nl",}'],
    ['NaN', '{"language": NaN}'],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x7b, 0x00])],
  ])('refuses invalid JSON (%s) with 400 INVALID_INPUT', async (_name, body) => {
    const response = await rawRequest(bridge.port, {
      path: '/api/settings.update',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({ code: 'INVALID_INPUT', messageKey: 'errors.invalidJson' });
  });

  it('answers an unknown or malformed channel name with an error value, not a crash', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'plans.list%00', '%E0%A4%A', '%']) {
      const response = await rawRequest(bridge.port, {
        path: `/api/${channel}`,
        headers: { authorization: `Bearer ${token}` },
        body: '{}',
      });
      expect(response.status, channel).toBe(200);
      expect(errorOf(response), channel).toEqual({ code: 'UNKNOWN_CHANNEL', messageKey: 'errors.unknownChannel' });
    }
  });
});

describe('listening', () => {
  it('listens on 127.0.0.1', () => {
    const address = bridge.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: bridge.port });
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${token}`);
  });

  it("cannot be reached through the machine's other addresses", async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal && !info.address.startsWith('fe80:'))
      .map((info) => info!.address);
    // On Linux all of 127.0.0.0/8 is local, so 127.0.0.2 reaches the machine but not the bridge.
    if (process.platform === 'linux') others.push('127.0.0.2');
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: bridge.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
  });
});

describe('static files', () => {
  it('serves the page with the Content-Security-Policy', async () => {
    const response = await rawRequest(bridge.port, { method: 'GET', path: '/' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.text).toContain('<title>Digiplanner</title>');
  });

  it('serves a file inside the renderer folder', async () => {
    const response = await rawRequest(bridge.port, { method: 'GET', path: '/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.text).toBe('console.log("app");');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/.%2e/package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/%5c..%5cpackage.json',
    '/%2e%2e%5cpackage.json',
    '/assets%5c..%5c..%5cpackage.json',
    '/%252e%252e/package.json',
    '//../package.json',
    '/....//package.json',
    '/%2e%2e/static-private/notes.txt',
    '/..%2fstatic-private%2fnotes.txt',
    `/%2f${'..%2f'.repeat(12)}etc%2fpasswd`,
    '/%00../package.json',
    '/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (path) => {
    const response = await rawRequest(bridge.port, { method: 'GET', path });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain(SECRET);
    expect(response.text).not.toContain('root:');
    expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to write through the static server', async () => {
    const response = await rawRequest(bridge.port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(response.status).toBe(405);
  });
});
