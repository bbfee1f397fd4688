// The inventory import in the browser on a new plan: a Belgian Windows-1252 CSV (`;`, decimal comma, dd/mm/yyyy, € in a cell) through the mapping screen, an impossible date shown in Dutch and fixed inline, the commit landing in the inventory, the lifecycle charts over the imported fleet, and a file-level problem shown as one message; axe on each screen.
import iconv from 'iconv-lite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import { expectAccessible, screenshots, startApp, type AppUnderTest } from './harness.ts';


/** What Excel on a Belgian Windows computer saves as "CSV (gescheiden door lijstscheidingsteken)". */
const belgianCsv = iconv.encode(
  [
    'Type;Merk en model;Aantal;Serienummer;Aankoopdatum;Prijs;Btw;Contract;Leverancier;Status;Opmerking',
    'Laptop;Lenovo ThinkPad L14 Gen 4;1;PF4ABC01;01/09/2023;€ 1.049,00;incl;Gekocht;Signpost;In gebruik;Lerarenkamer',
    'Chromebook;Acer Chromebook Spin 511;24;;15/09/2022;419,50;incl;Gekocht;Schoolnet;In gebruik;Klasset 1A – café',
    'Tablet;Apple iPad (10e generatie);30;;31/02/2024;€ 399,00;incl;Gekocht;Apple;In gebruik;Kleuterklassen',
    'Digibord;Promethean ActivPanel 9;1;PR77A;22/08/2021;3.450,00;excl;Gekocht;AVtech;In gebruik;Lokaal 12',
  ].join('\r\n') + '\r\n',
  'windows-1252',
);

describe('inventory import', () => {
  let app: AppUnderTest;
  let planId: string;
  const importTab = () => `${app.origin}/#/plan/${planId}/toestellen/import`;
  const inventory = () => app.call('inventory.query', { planId, filter: {}, sort: null, offset: 0, limit: 100 });

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    await app.page.locator('[data-screen="plans"]').waitFor();
    planId = (await app.call('plans.create', { schoolName: 'Basisschool De Wilg', levels: ['basis'] })).id;
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('reads a Belgian Windows-1252 CSV and shows how it was read, the mapping and the impossible date in Dutch', async () => {
    const { page } = app;
    await page.goto(importTab());
    await page.getByRole('heading', { name: 'Inventaris importeren' }).waitFor();
    await expectAccessible(page, 'import (no file yet)');

    await page.getByLabel('Kies een bestand').setInputFiles({ name: 'inventaris school.csv', mimeType: 'text/csv', buffer: belgianCsv });
    await page.getByRole('heading', { name: 'Zo is het bestand gelezen' }).waitFor();
    const facts = page.locator('.inv-import-facts');
    expect(await facts.textContent()).toContain('CSV (tekst)');
    expect(await facts.textContent()).toMatch(/windows-1252/i);
    expect(await facts.textContent()).toContain('puntkomma (;)');
    await expect.poll(() => page.locator('.inv-import-counts').textContent()).toBe(
      '4 rijen: 3 klaar om te importeren, 1 met een probleem, 0 overgeslagen.',
    );

    // The mapping: each field with a select of the file's headers, guesses marked.
    expect(await page.getByLabel('Type', { exact: true }).inputValue()).toBe('Type');
    expect(await page.getByLabel('In gebruik sinds', { exact: true }).inputValue()).toBe('Aankoopdatum');
    expect(await page.getByLabel('Notitie', { exact: true }).inputValue()).toBe('Opmerking');
    expect(await page.getByLabel('Financiering', { exact: true }).inputValue()).toBe('');
    const typeRow = page.locator('.inv-import-mapping tr', { has: page.getByLabel('Type', { exact: true }) });
    expect(await typeRow.textContent()).toMatch(/Geraden|Herkend/);

    // The € came through the Windows-1252 decoding, and the price became cents.
    const sampleRow = page.locator('.inv-import-sample tbody tr').first();
    expect(await sampleRow.textContent()).toContain('€ 1.049,00');
    expect(await sampleRow.locator('.inv-import-sample__becomes').textContent()).toContain('€\u00a01.049,00');
    expect(await page.locator('.inv-import-sample tbody tr').nth(1).textContent()).toContain('café');

    // The problem, in Dutch, with its row and column; nothing can be imported yet.
    const problems = page.getByRole('region', { name: '1 probleem om op te lossen' });
    const problem = problems.getByRole('row', { name: /Aankoopdatum/ });
    expect(await problem.locator('th').textContent()).toBe('3');
    expect(await problem.textContent()).toContain('„31/02/2024” is geen bestaande datum.');
    const commit = page.getByRole('button', { name: /rijen importeren/ });
    expect(await commit.isDisabled()).toBe(true);
    expect(await page.locator('#import-commit-why').textContent()).toBe('Los eerst het probleem op, of sla de rij over.');
    await expectAccessible(page, 'import preview with a problem');
    await page.screenshot({ path: join(screenshots, 'import-preview.png'), fullPage: true });
  });

  it('fixes the cell inline, imports all rows in one step and shows them in the inventory', async () => {
    const { page } = app;
    const input = page.getByLabel('Nieuwe waarde voor rij 3, kolom Aankoopdatum');
    expect(await input.inputValue()).toBe('31/02/2024');
    await input.fill('29/02/2024');
    await page.getByRole('button', { name: 'Rij 3, kolom Aankoopdatum verbeteren' }).click();
    await expect.poll(() => page.locator('.inv-import-counts').textContent()).toBe(
      '4 rijen: 4 klaar om te importeren, 0 met een probleem, 0 overgeslagen.',
    );
    expect(await page.getByText('Rij 3, kolom Aankoopdatum: „29/02/2024”').count()).toBe(1);
    const commit = page.getByRole('button', { name: '4 rijen importeren' });
    await expect.poll(() => commit.isEnabled()).toBe(true);
    expect(await inventory()).toMatchObject({ total: 0 });
    await expectAccessible(page, 'import preview ready');

    await commit.click();
    await page.getByText('4 lijnen geïmporteerd in de inventaris').waitFor();
    await expect.poll(() => page.url()).toContain('/toestellen/inventaris');

    const stored = await inventory();
    expect(stored.total).toBe(4);
    expect(stored.quantity).toBe(56);
    const byModel = new Map(stored.rows.map((line) => [line.brandModel, line]));
    expect(byModel.get('Apple iPad (10e generatie)')).toMatchObject({ type: 'tablet', quantity: 30, startDate: '2024-02-29', unitPriceCents: 39_900 });
    expect(byModel.get('Lenovo ThinkPad L14 Gen 4')).toMatchObject({ serial: 'PF4ABC01', startDate: '2023-09-01', unitPriceCents: 104_900, vatIncluded: true });
    expect(byModel.get('Acer Chromebook Spin 511')).toMatchObject({ unitPriceCents: 41_950, note: 'Klasset 1A – café' });
    expect(byModel.get('Promethean ActivPanel 9')).toMatchObject({ type: 'board', vatIncluded: false, startDate: '2021-08-22' });

    const grid = page.getByRole('grid', { name: 'Inventaris' });
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('5');
    expect(await grid.textContent()).toContain('Apple iPad (10e generatie)');
    expect(await grid.textContent()).toContain('29/02/2024');
    expect(await page.locator('.inv-totals').textContent()).toBe(
      `4 lijnen · ${formatInteger(56)} toestellen · aankoopwaarde ${formatMoney(stored.valueCents)}`,
    );
    await expectAccessible(page, 'inventory after the import');
    await page.screenshot({ path: join(screenshots, 'import-done.png'), fullPage: true });
  });

  it('shows the imported fleet on the lifecycle tab: the age chart and the replacement calendar', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Levenscyclus', exact: true }).click();
    await page.getByRole('heading', { name: 'Leeftijd van de toestellen in gebruik' }).waitFor();
    await page.getByRole('img', { name: 'Toestellen in gebruik naar leeftijd en soort' }).waitFor();
    expect(await page.getByText('56 toestellen in gebruik.').count()).toBe(1);
    await page.getByRole('heading', { name: 'Vervangingskalender' }).waitFor();
    await page.getByRole('img', { name: 'Nodig voor vervanging en beschikbaar geld per schooljaar' }).waitFor();
    await expectAccessible(page, 'lifecycle after the import');
    await page.screenshot({ path: join(screenshots, 'import-lifecycle.png'), fullPage: true });
  });

  it('shows a file that is not a table as one clear message, with nothing to import', async () => {
    const { page } = app;
    await page.goto(importTab());
    await page.getByLabel('Kies een bestand').setInputFiles({
      name: 'kapot.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Type;Merk en model\r\nLaptop;"Dell Latitude 3540\r\n'),
    });
    const alert = page.locator('.inv-import-error', { hasText: 'Dit bestand kan niet geïmporteerd worden' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('aanhalingsteken (") dat nergens gesloten wordt');
    expect(await page.getByRole('button', { name: /rijen? importeren/ }).count()).toBe(0);
    await expectAccessible(page, 'import with a file-level problem');
    expect((await inventory()).total).toBe(4);
  });
});
