// The reference prices step in the browser: the example list marked as an example (axe, screenshots), a CSV with bad rows refused with row numbers, a JSON list imported and valid on the example's purchase date so the comparison changes, a finding's link to a comparison row, delete and undo.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshots, startOnExample, type AppUnderTest } from './harness.ts';

const fixtures = join(import.meta.dirname, '../fixtures/prices');
const importedName = 'Referentieprijzen ICT-toestellen 2026 (testlijst)';
const laptopRow = '#field-procurements-proc-2026-laptops-items-i1';

describe('reference prices step', () => {
  let app: AppUnderTest;
  let planId: string;
  const step = (query = '') => `${app.origin}/#/plan/${planId}/referentieprijzen${query}`;
  const listNames = async () => (await app.call('prices.list', {})).map((list) => list.name);

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example list, marked as an example, with its prices and the comparison', async () => {
    const { page } = app;
    await page.goto(step());
    await page.locator('[data-screen="prices"]').waitFor();
    const lists = page.locator('.price-lists tbody tr');
    await expect.poll(() => lists.count()).toBe(1);
    expect(await lists.first().textContent()).toContain('VOORBEELD — geen officiële lijst');
    await page.getByText('Er is alleen de voorbeeldlijst met referentieprijzen; importeer de lijst van het kenniscentrum Digisprong.').waitFor();
    expect(await page.locator('.list-items__table tbody tr').count()).toBe(11);
    await expect.poll(() => page.locator(laptopRow).locator('.deviation').textContent()).toBe('▲ +5,8% boven de referentieprijs');
    expect(await page.getByText(/worden hier ook vergeleken zodra de stap Bijdragen er is/).count()).toBe(1);
    await expectAccessible(page, 'prices');
    await page.screenshot({ path: join(screenshots, 'prices.png'), fullPage: true });
  });

  it('refuses a CSV with a wrong row, names the row, and stores nothing', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Prijslijst importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prijslijst importeren' });
    const csv = 'code;omschrijving;categorie;eenheid;prijs;btw\nLAPTOP;Laptop;laptop;toestel;580,00;incl\nX;Vliegtuig;vliegtuig;toestel;580,00;incl\n';
    await dialog.getByLabel('Bestand').setInputFiles({ name: 'prijzen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await dialog.getByLabel('Bron').fill('Eigen lijst van de scholengroep');
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await dialog.getByText('De lijst bevat fouten; er is niets geïmporteerd.').waitFor();
    expect(await dialog.locator('.import-problems li').allTextContents()).toEqual(['Rij 3, categorie: Onbekende categorie „vliegtuig”.']);
    await expectAccessible(page, 'prices import dialog with problems');
    await page.screenshot({ path: join(screenshots, 'prices-import-refused.png') });
    expect(await listNames()).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('imports a JSON list valid on the example’s purchase date, and the comparison follows it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Prijslijst importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prijslijst importeren' });
    await dialog.getByLabel('Bestand').setInputFiles(join(fixtures, 'referentieprijzen-2026.json'));
    // A JSON export carries its own name, source and dates: the dialog does not ask them.
    expect(await dialog.getByLabel('Bron').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(`„${importedName}” geïmporteerd.`).waitFor();

    const lists = page.locator('.price-lists tbody tr');
    await expect.poll(() => lists.count()).toBe(2);
    const imported = lists.filter({ hasText: importedName });
    expect(await imported.textContent()).toContain('01/02/2026 tot en met 31/08/2027');
    expect(await imported.textContent()).not.toContain('VOORBEELD');
    await page.getByRole('heading', { name: `Prijzen in „${importedName}”` }).waitFor();
    // 635 € incl. btw against 580 € incl. btw in the new list (600 € in the example list).
    await expect.poll(() => page.locator(laptopRow).locator('.deviation').textContent()).toBe('▲ +9,5% boven de referentieprijs');
    await expect.poll(async () => (await app.call('plans.get', { planId })).findings.map((f) => f.ruleId)).not.toContain('prices.example-only');
    expect(await page.getByText(/Er is alleen de voorbeeldlijst/).count()).toBe(0);
    await expectAccessible(page, 'prices after import');
    await page.screenshot({ path: join(screenshots, 'prices-imported.png'), fullPage: true });
  });

  it('follows the finding about a price above the reference to its comparison row', async () => {
    const { page } = app;
    await page.goto(step(`?veld=${encodeURIComponent('procurements.proc-2026-laptops.items.i1')}`));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(laptopRow.slice(1));
  });

  it('deletes the imported list, and undo brings it back with its comparison', async () => {
    const { page } = app;
    await page.getByRole('button', { name: `${importedName} verwijderen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Prijslijst verwijderen?' });
    await dialog.getByRole('button', { name: 'Lijst verwijderen' }).click();
    await page.getByText(`„${importedName}” verwijderd.`).waitFor();
    await expect.poll(() => page.locator('.price-lists tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator(laptopRow).locator('.deviation').textContent()).toBe('▲ +5,8% boven de referentieprijs');
    expect(await listNames()).toEqual(['Voorbeeldlijst referentieprijzen (geen officiële lijst)']);
    // The example list cannot be deleted.
    expect(await page.getByRole('button', { name: /Voorbeeldlijst referentieprijzen .* verwijderen/ }).count()).toBe(0);

    await page.locator('.toast', { hasText: 'verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(`„${importedName}” staat terug.`).waitFor();
    await expect.poll(() => page.locator('.price-lists tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator(laptopRow).locator('.deviation').textContent()).toBe('▲ +9,5% boven de referentieprijs');
    const restored = (await app.call('prices.list', {})).find((list) => list.name === importedName);
    expect(restored?.sha256).toBe(createHash('sha256').update(readFileSync(join(fixtures, 'referentieprijzen-2026.json'))).digest('hex'));
  });
});
