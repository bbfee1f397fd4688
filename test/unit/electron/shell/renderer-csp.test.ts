// Covers the renderer's CSP <meta> tag: written at build time from electron/security.ts, the one definition.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cspMetaPlugin } from '../../../../electron.vite.config.ts';
import { metaContentSecurityPolicy } from '../../../../electron/security.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const builtPage = join(root, 'out/renderer/index.html');
// What the built page's meta tag is made from: a change to any of them means out/ is stale.
const cspSources = ['electron/security.ts', 'electron.vite.config.ts', 'renderer/index.html'].map((file) => join(root, file));

/** The content of every CSP <meta> tag in a page, in document order. */
function cspMetaTags(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => /http-equiv=["']?content-security-policy/i.test(tag))
    .map((tag) => {
      const content = /content="([^"]*)"/i.exec(tag)?.[1];
      expect(content, tag).toBeDefined();
      return content!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    });
}

/** The page shell of renderer/index.html, pointed at a stub entry so the UI code is not needed. */
function pageShell(): string {
  const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
  const shell = html.replace(/src="\.\/main\.tsx"/, 'src="./stub.js"');
  expect(shell).not.toBe(html);
  return shell;
}

async function buildPage(dir: string, html: string): Promise<string> {
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'stub.js'), 'document.title = "stub";\n');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [cspMetaPlugin()],
    build: { outDir: join(dir, 'out'), emptyOutDir: true },
  });
  return readFileSync(join(dir, 'out/index.html'), 'utf8');
}

describe('cspMetaPlugin', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'digiplan-csp-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the policy from electron/security.ts into the page, after the charset and before any script', async () => {
    const html = await buildPage(dir, pageShell());
    expect(cspMetaTags(html)).toEqual([metaContentSecurityPolicy]);
    const at = html.search(/http-equiv="Content-Security-Policy"/);
    expect(html.search(/<meta charset/i)).toBeLessThan(at);
    expect(at).toBeLessThan(html.search(/<script\b/));
    const firstLink = html.search(/<link\b/);
    if (firstLink >= 0) expect(at).toBeLessThan(firstLink);
  });

  it('refuses a page without a charset declaration to anchor the policy', async () => {
    const bare = pageShell().replace(/<meta charset[^>]*>/i, '');
    await expect(buildPage(dir, bare)).rejects.toThrow(/charset/);
  });

  it('refuses a page that sets a policy of its own', async () => {
    const own = pageShell().replace(
      '<head>',
      `<head><meta http-equiv="Content-Security-Policy" content="default-src *" />`,
    );
    await expect(buildPage(dir, own)).rejects.toThrow(/electron\/security\.ts/);
  });
});

describe('the built renderer page', () => {
  function ensureBuilt(): void {
    const stale =
      !existsSync(builtPage) || cspSources.some((file) => statSync(file).mtimeMs > statSync(builtPage).mtimeMs);
    if (!stale) return;
    const cli = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
    const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' });
    expect(result.status, `electron-vite build failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  }

  it('carries exactly the CSP of electron/security.ts (less header-only directives)', () => {
    ensureBuilt();
    const tags = cspMetaTags(readFileSync(builtPage, 'utf8'));
    expect(tags).toEqual([metaContentSecurityPolicy]);
  });
});
