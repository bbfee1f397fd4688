// `npm run web` (electron/web/serve.ts) as a child process: it prints a loopback address with a
// fresh token on every launch, answers only with that token, and honours --port.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnBridge, type BridgeChild } from '../../fixtures/bridge-child.ts';
import { apiCall } from '../../fixtures/http.ts';

let dataDir: string;
const running: BridgeChild[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'digiplan-serve-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((bridge) => bridge.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function launch(args: string[] = ['--port', '0']): Promise<BridgeChild> {
  const bridge = await spawnBridge(dataDir, args);
  running.push(bridge);
  return bridge;
}

/** A port nobody listens on right now: bind to 0, read the port, let it go. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('npm run web', () => {
  it('prints a loopback address with a token that opens the API', async () => {
    const bridge = await launch();
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);

    const withToken = await apiCall(bridge.port, bridge.token, 'plans.list', {});
    expect(withToken.status).toBe(200);
    const plans = JSON.parse(withToken.text) as { ok: boolean; value: { isExample: boolean }[] };
    expect(plans.ok).toBe(true);
    expect(plans.value.some((plan) => plan.isExample)).toBe(true);

    const withoutToken = await apiCall(bridge.port, 'x'.repeat(bridge.token.length), 'plans.list', {});
    expect(withoutToken.status).toBe(401);
  });

  it('gives every launch a different token', async () => {
    const first = await launch();
    await first.stop();
    const second = await launch();
    expect(second.token).not.toBe(first.token);
    const oldToken = await apiCall(second.port, first.token, 'app.info', {});
    expect(oldToken.status).toBe(401);
  });

  it('listens on the port given with --port', async () => {
    const port = await freePort();
    const bridge = await launch(['--port', String(port)]);
    expect(bridge.port).toBe(port);
    expect(bridge.url.startsWith(`http://127.0.0.1:${port}/#token=`)).toBe(true);
    const response = await apiCall(port, bridge.token, 'app.info', {});
    expect(response.status).toBe(200);
  });

  it('refuses a port that is not a number and exits with code 1', async () => {
    await expect(spawnBridge(dataDir, ['--port', 'abc'])).rejects.toThrow(/exited \(1\)[\s\S]*Ongeldige poort/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const bridge = await launch();
    running.pop();
    // One answered call first: by then the start-up code, signal handlers included, has run.
    expect((await apiCall(bridge.port, bridge.token, 'app.info', {})).status).toBe(200);
    expect(await bridge.stop()).toEqual({ code: 0, signal: null });
  });
});
