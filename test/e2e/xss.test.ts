// Formatted text against an XSS corpus (test/fixtures/xss-corpus.txt) in Chromium: every
// payload pasted as HTML and typed as text into a section editor, then the stored documents
// rendered again after a reload; nothing may run, and only the stored schema (with http(s)
// and mailto links) may be saved. Malicious documents sent straight to the API are refused.
// The page runs with the CSP bypassed: the policy would block inline script by itself, and
// this test is about the editor's own defences, so the CSP must not hide a failure.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeHref, plainText, RichTextSchema, type RichText } from '../../shared/richtext/schema.ts';
import { startApp, waitForSaved, type AppUnderTest } from './harness.ts';

const payloads = readFileSync(new URL('../fixtures/xss-corpus.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));

/** UI waits after a save can take a while on a busy machine. */
const patient = { timeout: 10_000 };

const editorOf = (section: string) => `[data-section="${section}"] [contenteditable="true"]`;

/** What a payload would do if it ran, once entities and base64 are decoded. */
function announcesItself(payload: string): boolean {
  const decoded = payload
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/base64,([A-Za-z0-9+/=]+)/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  return /__xss|'__'\+'xss'|alert\(|msgbox\(/.test(decoded);
}

/** Every element under the selector is one the formatted text may produce, with no script-bearing attribute. */
function unsafeMarkup(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const allowed = new Set(['DIV', 'P', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A', 'BR', 'SPAN', 'IMG']);
    const problems: string[] = [];
    const roots = [...document.querySelectorAll(rootSelector)];
    if (roots.length === 0) problems.push(`nothing matches ${rootSelector}`);
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (!allowed.has(element.tagName)) problems.push(`<${element.tagName.toLowerCase()}>`);
        if (element.tagName === 'IMG' && (!element.classList.contains('ProseMirror-separator') || element.hasAttribute('src'))) {
          problems.push('<img> that is not the editor’s cursor helper');
        }
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`${name} on <${element.tagName.toLowerCase()}>`);
          if (['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'background', 'style'].includes(name)) {
            problems.push(`${name}="${attribute.value}"`);
          }
          if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(attribute.value)) problems.push(`href="${attribute.value}"`);
        }
      }
    }
    const active = document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv="refresh" i], form');
    for (const element of active) problems.push(`<${element.tagName.toLowerCase()}> in the page`);
    return problems;
  }, selector);
}

function linksOf(doc: RichText): string[] {
  const hrefs: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const record = node as { marks?: { type: string; attrs?: { href?: string } }[]; content?: unknown[] };
    for (const mark of record.marks ?? []) if (mark.type === 'link') hrefs.push(String(mark.attrs?.href));
    for (const child of record.content ?? []) walk(child);
  };
  walk(doc);
  return hrefs;
}

describe('formatted text runs nothing that is pasted, typed or sent', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let planId: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const sectionLink = (section: string) => page.locator(`.sections__nav a[data-section="${section}"]`);
  const executed = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);

  async function expectNothingRan(what: string): Promise<void> {
    expect(await executed(), `window.__xss after ${what}`).toBeNull();
    expect(dialogs, `dialogs after ${what}`).toEqual([]);
    expect(new URL(page.url()).origin, `navigation after ${what}`).toBe(app.origin);
  }

  async function settle(section: string): Promise<void> {
    await expect.poll(() => page.locator(editorOf(section)).getAttribute('data-dirty'), { timeout: 15_000 }).toBeNull();
    await waitForSaved(page);
  }

  async function stored(section: 'vision' | 'didactics'): Promise<RichText> {
    return (await app.call('plans.get', { planId })).plan.sections[section].text;
  }

  beforeAll(async () => {
    app = await startApp();
    planId = (await app.call('plans.create', { schoolName: 'Basisschool Het Anker', levels: ['basis'] })).id;
    context = await app.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(app.url);
    await page.locator('[data-screen="plans"]').waitFor();
  });

  afterAll(async () => {
    await context.close();
    await app.stop();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('has at least 80 payloads, each of which would announce itself if it ran', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(80);
    expect(payloads.filter((payload) => !announcesItself(payload))).toEqual([]);
  });

  it('would notice a payload that runs (the CSP is bypassed, the markers are live)', async () => {
    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan/sectie/vision`);
    await page.locator(editorOf('vision')).waitFor();
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'xss-probe';
      document.body.append(probe);
      probe.innerHTML = '<img src=x onerror="window.__xss=1">';
    });
    await expect.poll(executed, patient).toBe(1);
    await page.evaluate(() => {
      setTimeout(() => alert('probe'), 0);
    });
    await expect.poll(() => dialogs.length, patient).toBe(1);
    await page.evaluate(() => {
      document.getElementById('xss-probe')?.remove();
      delete (window as unknown as { __xss?: unknown }).__xss;
    });
    dialogs.length = 0;
    await expectNothingRan('the probe was cleared');
  });

  it('pastes every payload as HTML into the editor: nothing runs, the markup stays within the schema', async () => {
    const editor = page.locator(editorOf('vision'));
    await editor.click();
    for (const [index, payload] of payloads.entries()) {
      await page.keyboard.press('Control+End');
      await page.evaluate(
        ([selector, html]) => {
          const target = document.querySelector(selector)!;
          const data = new DataTransfer();
          data.setData('text/html', html);
          data.setData('text/plain', html);
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [editorOf('vision'), payload] as const,
      );
      await expectNothingRan(`pasting payload ${index + 1}: ${payload}`);
      expect(await unsafeMarkup(page, editorOf('vision')), `editor markup after payload ${index + 1}: ${payload}`).toEqual([]);
    }
    await settle('vision');
    await expectNothingRan('saving the pasted payloads');

    const doc = await stored('vision');
    expect(RichTextSchema.safeParse(doc).success).toBe(true);
    const links = linksOf(doc);
    expect(links.filter((href) => !isSafeHref(href) || !/^(https?:\/\/|mailto:)/i.test(href))).toEqual([]);
    // Harmless parts survive: the words, and a real web link without its handlers.
    const words = plainText(doc);
    for (const expected of ['gewone tekst', 'klik hier', 'kop met handlers', 'genest', 'echte link met handlers']) {
      expect(words).toContain(expected);
    }
    expect(links).toContain('https://example.org');
  });

  it('types every payload as text: it is stored as inert words, never as markup or links', async () => {
    await sectionLink('didactics').click();
    const editor = page.locator(editorOf('didactics'));
    await editor.waitFor();
    await editor.click();
    for (const [index, payload] of payloads.entries()) {
      // Every payload goes in as text input; every sixth is also typed key by key, so the
      // per-keystroke paths (input rules, autolink) see them too. All of them key by key
      // would take minutes.
      if (index % 6 === 0) await page.keyboard.type(payload);
      else await page.keyboard.insertText(payload);
      await page.keyboard.press('Enter');
      await expectNothingRan(`typing payload ${index + 1}: ${payload}`);
    }
    expect(await unsafeMarkup(page, editorOf('didactics'))).toEqual([]);
    await settle('didactics');
    await expectNothingRan('saving the typed payloads');

    const doc = await stored('didactics');
    expect(RichTextSchema.safeParse(doc).success).toBe(true);
    expect(linksOf(doc).filter((href) => !isSafeHref(href))).toEqual([]);
    const words = plainText(doc);
    for (const expected of ['<script>', '<img src=x onerror=', '<iframe srcdoc=', 'javascript:', '<noscript><p title="</noscript>']) {
      expect(words).toContain(expected);
    }
  });

  it('renders the stored documents after a reload, read-only and in the editor, running nothing', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/RichTextEditor-[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan/sectie/vision`);
    await page.reload({ waitUntil: 'commit' });
    // While the editor loads, the stored text is shown by the read-only view.
    const readOnly = page.locator('[data-section="vision"] .richtext-editor--readonly .richtext');
    await expect.poll(async () => (await readOnly.textContent()) ?? '', patient).toContain('gewone tekst');
    expect(await readOnly.locator('a[href="https://example.org"]').count()).toBeGreaterThan(0);
    await expectNothingRan('rendering the stored text read-only');
    expect(await unsafeMarkup(page, '[data-section="vision"] .richtext')).toEqual([]);

    release();
    await page.locator(editorOf('vision')).waitFor();
    await page.unroute(/\/assets\/RichTextEditor-[^/]*\.js$/);
    await expectNothingRan('loading the stored text into the editor');
    expect(await unsafeMarkup(page, editorOf('vision'))).toEqual([]);

    await sectionLink('didactics').click();
    await page.locator(editorOf('didactics')).waitFor();
    await expectNothingRan('opening the typed payloads');
    expect(await unsafeMarkup(page, editorOf('didactics'))).toEqual([]);
  });

  it('refuses malicious documents sent straight to the API and stores nothing of them', async () => {
    const before = (await app.call('plans.get', { planId })).plan.sections.vision;
    const text = (content: unknown[]) => ({ type: 'doc', content }) as unknown as RichText;
    const paragraph = (node: unknown) => ({ type: 'paragraph', content: [node] });
    const linked = (href: string, extra: Record<string, unknown> = {}) =>
      paragraph({ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href, ...extra } }] });
    const attacks: [string, RichText][] = [
      ['a javascript: link', text([linked('javascript:window.__xss=1')])],
      ['a javascript: link in capitals with spaces', text([linked(' JavaScript:alert(1)')])],
      ['a data: link', text([linked('data:text/html,<script>alert(1)</script>')])],
      ['a protocol-relative link', text([linked('//evil.example/x')])],
      ['a link with an onclick attribute', text([linked('https://example.org', { onclick: 'window.__xss=1' })])],
      ['an image node', text([{ type: 'image', attrs: { src: 'x', onerror: 'window.__xss=1' } }])],
      ['an inline image', text([paragraph({ type: 'image', attrs: { src: 'x' } })])],
      ['a script node', text([{ type: 'script', content: [{ type: 'text', text: 'window.__xss=1' }] }])],
      ['raw HTML', text([{ type: 'html', html: '<img src=x onerror=alert(1)>' }])],
      ['an onclick on a paragraph', text([{ type: 'paragraph', attrs: { onclick: 'window.__xss=1' }, content: [{ type: 'text', text: 'x' }] }])],
      ['a style on a heading', text([{ type: 'heading', attrs: { level: 2, style: 'background:url(javascript:alert(1))' } }])],
      ['an unknown mark', text([paragraph({ type: 'text', text: 'x', marks: [{ type: 'span', attrs: { onmouseover: 'alert(1)' } }] })])],
      ['a heading of level 1', text([{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }])],
      ['a text node with an extra field', text([paragraph({ type: 'text', text: 'x', html: '<script>alert(1)</script>' })])],
    ];
    for (const [what, doc] of attacks) {
      await expect(app.call('sections.update', { planId, sectionId: 'vision', patch: { text: doc } }), what).rejects.toThrow(
        'sections.update: INVALID_INPUT',
      );
    }
    expect((await app.call('plans.get', { planId })).plan.sections.vision).toEqual(before);
  });
});
