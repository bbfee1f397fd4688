// Time until the plan overview is on screen and answers a click, in Debian's Chromium,
// against `npm run web` (serve.ts) started as a child process the way a user starts it.
// The in-page time from navigation start is the primary number: it covers the whole load
// (HTML, script, boot, API calls, render, a painted frame) and none of Playwright's
// round trips. The wall clock around reload() is reported beside it as an upper bound.
import type { Page } from 'playwright-core';
import { breakdownScript, screenReadyScript, type LoadBreakdown } from '../browser.ts';
import { examplePlanIdOn, openServedPage, type ServedPage } from '../serve-child.ts';
import { indexOfMedian, median } from '../stats.ts';
import { benchDir, type Scenario } from '../scenario.ts';
import { round } from './backend.ts';


const SAMPLES = 10;
const WARMUP = 2;
const OVERVIEW = '[data-screen="overview"]';
const STEP_LINK = `${OVERVIEW} a.walk__title`;

const initScript = screenReadyScript(OVERVIEW);

type Breakdown = LoadBreakdown;


interface Sample {
  inPage: number;
  wallVisible: number;
  wallClicked: number;
  breakdown: Breakdown;
}

async function loadOnce(page: Page, planId: string): Promise<Sample> {
  await page.evaluate(`location.hash = '#/plan/${planId}'`);
  await page.locator(OVERVIEW).waitFor({ state: 'visible' });
  const start = performance.now();
  await page.reload({ waitUntil: 'commit' });
  await page.locator(OVERVIEW).waitFor({ state: 'visible' });
  const wallVisible = performance.now() - start;
  // Proof that it answers input: a real click on the first step link leaves the overview.
  await page.locator(STEP_LINK).first().click();
  await page.locator(OVERVIEW).waitFor({ state: 'detached' });
  const wallClicked = performance.now() - start;
  await page.waitForFunction('window.__bench && window.__bench.ready !== null');
  const breakdown = await page.evaluate<Breakdown>(breakdownScript);
  return { inPage: breakdown.ready, wallVisible, wallClicked, breakdown };
}

function describe(b: Breakdown): string {
  const api = b.api.map((call) => `${call.channel} ${call.start.toFixed(0)}→${call.end.toFixed(0)}`).join(', ');
  return (
    `median sample on the page clock (ms from navigation start): HTML ${b.htmlResponseEnd.toFixed(0)}, ` +
    `script loaded ${b.scriptResponseEnd.toFixed(0)}, DOMContentLoaded ${b.domContentLoadedEnd.toFixed(0)}, ` +
    `API [${api}], overview in DOM ${b.present.toFixed(0)}, frame + idle ${b.ready.toFixed(0)}; ` +
    `long tasks: ${b.longTasks} (${b.longTaskMs.toFixed(0)} ms)`
  );
}

export const overviewInteractive: Scenario = {
  name: 'overview interactive in Chromium (in-page)',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 800 },
  p99: false,
  async run() {
    const dir = benchDir();
    let served: ServedPage | undefined;
    try {
      served = await openServedPage(dir.path, { initScript });
      const { page } = served;
      const planId = await examplePlanIdOn(served.server);

      const samples: Sample[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const sample = await loadOnce(page, planId);
        if (i >= WARMUP) samples.push(sample);
      }
      const inPage = samples.map((s) => s.inPage);
      const wallVisible = median(samples.map((s) => s.wallVisible));
      const wallClicked = median(samples.map((s) => s.wallClicked));
      const representative = samples[indexOfMedian(inPage)]!.breakdown;
      return {
        samples: inPage,
        notes: [
          'timed in-page: navigation start (reload) → overview section in the DOM → next animation frame → a task queued behind it ran',
          'each sample then clicks the first step link and waits for the overview to leave (not in the in-page number)',
          `wall clock (Playwright, includes CDP round trips): reload → overview visible median ${wallVisible.toFixed(0)} ms; → step link click handled ${wallClicked.toFixed(0)} ms`,
          describe(representative),
          `${WARMUP} warm-up loads left out; the bridge serves with Cache-Control: no-store, so every load fetches and compiles the script again`,
        ],
        details: {
          clock: 'in-page performance.now() relative to navigation start',
          chromium: served.browser.version(),
          wallClockVisibleMedianMs: round(wallVisible, 1),
          wallClockClickHandledMedianMs: round(wallClicked, 1),
          medianSampleBreakdown: representative,
          warmup: WARMUP,
        },
      };
    } finally {
      await served?.close();
      dir.remove();
    }
  },
};
