// The devices step's lifecycle, contract comparison and sustainability sub-pages in the browser: the example plan's screens (axe, screenshots), a finding's link to the calendar and to a comparison's motivation, a measure that postpones devices in the calendar, a purchase price typed the Belgian way updating the results, a new choice with its motivation clearing the finding, a new comparison from the dialog, and the recycling partner.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replacementCalendar } from '../../shared/devices/lifecycle.ts';
import { formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import { schoolYearOf, schoolYears } from '../../shared/plan/term.ts';
import { expectAccessible, screenshots, startOnExample, waitForSaved, type AppUnderTest } from './harness.ts';

const TCO = 'tco-2026-laptops';

/** Today as the browser sees it: the calendar starts in this school year. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('devices: lifecycle, contract comparison and sustainability', () => {
  let app: AppUnderTest;
  let planId: string;
  const tab = (slug: string, query = '') => `${app.origin}/#/plan/${planId}/toestellen/${slug}${query}`;
  const plan = async () => (await app.call('plans.get', { planId })).plan;
  const ruleIds = async () => (await app.call('plans.get', { planId })).findings.map((f) => f.ruleId);
  const activeId = () => app.page.evaluate(() => document.activeElement?.id ?? '');

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example fleet’s ages and its replacement calendar beside the money available', async () => {
    const { page } = app;
    await page.goto(tab('levenscyclus'));
    await page.getByRole('heading', { name: 'Vervangingskalender' }).waitFor();
    expect(await page.getByRole('img', { name: 'Toestellen in gebruik naar leeftijd en soort' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Nodig voor vervanging en beschikbaar geld per schooljaar' }).count()).toBe(1);

    const stored = await plan();
    const calendar = replacementCalendar(stored.fleet, stored.devices, schoolYearOf(todayIso()));
    const rows = page.locator('.calendar-table tbody tr');
    expect(await rows.count()).toBe(8);
    for (const year of calendar) {
      const row = page.locator(`.calendar-table tr[data-year="${year.schoolYear}"]`);
      expect(await row.locator('[data-column="quantity"]').textContent()).toBe(formatInteger(year.quantity));
      expect(await row.textContent()).toContain(formatMoney(year.costCents));
      if (year.availableCents !== null && year.costCents > year.availableCents) {
        expect(await row.textContent()).toContain(`Tekort van ${formatMoney(year.costCents - year.availableCents)}`);
      }
    }
    // The example's term years carry the money the school typed in, as a Belgian amount.
    expect(await page.locator('#field-availableFundingCents-2026-2027').inputValue()).toBe('120.000,00');
    expect(await page.getByText('Zolang de stap Financiering er niet is').count()).toBe(1);
    await expectAccessible(page, 'devices lifecycle');
    await page.screenshot({ path: join(screenshots, 'devices-lifecycle.png'), fullPage: true });
  });

  it('lands a finding’s link on the calendar heading and on a year’s money field', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=lifecycle`);
    await page.getByRole('heading', { name: 'Vervangingskalender' }).waitFor();
    expect(page.url()).toContain('/toestellen/levenscyclus');
    await expect.poll(activeId).toBe('field-lifecycle');

    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=${encodeURIComponent('availableFundingCents.2027-2028')}`);
    await expect.poll(activeId).toBe('field-availableFundingCents-2027-2028');
  });

  it('adds a lifetime-extension measure and the calendar postpones its devices', async () => {
    const { page } = app;
    await page.goto(tab('levenscyclus'));
    await page.getByRole('heading', { name: 'Vervangingskalender' }).waitFor();
    const before = await plan();
    const from = schoolYearOf(todayIso());
    const calendar = replacementCalendar(before.fleet, before.devices, from);
    // The first year of the term, from this one on, with devices still due after the example's measures.
    const year = calendar.find((entry) => (schoolYears as readonly string[]).includes(entry.schoolYear) && entry.quantity >= 20);
    expect(year, 'a term year with devices due').toBeDefined();
    const index = calendar.indexOf(year!);
    const target = calendar[index + 2]!;
    const postponedCell = (schoolYear: string) => page.locator(`.calendar-table tr[data-year="${schoolYear}"] [data-column="postponed"]`);
    const quantityCell = (schoolYear: string) => page.locator(`.calendar-table tr[data-year="${schoolYear}"] [data-column="quantity"]`);
    expect(await postponedCell(year!.schoolYear).textContent()).toBe(String(year!.postponed));

    const n = before.devices.measures.length;
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect.poll(activeId).toBe(`field-measures-${n}-description`);
    await page.keyboard.type('Schermen van twintig laptops herstellen');
    await page.locator(`#field-measures-${n}-kind`).selectOption('repair');
    await page.locator(`#field-measures-${n}-devices`).fill('20');
    await page.locator(`#field-measures-${n}-yearsAdded`).fill('2');
    await page.locator(`#field-measures-${n}-year`).selectOption(year!.schoolYear);
    await page.locator(`#field-measures-${n}-costCents`).fill('1.450,00');
    await page.locator(`#field-measures-${n}-costCents`).blur();
    await waitForSaved(page);

    await expect.poll(() => postponedCell(year!.schoolYear).textContent()).toBe(String(year!.postponed + 20));
    expect(await quantityCell(year!.schoolYear).textContent()).toBe(formatInteger(year!.quantity - 20));
    expect(await quantityCell(target.schoolYear).textContent()).toBe(formatInteger(target.quantity + 20));
    const effect = page.locator(`li.measure:nth-child(${n + 1}) .measure__effect`);
    expect(await effect.textContent()).toContain(`Stelt de vervanging van 20 toestellen uit van ${year!.schoolYear} naar ${target.schoolYear}.`);
    const saved = (await plan()).devices.measures[n];
    expect(saved).toMatchObject({ kind: 'repair', description: 'Schermen van twintig laptops herstellen', devices: 20, yearsAdded: 2, year: year!.schoolYear, costCents: 145_000 });
  });

  it('lists the example comparison and opens it with its results, chart and choice', async () => {
    const { page } = app;
    await page.goto(tab('vergelijking'));
    await page.getByRole('heading', { name: 'Contractvergelijkingen' }).waitFor();
    const row = page.locator('.tco-list tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('€\u00a0158,07 per toestel per jaar');
    await expectAccessible(page, 'devices comparison list');

    await page.getByRole('link', { name: /Leerlingenlaptops uitleendienst 2026/ }).click();
    await page.getByRole('heading', { name: 'Wat kost elke optie?' }).waitFor();
    expect(page.url()).toContain(`/toestellen/vergelijking/${TCO}`);
    const perYear = page.locator('tr[data-row="per-device-per-year"]');
    expect(await perYear.locator('td[data-option="opt-minlife"]').textContent()).toBe('€\u00a0158,07');
    expect(await page.locator('.tco-results thead').textContent()).toMatch(/Contract met minimale levensduur van 6 jaar\s*goedkoopst\s*gekozen/);
    expect(await page.getByRole('img', { name: /Kost per toestel per jaar/ }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: /Contract met minimale levensduur/ }).isChecked()).toBe(true);
    await expectAccessible(page, 'devices comparison editor');
    await page.screenshot({ path: join(screenshots, 'devices-comparison.png'), fullPage: true });
  });

  it('takes a purchase price typed the Belgian way and updates the results', async () => {
    const { page } = app;
    const price = page.locator(`#field-tcos-${TCO}-options-0-purchaseCents`);
    expect(await price.inputValue()).toBe('575,00');
    await price.fill('1.025,50');
    await price.blur();
    // (1.025,50 − 40) over 4 of 4 years + 43,20 repairs + 80 insurance + 100 management + 24 energy + 5 recycling = 1.237,70; per year 309,425 → 309,43.
    const perYear = page.locator('tr[data-row="per-device-per-year"] td[data-option="opt-buy"]');
    await expect.poll(() => perYear.textContent()).toBe('€\u00a0309,43');
    expect(await page.locator('tr[data-row="fleet-total"] td[data-option="opt-buy"]').textContent()).toBe('€\u00a0185.655,00');
    await waitForSaved(page);
    expect((await plan()).tcos[0]!.options[0]!.purchaseCents).toBe(102_550);
    expect(await price.inputValue()).toBe('1.025,50');
  });

  it('asks for a choice and a motivation, and is satisfied by another option with its reason', async () => {
    const { page } = app;
    const motivation = page.locator(`#field-tcos-${TCO}-motivation`);
    await motivation.fill('');
    await motivation.blur();
    await expect.poll(ruleIds).toContain('devices.comparison-without-choice');
    await page.getByText('Kies een optie en zeg waarom').waitFor();

    await page.getByRole('radio', { name: /Operationele lease/ }).check();
    await motivation.fill('Herstellingen en vervangtoestellen zitten in de lease; de uitleendienst heeft geen technicus.');
    await motivation.blur();
    await expect.poll(ruleIds).not.toContain('devices.comparison-without-choice');
    const saved = (await plan()).tcos[0]!;
    expect(saved.chosenOptionId).toBe('opt-lease');
    expect(saved.motivation).toContain('geen technicus');
    await expect.poll(() => page.locator('.tco-results thead th', { hasText: 'gekozen' }).textContent()).toContain('Operationele lease');
    await expect.poll(() => page.getByText('Kies een optie en zeg waarom').count()).toBe(0);
  });

  it('sends a finding’s link to the comparison that holds the motivation', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/toestellen?veld=${encodeURIComponent(`tcos.${TCO}.motivation`)}`);
    await page.getByRole('heading', { name: 'Keuze en motivering' }).waitFor();
    expect(page.url()).toContain(`/vergelijking/${TCO}`);
    await expect.poll(activeId).toBe(`field-tcos-${TCO}-motivation`);
  });

  it('makes a new comparison from the dialog with the contract forms ticked', async () => {
    const { page } = app;
    await page.goto(tab('vergelijking', `?veld=tcos`));
    await expect.poll(activeId).toBe('field-tcos');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe vergelijking' });
    await dialog.waitFor();
    await dialog.getByLabel('Wat vergelijk je?').fill('Leerkrachtenlaptops 2027');
    await dialog.getByLabel('Aantal toestellen').fill('30');
    await dialog.getByLabel('Refurbished').check();
    await expectAccessible(page, 'new comparison dialog');
    await dialog.getByRole('button', { name: 'Vergelijking maken' }).click();
    await page.getByRole('heading', { name: 'Leerkrachtenlaptops 2027' }).waitFor();
    const created = (await plan()).tcos.find((tco) => tco.title === 'Leerkrachtenlaptops 2027')!;
    expect(created).toMatchObject({ quantity: 30, years: 4, chosenOptionId: null });
    expect(created.options.map((option) => option.kind)).toEqual(['buy', 'lease', 'refurbished']);
    expect(page.url()).toContain(`/vergelijking/${created.id}`);
    expect(await page.locator('.tco-results__summary').textContent()).toContain('is het goedkoopst');
    expect(await ruleIds()).toContain('devices.comparison-without-choice');
  });

  it('shows the sustainability figures and keeps the recycling partner', async () => {
    const { page } = app;
    await page.goto(tab('duurzaamheid'));
    await page.getByRole('heading', { name: 'De vloot in cijfers' }).waitFor();
    expect(await page.getByRole('img', { name: 'Toestellen naar bestemming' }).count()).toBe(1);
    expect(await page.locator('.figures').textContent()).toContain('toestellen kregen een tweede leven');
    await expectAccessible(page, 'devices sustainability');
    await page.screenshot({ path: join(screenshots, 'devices-sustainability.png'), fullPage: true });

    const partner = page.locator('#field-recyclingPartner');
    expect(await partner.inputValue()).toBe('Recupel via de scholengemeenschap');
    await partner.fill('');
    await partner.blur();
    await expect.poll(ruleIds).toContain('devices.no-recycling-partner');
    await partner.fill('Sociale werkplaats De Kringloop');
    await partner.blur();
    await expect.poll(ruleIds).not.toContain('devices.no-recycling-partner');
    await page.getByLabel('We bewaren het attest van recyclage').uncheck();
    await expect.poll(async () => (await plan()).devices.recyclingCertificate).toBe(false);
    expect((await plan()).devices.recyclingPartner).toBe('Sociale werkplaats De Kringloop');
  });
});
