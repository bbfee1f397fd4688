// The same profile edit through the loopback HTTP bridge (browser mode), in-process,
// with a keep-alive client and the bearer token, as the renderer's web transport sends it;
// then the same edit from a real page in Chromium.
import { randomBytes } from 'node:crypto';
import { startBridge } from '../../../electron/bridge/http.ts';
import type { Result } from '../../../shared/result.ts';
import { benchDir, type Scenario } from '../scenario.ts';
import { examplePlanIdOn, openServedPage, type ServedPage } from '../serve-child.ts';
import { median, percentile } from '../stats.ts';
import { editPatch, examplePlanId, openBench, profileEdits, round, unwrap } from './backend.ts';

export const editHttp: Scenario = {
  name: 'one edit via HTTP bridge (profile.update)',
  unit: 'ms',
  target: { statistic: 'p99', lessThan: 10 },
  p99: true,
  async run() {
    const dir = benchDir();
    const backend = openBench(dir.path);
    const token = randomBytes(24).toString('base64url');
    const bridge = await startBridge({ dispatch: backend.dispatch, token });
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    // Node's fetch keeps connections alive by default; count them to show it did.
    let connections = 0;
    bridge.server.on('connection', () => connections++);
    try {
      const planId = await examplePlanId(backend);
      const call = async (id: string, other: number): Promise<Result<unknown>> => {
        const response = await fetch(`${bridge.origin}/api/profile.update`, {
          method: 'POST',
          headers,
          body: JSON.stringify(editPatch(id, other)),
        });
        return (await response.json()) as Result<unknown>;
      };
      const samples = await profileEdits(500, 50, call, planId);
      // The bridge alone: a call whose handler does next to nothing.
      const roundTrips: number[] = [];
      for (let i = 0; i < 350; i++) {
        const start = performance.now();
        const response = await fetch(`${bridge.origin}/api/settings.get`, { method: 'POST', headers, body: '{}' });
        unwrap((await response.json()) as Result<unknown>, 'settings.get');
        if (i >= 50) roundTrips.push(performance.now() - start);
      }
      return {
        samples,
        notes: [
          'timed: fetch POST /api/profile.update → response JSON parsed (client and server in one process, keep-alive); 50 warm-up calls left out',
          `bridge overhead alone (settings.get round trip, 300 calls): p50 ${median(roundTrips).toFixed(2)} ms, p99 ${percentile(roundTrips, 99).toFixed(2)} ms`,
          `TCP connections opened for ${samples.length + 50 + 350} calls: ${connections}`,
          'target: the per-edit target (p99 < 10 ms) applied to the browser-mode path too',
        ],
        details: {
          warmup: 50,
          tcpConnections: connections,
          bridgeRoundTrip: { channel: 'settings.get', p50: round(median(roundTrips)), p99: round(percentile(roundTrips, 99)), samples: roundTrips.length },
        },
      };
    } finally {
      await bridge.close();
      backend.close();
      dir.remove();
    }
  },
};

/**
 * The browser mode as a user has it: the page's own fetch in Debian's Chromium against
 * `npm run web` in a process of its own. Chromium's network service adds hops that the
 * in-process client above does not have, so this is the figure a browser-mode user gets.
 */
export const editFromPage: Scenario = {
  name: 'one edit from the page in Chromium via the bridge (profile.update)',
  unit: 'ms',
  target: { statistic: 'p99', lessThan: 10 },
  p99: true,
  async run() {
    const dir = benchDir();
    let served: ServedPage | undefined;
    try {
      served = await openServedPage(dir.path);
      const { page, server } = served;
      const planId = await examplePlanIdOn(server);
      const timed = await page.evaluate(
        async ({ bodies, token, warmup }) => {
          const samples: number[] = [];
          const failures: string[] = [];
          for (const [i, body] of bodies.entries()) {
            const start = performance.now();
            const response = await fetch('/api/profile.update', {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body,
            });
            const result = (await response.json()) as { ok: boolean };
            const elapsed = performance.now() - start;
            if (!result.ok) failures.push(JSON.stringify(result));
            if (i >= warmup) samples.push(elapsed);
          }
          return { samples, failures };
        },
        { bodies: Array.from({ length: 550 }, (_, i) => JSON.stringify(editPatch(planId, i + 1))), token: server.token, warmup: 50 },
      );
      if (timed.failures.length > 0) throw new Error(`profile.update failed in the page: ${timed.failures[0]}`);
      return {
        samples: timed.samples,
        notes: [
          'timed in-page: fetch POST /api/profile.update → response JSON parsed, on the page clock; serve.ts in a child process, as `npm run web` runs; 50 warm-up calls left out',
          'the response is the whole plan state (about 50 kB), as every edit returns',
        ],
        details: { warmup: 50 },
      };
    } finally {
      await served?.close();
      dir.remove();
    }
  },
};
