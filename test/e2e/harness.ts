// End-to-end harness: the real browser-mode server (`electron/web/serve.ts`) on a fresh
// data folder, Debian's Chromium driven by playwright-core, and an axe scan helper.
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract.ts';
import type { Result } from '../../shared/result.ts';
import { chromiumArgs, chromiumPath } from '../fixtures/chromium.ts';


export interface AppUnderTest {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  server: ChildProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  stop(): Promise<void>;
}

/** Where the end-to-end tests leave their screenshots, to be looked at. */
export const screenshots = join(tmpdir(), 'digiplan-e2e-screenshots');

/** The app on a fresh data folder with its plans page shown, and the example plan's id. */
export async function startOnExample(): Promise<{ app: AppUnderTest; planId: string }> {
  mkdirSync(screenshots, { recursive: true });
  const app = await startApp();
  await app.page.goto(app.url);
  await app.page.locator('[data-screen="plans"]').waitFor();
  return { app, planId: (await app.call('plans.list', {}))[0]!.id };
}

export async function startApp(): Promise<AppUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'digiplan-e2e-'));
  const server = spawn(join('node_modules', '.bin', 'node'), ['electron/web/serve.ts', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    server.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const { origin } = new URL(url);
  const token = url.split('#token=')[1]!;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as Result<ChannelOutput<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };

  return {
    url,
    origin,
    token,
    dataDir,
    server,
    browser,
    context,
    page,
    call,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
  };
}

/** Runs axe on the current screen; serious and critical violations fail the test. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(grave, `axe on ${screen}`).toEqual([]);
}

/** Waits until the save indicator shows that every pending save has landed. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 }).toBe('saved');
}

/** Presses Tab until the focused element's text is `text`, as a keyboard user would. */
export async function tabTo(page: Page, text: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`no focusable element with text "${text}" within ${maxPresses} Tab presses`);
}
