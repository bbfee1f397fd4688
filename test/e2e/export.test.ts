// The controle and export steps in the browser: the example plan ready on each precondition with its evidence, every document of the example plan listed (axe, screenshot), the policy plan's print preview drawn page by page from the real PDF, one CSV downloaded and read back, everything downloaded with progress, and a primary school's fee documents left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshots, startOnExample, type AppUnderTest } from './harness.ts';


describe('export step', () => {
  let app: AppUnderTest;
  let planId: string;
  const step = (id = planId) => `${app.origin}/#/plan/${id}/export`;

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the controle per precondition, each with its verdict and evidence, before the export', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/controle`);
    await page.locator('[data-screen="check"]').waitFor();
    const panels = page.locator('[data-precondition]');
    expect(await panels.count()).toBe(4);
    expect(await page.locator('.precondition h2').allTextContents()).toEqual(['B.1 Het ICT-beleidsplan', 'B.2 Professionalisering', 'B.3 Betaalbaarheid', 'Financiering']);
    for (const id of ['B1', 'B2', 'B3', 'funding']) expect(await page.locator(`[data-precondition="${id}"] .precondition__verdict strong`).textContent()).toBe('Klaar.');
    expect(await page.locator('[data-precondition="B1"] .evidence').textContent()).toContain('10 van de 10 secties geschreven');
    expect(await page.locator('[data-precondition="B3"] .evidence').textContent()).toContain('beslissing van de schoolraad voor 2026-2027 op 16/06/2026: goedgekeurd');
    await expectAccessible(page, 'controle');
    await page.screenshot({ path: join(screenshots, 'controle.png'), fullPage: true });
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Export/ }).click();
    await page.locator('[data-screen="export"]').waitFor();
  });

  it('lists every document of the example plan and says what still blocks', async () => {
    const { page } = app;
    await page.goto(step());
    await page.locator('[data-screen="export"]').waitFor();
    expect(await page.locator('.export-card').count()).toBe(11);
    expect(await page.locator('.export-card h2').allTextContents()).toContain('Dossier bijdragen voor de schoolraad (PDF)');
    await expectAccessible(page, 'export');
    await page.screenshot({ path: join(screenshots, 'export.png'), fullPage: true });
  });

  it('shows the policy plan’s print preview, drawn from the PDF itself, and closes it with Escape', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Afdrukvoorbeeld: ICT-beleidsplan (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afdrukvoorbeeld: ICT-beleidsplan (PDF)' });
    await dialog.waitFor();
    const pages = dialog.locator('.pdf-preview__pages');
    await expect.poll(async () => Number(await pages.getAttribute('data-pages')), { timeout: 30_000 }).toBeGreaterThan(8);
    expect(await dialog.locator('canvas.pdf-preview__page').count()).toBe(Number(await pages.getAttribute('data-pages')));
    // A drawn page is not blank: some pixels of the first page are dark (the title).
    const dark = await dialog.locator('canvas.pdf-preview__page').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 120) count++;
      return count;
    });
    expect(dark).toBeGreaterThan(500);
    expect(await dialog.getByRole('status').textContent()).toMatch(/^\d+ pagina’s$/);
    await expectAccessible(page, 'export preview');
    await page.screenshot({ path: join(screenshots, 'export-preview.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('downloads the inventory as a Belgian CSV', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden: Inventaris (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('Inventaris_Voorbeeldschool-Campus-Zuid.csv');
    const text = readFileSync((await download.path()), 'utf8');
    expect(text.startsWith('\ufeffType;Merk en model;Aantal;')).toBe(true);
    await page.getByText('1 document klaargezet in je downloads.').waitFor();
  });

  it('downloads every document with progress', async () => {
    const { page } = app;
    const names: string[] = [];
    page.on('download', (download) => names.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'Alle 11 documenten downloaden' }).click();
    await page.getByText('11 documenten klaargezet in je downloads.').waitFor({ timeout: 60_000 });
    await expect.poll(() => names.length).toBe(11);
    expect(names.map((name) => name.split('.').pop()).sort()).toEqual(['csv', 'csv', 'csv', 'csv', 'csv', 'csv', 'docx', 'docx', 'pdf', 'pdf', 'xlsx']);
  });

  it('leaves the fee documents out for a primary school', async () => {
    const { page } = app;
    const { id } = await app.call('plans.create', { schoolName: 'Basisschool De Linde', levels: ['basis'] });
    await page.goto(step(id));
    await page.locator('[data-screen="export"]').waitFor();
    expect(await page.locator('.export-card').count()).toBe(6);
    await page.getByText('De documenten over bijdragen van ouders vallen weg').waitFor();
    await expectAccessible(page, 'export primary');
  });
});
