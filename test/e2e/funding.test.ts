// The funding step in the browser: the example's allocation per theme with the estimates marked, the chart and the spending plan (axe, screenshot); a spending line added with the keyboard only; theme 2 money pushed to individual pupil laptops in a school with primary blocks at the line's purpose, the finding's link lands there, the fix clears it and undo brings the change back; a funding-parameters file imported, a wrong one refused with its field named, the current parameters saved as a file and the import undone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money.ts';
import { expectAccessible, screenshots, startOnExample, tabTo, waitForSaved, type AppUnderTest } from './harness.ts';


describe('funding: allocation, chart and spending plan', () => {
  let app: AppUnderTest;
  let planId: string;
  const screen = (query = '') => `${app.origin}/#/plan/${planId}/financiering${query}`;
  const state = () => app.call('plans.get', { planId });
  const activeId = () => app.page.evaluate(() => document.activeElement?.id ?? '');
  const card = (lineId: string) => app.page.locator(`article.funding__line[data-line="${lineId}"]`);

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example’s allocation per theme with the estimates marked, the chart and the spending plan', async () => {
    const { page } = app;
    await page.goto(screen());
    await page.getByRole('heading', { name: 'Toewijzing per thema', level: 2 }).waitFor();
    const theme1 = page.locator('#field-funding-themes-1').locator('xpath=..');
    expect(await theme1.textContent()).toContain(formatMoney(86 * 62_800));
    expect(await theme1.textContent()).toContain('uit de conceptnota');
    expect(await page.locator('.funding__allocation .estimate-flag').count()).toBe(3);
    expect(await page.getByRole('img', { name: /Staafdiagram per thema/ }).count()).toBe(1);
    expect(await page.locator('article.funding__line').count()).toBe((await state()).plan.funding.spending.length);
    expect(await card('spend-loan-laptops').getByRole('link', { name: /Leerlingenlaptops uitleendienst 2026/ }).count()).toBe(1);
    await expectAccessible(page, 'funding');
    await page.screenshot({ path: join(screenshots, 'funding.png'), fullPage: true });
  });

  it('adds a spending line with the keyboard only', async () => {
    const { page } = app;
    const before = (await state()).plan.funding.spending.length;
    await page.goto(screen());
    await page.getByRole('heading', { name: 'Bestedingsplan', level: 2 }).waitFor();
    await tabTo(page, 'Besteding toevoegen', 120);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe besteding' });
    await dialog.waitFor();
    await expect.poll(activeId).toBe('spending-new-description');
    await page.keyboard.type('Projectoren in de labo’s');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(activeId).toBe('spending-new-purpose');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4.500');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state()).plan.funding.spending.length).toBe(before + 1);
    const added = (await state()).plan.funding.spending.at(-1)!;
    expect(added).toMatchObject({ description: 'Projectoren in de labo’s', theme: '3', schoolYear: '2026-2027', plannedCents: 450_000 });
    await page.locator(`article.funding__line[data-line="${added.id}"]`).waitFor();
  });

  it('blocks theme 2 money for individual pupil laptops at the line, lands on it from the finding, clears on the fix and comes back on undo', async () => {
    const { page } = app;
    const profile = (await state()).plan.profile;
    await app.call('profile.update', { planId, patch: { levels: ['basis', 'secundair'], pupils: { ...profile.pupils, l1: 60, l2: 58, l3: 61, l4: 55, l5: 57, l6: 59 } } });
    await page.goto(screen());
    const carts = card('spend-carts');
    await carts.waitFor();
    await carts.getByLabel('Thema', { exact: true }).selectOption('2');
    await waitForSaved(page);
    await carts.getByLabel('Waarvoor').selectOption('pupil-devices');
    await waitForSaved(page);
    const field = 'funding.spending.spend-carts.purpose';
    await expect.poll(async () => (await state()).findings.find((f) => f.field === field)?.ruleId).toBe('funding.theme2-individual-devices');
    await expect.poll(() => carts.locator('.finding--blocking').count()).toBe(1);
    expect(await carts.locator('.finding--blocking').textContent()).toContain('individuele toestellen voor leerlingen uit thema 2');
    await expectAccessible(page, 'funding with a blocking finding');

    await page.goto(`${app.origin}/#/plan/${planId}/overzicht`);
    await page.goto(screen(`?veld=${encodeURIComponent(field)}`));
    await expect.poll(activeId).toBe('field-funding-spending-spend-carts-purpose');

    await carts.getByLabel('Waarvoor').selectOption('shared-devices');
    await waitForSaved(page);
    await expect.poll(async () => (await state()).findings.some((f) => f.field === field)).toBe(false);
    await expect.poll(() => carts.locator('.finding--blocking').count()).toBe(0);

    await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
    await expect.poll(async () => (await state()).plan.funding.spending.find((l) => l.id === 'spend-carts')?.purpose).toBe('pupil-devices');
    await expect.poll(() => carts.getByLabel('Waarvoor').inputValue()).toBe('pupil-devices');
  });

  it('imports a newer parameters file over the themes it names, refuses a wrong one with the field named, saves the current ones and undoes the import from the toast', async () => {
    const { page } = app;
    await page.goto(screen());
    await page.getByRole('heading', { name: 'Bedragen per thema en hun bron', level: 2 }).waitFor();
    const before = (await state()).plan.funding.parameters;
    const fileInput = page.locator('input[type="file"][accept*=".json"]');
    const theme2 = { centsPerUnit: 16_120, estimate: false, source: 'Kenniscentrum Digisprong, verdeelsleutel 2026', date: '2026-09-01' };

    await fileInput.setInputFiles({
      name: 'fout.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'digiplan-funding-parameters', version: 1, parameters: { '2': { ...theme2, date: '2026-13-01' } } })),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Het parameterbestand bevat fouten' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('parameters.2.date');
    expect((await state()).plan.funding.parameters).toEqual(before);
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).not.toBe('error');
    await expectAccessible(page, 'funding parameters refused');

    await fileInput.setInputFiles({
      name: 'verdeelsleutel-2026.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'digiplan-funding-parameters', version: 1, parameters: { '2': theme2 } })),
    });
    const toast = page.getByRole('status').filter({ hasText: 'Parameters van 1 thema geïmporteerd: Thema 2.' });
    await toast.waitFor();
    expect(await alert.count()).toBe(0);
    await expect.poll(async () => (await state()).plan.funding.parameters['2']).toEqual(theme2);
    await expect.poll(() => page.locator('#field-funding-parameters-2-source').inputValue()).toBe(theme2.source);
    expect(await page.locator('.funding__allocation .estimate-flag').count()).toBe(2);

    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Parameters bewaren als bestand' }).click()]);
    expect(saved.suggestedFilename()).toBe('financiering-parameters.json');
    const savedText = readFileSync(await saved.path(), 'utf8');
    expect(JSON.parse(savedText)).toEqual({ format: 'digiplan-funding-parameters', version: 1, parameters: { ...before, '2': theme2 } });

    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await state()).plan.funding.parameters).toEqual(before);
    await expect.poll(() => page.locator('.funding__allocation .estimate-flag').count()).toBe(3);
  });
});
