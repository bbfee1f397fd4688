// Starts `electron/web/serve.ts` (what `npm run web` runs) as a child on Node 22 and
// reads the address it prints. The caller must stop() it; an exit hook kills it anyway
// if the benchmark dies first. openServedPage adds Debian's Chromium on the app's page.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../fixtures/chromium.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Node 22 from node_modules: the system Node is too old for better-sqlite3 13. */
const nodeBin = join(repoRoot, 'node_modules', '.bin', 'node');
const urlPattern = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)/;

export interface ServeChild {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

export async function startServeChild(dataDir: string, timeoutMs = 30_000): Promise<ServeChild> {
  const child = spawn(nodeBin, ['electron/web/serve.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const killOnExit = () => {
    if (running()) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (running()) child.kill('SIGTERM');
    const timer = setTimeout(killOnExit, 5_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', killOnExit);
  };

  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve.ts printed no address within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = urlPattern.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`serve.ts exited before printing its address:\n${output}`));
      });
    });
    const origin = `http://127.0.0.1:${match[1]}`;
    return { url: match[0], origin, token: match[2]!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The example plan's id, asked of the served app: a fresh data folder holds exactly that one. */
export async function examplePlanIdOn(server: ServeChild): Promise<string> {
  const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
  const listed = (await (await fetch(`${server.origin}/api/plans.list`, { method: 'POST', headers, body: '{}' })).json()) as {
    ok: boolean;
    value?: { id: string; isExample: boolean }[];
  };
  const planId = listed.value?.find((plan) => plan.isExample)?.id;
  if (!planId) throw new Error(`no example plan: ${JSON.stringify(listed)}`);
  return planId;
}

export interface ServedPage {
  server: ServeChild;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** `npm run web` on this data folder with Chromium on its page; the token is stored, the hash is #/. */
export async function openServedPage(dataDir: string, options: { initScript?: string; context?: BrowserContextOptions } = {}): Promise<ServedPage> {
  const server = await startServeChild(dataDir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    const context = await browser.newContext(options.context);
    if (options.initScript) await context.addInitScript({ content: options.initScript });
    const page = await context.newPage();
    await page.goto(server.url);
    const opened = browser;
    return {
      server,
      browser,
      page,
      close: async () => {
        await opened.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
