// Procurement files in the browser: the example's files and a file's editor (axe, screenshots), a new file with too few quotes and its finding, a finding's link to the quotes, a text document attached, downloaded back byte for byte, detached and restored with undo, and the supplier-share threshold.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshots, startOnExample, waitForSaved, type AppUnderTest } from './harness.ts';

const fileBytes = Buffer.from('Offerte Beamerhuis bv\n12 laserprojectoren aan EUR 1.150,00 excl. btw per stuk\nGeldig tot 31/12/2026\n', 'utf8');
const sha256 = createHash('sha256').update(fileBytes).digest('hex');

describe('procurement files', () => {
  let app: AppUnderTest;
  let planId: string;
  let createdId = '';
  const tab = (rest = '') => `${app.origin}/#/plan/${planId}/toestellen/aankoopdossiers${rest}`;
  const procurement = async (id: string) => (await app.call('plans.get', { planId })).plan.procurements.find((p) => p.id === id);

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('lists the example’s files with procedure, supplier, spend, quotes, documents and open points', async () => {
    const { page } = app;
    await page.goto(tab());
    await page.getByRole('heading', { name: 'Aankoopdossiers', level: 2 }).waitFor();
    const rows = page.locator('.procurement-table tbody tr');
    expect(await rows.count()).toBe(3);
    const laptops = rows.filter({ hasText: 'Leerlingenlaptops uitleendienst 2026' });
    const text = await laptops.textContent();
    for (const part of ['12/05/2026', 'Onderhandelingsprocedure zonder bekendmaking', 'Schoolnet Solutions bv', '€\u00a078.718,50', '3 van 4', '1 aandachtspunt']) {
      expect(text).toContain(part);
    }
    expect(await rows.filter({ hasText: 'Wifi-netwerk en switches' }).textContent()).toContain('in orde');
    await page.getByRole('img', { name: /Aandeel per leverancier in de uitgaven/ }).waitFor();
    await expectAccessible(page, 'procurement list');
    await page.screenshot({ path: join(screenshots, 'procurement-list.png'), fullPage: true });
  });

  it('opens a file with its quotes, its item against the reference price and its document', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Leerlingenlaptops uitleendienst 2026' }).click();
    await page.getByRole('heading', { name: 'Leerlingenlaptops uitleendienst 2026', level: 2 }).waitFor();
    expect(await page.locator('.quote-summary').textContent()).toBe('3 offertes ontvangen; het minimum van 3 is gehaald.');
    const item = page.locator('#field-procurements-proc-2026-laptops-items-i1');
    await expect.poll(() => item.locator('.deviation').textContent()).toBe('▲ +5,8% boven de referentieprijs');
    const row = page.locator('.documents-table tbody tr');
    expect(await row.textContent()).toContain('Offertevergelijking leerlingenlaptops 2026 (voorbeeld).txt');
    expect(await row.textContent()).toContain('715 bytes');
    expect(await row.locator('summary code').textContent()).toBe('94a8dc25c8c0');
    await expectAccessible(page, 'procurement editor');
    await page.screenshot({ path: join(screenshots, 'procurement-editor.png'), fullPage: true });
  });

  it('creates a file, and a quote below the minimum above the threshold brings the finding', async () => {
    const { page } = app;
    await page.goto(tab());
    await page.getByRole('button', { name: 'Aankoopdossier toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw aankoopdossier' });
    await dialog.getByLabel('Titel').fill('Laserprojectoren 2026');
    await dialog.getByLabel('Datum van de aankoop').fill('2026-10-05');
    await dialog.getByRole('button', { name: 'Dossier maken' }).click();
    await page.getByRole('heading', { name: 'Laserprojectoren 2026', level: 2 }).waitFor();
    createdId = page.url().split('/aankoopdossiers/')[1]!;

    const estimated = page.getByLabel('Geraamde waarde excl. btw');
    await estimated.fill('41.500,00');
    await estimated.press('Tab');
    await waitForSaved(page);
    await page.getByText('Boven de drempel van €\u00a030.000,00: vergelijk minstens 3 offertes.').waitFor();

    await page.getByRole('button', { name: 'Offerte toevoegen' }).click();
    const quote = page.getByRole('group', { name: 'Offerte 1' });
    const supplier = quote.getByLabel('Leverancier', { exact: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await supplier.getAttribute('id'));
    await supplier.fill('Beamerhuis bv');
    await quote.getByLabel('Bedrag excl. btw').fill('13.800,00');
    await quote.getByLabel('Bedrag excl. btw').press('Tab');
    await waitForSaved(page);

    const message = '„Laserprojectoren 2026”: 1 offerte(s) ontvangen, minstens 3 nodig boven de drempel.';
    await page.getByText(message).waitFor();
    expect(await page.locator('.quote-summary').textContent()).toBe('1 offerte(s) ontvangen; boven de drempel zijn er minstens 3 nodig.');
    const quotes = (await procurement(createdId))?.quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes?.[0]).toMatchObject({ supplier: 'Beamerhuis bv', amountCents: 1_380_000, received: true });
    const state = await app.call('plans.get', { planId });
    expect(state.findings).toContainEqual(expect.objectContaining({ ruleId: 'procurement.too-few-quotes', field: `procurements.${createdId}.quotes` }));
    await expectAccessible(page, 'procurement editor with a finding');
  });

  it('follows a finding’s link to the quotes of the file', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=${encodeURIComponent(`procurements.${createdId}.quotes`)}`);
    await page.getByRole('heading', { name: 'Laserprojectoren 2026', level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`field-procurements-${createdId.replace(/[^a-zA-Z0-9]+/g, '-')}-quotes`);
  });

  it('attaches a text file and downloads the same bytes back', async () => {
    const { page } = app;
    await page.getByLabel('Documenten toevoegen').setInputFiles({ name: 'offerte-beamerhuis.txt', mimeType: 'text/plain', buffer: fileBytes });
    const row = page.locator('.documents-table tbody tr', { hasText: 'offerte-beamerhuis.txt' });
    await row.waitFor();
    expect(await row.textContent()).toContain(`${fileBytes.length} bytes`);
    expect(await row.locator('summary code').textContent()).toBe(sha256.slice(0, 12));
    await row.locator('summary').click();
    expect(await row.locator('.fingerprint__full code').textContent()).toBe(sha256);
    expect((await procurement(createdId))?.documents).toEqual([expect.objectContaining({ fileName: 'offerte-beamerhuis.txt', sha256, size: fileBytes.length })]);

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'offerte-beamerhuis.txt openen' }).click()]);
    expect(download.suggestedFilename()).toBe('offerte-beamerhuis.txt');
    expect(readFileSync(await download.path())).toEqual(fileBytes);
    await expectAccessible(page, 'procurement documents');
    await page.screenshot({ path: join(screenshots, 'procurement-documents.png'), fullPage: true });
  });

  it('detaches the document, keeping the file, and undo brings it back', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'offerte-beamerhuis.txt losmaken van dit dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document losmaken?' });
    await dialog.getByRole('button', { name: 'Losmaken' }).click();
    await page.getByText('„offerte-beamerhuis.txt” losgemaakt.').waitFor();
    await expect.poll(async () => (await procurement(createdId))?.documents.length).toBe(0);
    expect(await page.locator('.documents-table').count()).toBe(0);

    await page.locator('.toast').getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.locator('.documents-table tbody tr', { hasText: 'offerte-beamerhuis.txt' }).waitFor();
    await expect.poll(async () => (await procurement(createdId))?.documents.map((d) => d.sha256)).toEqual([sha256]);
    const read = await app.call('attachments.read', { planId, sha256 });
    expect(Buffer.from(read.contentBase64, 'base64')).toEqual(fileBytes);
  });

  it('reports a dominating supplier when the share threshold is lowered', async () => {
    const { page } = app;
    await page.goto(tab());
    const share = page.getByLabel('Grootste aandeel van één leverancier (%)');
    await share.fill('50');
    await share.press('Tab');
    await waitForSaved(page);
    await page.locator('.spend-table tr', { hasText: 'Schoolnet Solutions bv' }).getByText('— boven de drempel').waitFor();
    expect(await page.getByRole('img', { name: /Aandeel per leverancier/ }).locator('.chart__threshold text').textContent()).toBe('drempel 50%');
    const state = await app.call('plans.get', { planId });
    expect(state.findings).toContainEqual(expect.objectContaining({ ruleId: 'procurement.supplier-dominates', field: 'supplierSharePercent' }));
    // The finding's link lands on the threshold.
    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=supplierSharePercent`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-supplierSharePercent');
  });
});
