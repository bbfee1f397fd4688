// The inventory screen in the browser: the example fleet with axe, sorting by a header, filters by type and status with totals checked against the API, grouping by start year and filtering on a group, bulk status change with undo, a line's note edited with the keyboard, and the no-inventory link landing on the import call-to-action.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryFilter } from '../../shared/devices/schema.ts';
import { formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import { expectAccessible, screenshots, startApp, waitForSaved, type AppUnderTest } from './harness.ts';


/** Presses Tab until the element with this id has focus, as a keyboard user would. */
async function tabToId(page: Page, id: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`no focus on #${id} within ${maxPresses} Tab presses`);
}

/** The text a row's cell shows, by column header. */
async function cellTexts(page: Page, row: number): Promise<string[]> {
  return page.locator(`#inventory-grid [role="row"][aria-rowindex="${row + 2}"] [role="gridcell"]`).allTextContents();
}

describe('inventory screen', () => {
  let app: AppUnderTest;
  let exampleId: string;
  const tab = (id: string, query = '') => `${app.origin}/#/plan/${id}/toestellen/inventaris${query}`;
  const query = (filter: InventoryFilter, sort: { column: 'startDate' | 'brandModel'; direction: 'asc' | 'desc' } | null = null) =>
    app.call('inventory.query', { planId: exampleId, filter, sort, offset: 0, limit: 1000 });
  const totalsText = () => app.page.locator('.inv-totals').textContent();
  const expectedTotals = async (filter: InventoryFilter) => {
    const page = await query(filter);
    const lines = `${formatInteger(page.total)} ${page.total === 1 ? 'lijn' : 'lijnen'}`;
    const devices = `${formatInteger(page.quantity)} ${page.quantity === 1 ? 'toestel' : 'toestellen'}`;
    return `In deze selectie: ${lines} · ${devices} · aankoopwaarde ${formatMoney(page.valueCents)}`;
  };

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    await app.page.locator('[data-screen="plans"]').waitFor();
    exampleId = (await app.call('plans.list', {}))[0]!.id;
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example fleet in a grid with its totals and the reference-price deviation', async () => {
    const { page } = app;
    await page.goto(tab(exampleId));
    await page.locator('[data-screen="devices"]').waitFor();
    const grid = page.getByRole('grid', { name: 'Inventaris' });
    await grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').first().waitFor();
    const all = await query({});
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(all.total + 1));
    // Only the rows on screen are in the DOM.
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(60);
    expect(await totalsText()).toBe(
      `${formatInteger(all.total)} lijnen · ${formatInteger(all.quantity)} toestellen · aankoopwaarde ${formatMoney(all.valueCents)}`,
    );
    const first = all.rows[0]!;
    const cells = await cellTexts(page, 0);
    expect(cells[2]).toBe(first.brandModel);
    expect(cells[5]).toBe(first.startDate.split('-').reverse().join('/'));
    await expectAccessible(page, 'inventory (example)');
    await page.screenshot({ path: join(screenshots, 'inventory.png'), fullPage: true });

    // The HP laptops of 2026 cost € 635 against a reference of € 600: "+6 %".
    await page.goto(tab(exampleId, '?zoek=ProBook'));
    await expect.poll(async () => (await cellTexts(page, 0))[7]).toBe('+6\u00a0%');
    expect(await page.locator('#inventory-grid [role="row"][aria-rowindex="2"] [role="gridcell"]').nth(6).textContent()).toBe('€\u00a0635,00');
  });

  it('sorts by a column header, ascending then descending, as the API does', async () => {
    const { page } = app;
    await page.goto(tab(exampleId));
    const header = page.getByRole('columnheader', { name: /In gebruik sinds/ });
    await header.waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sorteer=startDate');
    const ascending = await query({}, { column: 'startDate', direction: 'asc' });
    await expect.poll(async () => (await cellTexts(page, 0))[4]).toBe(ascending.rows[0]!.serial || '—');

    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await query({}, { column: 'startDate', direction: 'desc' });
    await expect.poll(async () => (await cellTexts(page, 0))[2]).toBe(descending.rows[0]!.brandModel);
    expect((await cellTexts(page, 0))[5]).toBe(descending.rows[0]!.startDate.split('-').reverse().join('/'));
    expect(page.url()).toContain('sorteer=-startDate');
  });

  it('filters by type and status through the address, with totals that match the API', async () => {
    const { page } = app;
    await page.goto(tab(exampleId));
    await page.locator('#inventory-filter-type').selectOption('laptop');
    await page.locator('#inventory-filter-status').selectOption('in-use');
    await expect.poll(() => page.url()).toMatch(/type=laptop&status=in-use|status=in-use&type=laptop/);
    const filter: InventoryFilter = { type: ['laptop'], status: ['in-use'] };
    const expected = await expectedTotals(filter);
    await expect.poll(totalsText).toBe(expected);
    const page1 = await query(filter);
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(page1.total + 1));
    expect((await cellTexts(page, 0))[1]).toBe('Laptop');
    await expectAccessible(page, 'inventory filtered');

    // The filter survives a reload: it lives in the address.
    await page.reload();
    await expect.poll(totalsText).toBe(expected);
    expect(await page.locator('#inventory-filter-type').inputValue()).toBe('laptop');
  });

  it('groups by start year and shows one group when its name is clicked', async () => {
    const { page } = app;
    await page.goto(tab(exampleId));
    await page.locator('#inventory-group').selectOption('startYear');
    const summary = page.locator('.inv-groups table');
    await summary.waitFor();
    const groups = await app.call('inventory.groups', { planId: exampleId, filter: {}, by: 'startYear' });
    const year = groups.find((group) => group.key === '2021-2022')!;
    const row = summary.getByRole('row', { name: /2021-2022/ });
    expect(await row.locator('td').allTextContents()).toEqual([formatInteger(year.lines), formatInteger(year.quantity), formatMoney(year.valueCents)]);
    // School years in time order.
    const names = await summary.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort());
    await expectAccessible(page, 'inventory grouped');
    await page.screenshot({ path: join(screenshots, 'inventory-grouped.png'), fullPage: true });

    await page.getByRole('button', { name: 'Toon alleen 2021-2022' }).click();
    await expect.poll(() => page.url()).toContain('vanaf=2021-09-01');
    expect(page.url()).toContain('tot=2022-08-31');
    await expect.poll(totalsText).toBe(await expectedTotals({ startFrom: '2021-09-01', startTo: '2022-08-31' }));
    expect(await summary.locator('tbody tr').count()).toBe(1);
  });

  it('sets the status of a range of selected lines in one step, and undoes it from the toast', async () => {
    const { page } = app;
    const filter: InventoryFilter = { type: ['network'] };
    await page.goto(tab(exampleId, '?type=network'));
    const lines = (await query(filter)).rows.slice(0, 3);
    expect(lines.every((line) => line.status === 'in-use')).toBe(true);
    const box = (row: number) => page.locator(`#inventory-grid [role="row"][aria-rowindex="${row + 2}"] input[type="checkbox"]`);
    await box(0).waitFor();
    await box(0).click();
    await box(2).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.inv-bulk__count').textContent()).toBe('3 lijnen geselecteerd.');
    expect(await page.locator('#inventory-grid [aria-selected="true"]').count()).toBe(3);

    await page.getByLabel('Wijzig', { exact: true }).selectOption('status');
    await page.getByLabel('Nieuwe waarde', { exact: true }).selectOption('repair');
    await page.getByRole('button', { name: 'Toepassen…' }).click();
    const dialog = page.getByRole('dialog', { name: '3 lijnen wijzigen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('De status van 3 lijnen wordt „In herstelling”.');
    await expectAccessible(page, 'bulk edit confirmation');
    await dialog.getByRole('button', { name: '3 lijnen wijzigen' }).click();
    await page.getByText('3 lijnen gewijzigd').waitFor();
    const statusOf = async () => {
      const rows = (await query(filter)).rows;
      return lines.map((line) => rows.find((row) => row.id === line.id)!.status);
    };
    expect(await statusOf()).toEqual(['repair', 'repair', 'repair']);
    await expect.poll(async () => (await cellTexts(page, 1))[10]).toBe('In herstelling');

    await page.locator('.toast', { hasText: '3 lijnen gewijzigd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('Wijziging ongedaan gemaakt').waitFor();
    expect(await statusOf()).toEqual(['in-use', 'in-use', 'in-use']);
    await expect.poll(async () => (await cellTexts(page, 1))[10]).toBe('In gebruik');
  });

  it('edits a line’s note with the keyboard only: Tab into the grid, arrow, Enter, type, Escape', async () => {
    const { page } = app;
    await page.goto(tab(exampleId, '?type=board'));
    const rows = (await query({ type: ['board'] })).rows;
    const second = rows[1]!;
    await page.locator('#inventory-grid [role="row"][aria-rowindex="3"]').waitFor();
    await page.locator('h1').focus();
    await tabToId(page, 'inventory-grid');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#inventory-grid').getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-rowindex')).toBe('3');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Toestel bewerken' });
    await dialog.waitFor();
    await expectAccessible(page, 'line editor');
    await page.screenshot({ path: join(screenshots, 'inventory-editor.png') });

    const noteId = `field-inventory-${second.id.replace(/[^a-zA-Z0-9]+/g, '-')}-note`;
    await tabToId(page, noteId, 40);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Scherm in lokaal B204, nieuwe muurbeugel');
    await page.keyboard.press('Tab');
    await waitForSaved(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the grid, where the user was.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inventory-grid');

    const saved = (await query({ type: ['board'] })).rows.find((line) => line.id === second.id)!;
    expect(saved.note).toBe('Scherm in lokaal B204, nieuwe muurbeugel');
    expect(saved).toEqual({ ...second, note: 'Scherm in lokaal B204, nieuwe muurbeugel' });
  });

  it('lands the no-inventory finding’s link on the import call-to-action of an empty inventory', async () => {
    const { page } = app;
    const planId = (await app.call('plans.create', { schoolName: 'Basisschool De Esdoorn', levels: ['basis'] })).id;
    const state = await app.call('plans.get', { planId });
    expect(state.findings.find((finding) => finding.ruleId === 'devices.no-inventory')?.field).toBe('inventory');
    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=inventory`);
    const cta = page.getByRole('link', { name: 'Inventaris importeren' });
    await cta.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-inventory');
    await expectAccessible(page, 'empty inventory');
    await cta.click();
    await expect.poll(() => page.url()).toContain('/toestellen/import');
  });
});
