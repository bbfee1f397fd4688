// The fees step's loan service and fee lines in the browser (issue 6's scenario): the example's loan service and its expected users, a coordinator raising the first rent above the reference price and seeing the block on the card and in the check, lowering it, recording a council decision, then changing a fee and seeing the mismatch; payment shares that must add up, the cost basis taken over from the devices, and a primary school's closed notice. Axe on every screen, screenshots kept.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFees } from '../../shared/example/fees.ts';
import { formatMoney } from '../../shared/money.ts';
import { expectAccessible, screenshots, startOnExample, waitForSaved, type AppUnderTest } from './harness.ts';

const FIRST_RENT = 'fee-rent-first';
const LATER_RENT = 'fee-rent-later';
const euro = (cents: number) => formatMoney(cents);

describe('fees: loan service, fee lines and the school council', () => {
  let app: AppUnderTest;
  let planId: string;
  const tab = (slug: string, query = '') => `${app.origin}/#/plan/${planId}/bijdragen/${slug}${query}`;
  const state = () => app.call('plans.get', { planId });
  const plan = async () => (await state()).plan;
  const ruleIds = async () => (await state()).findings.map((f) => f.ruleId);
  const activeId = () => app.page.evaluate(() => document.activeElement?.id ?? '');
  const card = (lineId: string) => app.page.locator(`article.fee-line[data-line="${lineId}"]`);

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example loan service with its rules, the purchase question and the expected users', async () => {
    const { page } = app;
    await page.goto(tab('uitleendienst'));
    await page.getByRole('heading', { name: 'Uitleendienst', level: 2 }).waitFor();
    expect(await page.getByLabel('De school heeft een uitleendienst').isChecked()).toBe(true);
    expect(await page.getByLabel('Ouders moeten een toestel via de school kopen').isChecked()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Wat zegt de Commissie Zorgvuldig Bestuur?' }).textContent()).toContain('niet verplichten');
    expect(await page.locator('#field-loan-onDamage').inputValue()).toContain('schadelijst');
    expect(await page.locator('#field-loan-users-s3').inputValue()).toBe('118');
    expect(await page.locator('.loan-users .total').textContent()).toContain('Samen 421 gebruikers');
    expect(await page.locator('[data-fees-closed]').count()).toBe(0);
    await expectAccessible(page, 'fees loan service');
    await page.screenshot({ path: join(screenshots, 'fees-loan.png'), fullPage: true });
  });

  it('fills the expected users from the profile, and undo puts them back', async () => {
    const { page } = app;
    const profile = (await plan()).profile;
    await page.getByRole('button', { name: 'Overnemen uit het profiel' }).click();
    await expect.poll(() => page.locator('#field-loan-users-s3').inputValue()).toBe(String(profile.pupils.s3));
    await waitForSaved(page);
    expect((await plan()).loan.users).toMatchObject({ s3: profile.pupils.s3, s7: profile.pupils.s7 });
    await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
    await expect.poll(async () => (await plan()).loan.users).toEqual({ s3: 118, s4: 108, s5: 92, s6: 86, s7: 17 });
    await expect.poll(() => page.locator('#field-loan-users-s3').inputValue()).toBe('118');
  });

  it('warns about an own device without specifications and lands the finding’s link on the field', async () => {
    const { page } = app;
    const specs = page.locator('#field-loan-minimumSpecs');
    const kept = await specs.inputValue();
    await specs.fill('');
    await specs.blur();
    await expect.poll(ruleIds).toContain('fees.own-device-without-specs');
    await page.getByText('1 aandachtspunt bij de uitleendienst').waitFor();

    await page.goto(`${app.origin}/#/plan/${planId}/bijdragen?veld=${encodeURIComponent('loan.minimumSpecs')}`);
    await expect.poll(activeId).toBe('field-loan-minimumSpecs');
    expect(page.url()).toContain('/bijdragen/uitleendienst');
    await page.keyboard.type(kept);
    await page.keyboard.press('Tab');
    await expect.poll(ruleIds).not.toContain('fees.own-device-without-specs');
  });

  it('shows each rent beside its cost basis, the reference price and the Rekenhof band', async () => {
    const { page } = app;
    await page.goto(tab('bijdragen'));
    await page.getByRole('heading', { name: 'Bijdragen van ouders' }).waitFor();
    const first = card(FIRST_RENT);
    await first.locator('.line-compare').getByText(euro(10_000)).first().waitFor();
    const compare = await first.locator('.line-compare').textContent();
    expect(compare).toContain(euro(7_500));
    expect(compare).toContain(euro(8_163));
    expect(compare).toContain('de huur blijft eronder');
    expect(compare).toContain('de huur valt erbinnen');
    expect(await first.getByRole('img', { name: /Voorgestelde huur € 75,00 per schooljaar; kostprijs € 81,63; referentieprijs € 100,00/ }).count()).toBe(1);
    expect(await card('fee-deposit').locator('.line-compare').textContent()).toContain('Restwaarde per toestel');
    expect(await page.locator('.council-status--ok').textContent()).toContain('goedgekeurd op 16/06/2026');
    expect(await page.getByTestId('maximum-rent-laptop').textContent()).toBe(euro(8_163));
    expect(await first.locator('#field-fees-lines-fee-rent-first-motivation').count()).toBe(0);
    await expectAccessible(page, 'fees lines');
    await page.screenshot({ path: join(screenshots, 'fees-lines.png'), fullPage: true });
  });

  it('lands finding links on the payment contact, the cost basis and a line’s choice of who pays', async () => {
    const { page } = app;
    const link = (field: string) => `${app.origin}/#/plan/${planId}/bijdragen?veld=${encodeURIComponent(field)}`;
    await page.goto(link('fees.payment.contact'));
    await expect.poll(activeId).toBe('field-fees-payment-contact');
    expect(page.url()).toContain('/bijdragen/bijdragen');
    await page.goto(link('fees.costBasis'));
    await expect.poll(activeId).toBe('field-fees-costBasis');
    await page.goto(link(`fees.lines.${FIRST_RENT}.appliesTo`));
    await expect.poll(activeId).toBe(`field-fees-lines-${FIRST_RENT}-appliesTo`);
    // The group holds the focus; the keyboard goes on to its first choice.
    await page.keyboard.press('Tab');
    expect(await activeId()).toBe(`field-fees-lines-${FIRST_RENT}-appliesTo-loan-service`);
  });

  it('blocks the first rent raised above the reference price, on its card and in the check', async () => {
    const { page } = app;
    const amount = page.locator(`#field-fees-lines-${FIRST_RENT}-amountCents`);
    expect(await amount.inputValue()).toBe('75,00');
    await amount.fill('120,00');
    await amount.blur();
    // The motivation field appears as soon as the amount is typed, before the save returns.
    await page.locator(`#field-fees-lines-${FIRST_RENT}-motivation`).waitFor();
    await waitForSaved(page);
    await expect.poll(ruleIds).toContain('fees.above-reference');
    expect((await plan()).fees.lines.find((line) => line.id === FIRST_RENT)!.amountCents).toBe(12_000);

    const first = card(FIRST_RENT);
    const message = '„Huur leerlingenlaptop, eerste laptopjaar” (€\u00a0120,00 per jaar) ligt boven de referentieprijs (€\u00a0100,00); verlaag het bedrag of motiveer het.';
    await first.locator('.fee-line__findings').getByText(message).waitFor();
    expect(await first.locator('.fee-line__findings').textContent()).toContain('ligt boven de kostprijs per toestel');
    expect(await first.locator('.line-compare').textContent()).toContain('het bedrag ligt hoger');
    expect(await page.locator('.council-status--changed').textContent()).toContain('„Huur leerlingenlaptop, eerste laptopjaar”');
    await expectAccessible(page, 'fees lines with a blocked rent');
    await first.screenshot({ path: join(screenshots, 'fees-line-blocked.png') });

    await page.goto(`${app.origin}/#/plan/${planId}/controle`);
    await page.locator('[data-screen="check"]').waitFor();
    const inCheck = page.locator('.finding', { hasText: message });
    expect(await inCheck.locator('.severity').textContent()).toBe('Blokkerend');
    expect(await page.locator('.readiness__verdict').textContent()).toBe('Nog niet klaar om in te dienen');
    await expectAccessible(page, 'check with a blocked rent');
    await inCheck.getByRole('link', { name: /Naar het veld/ }).click();
    await expect.poll(activeId).toBe(`field-fees-lines-${FIRST_RENT}-amountCents`);
    expect(page.url()).toContain('/bijdragen/bijdragen');
  });

  it('lowers the rent again: the block, the motivation field and the council warning go', async () => {
    const { page } = app;
    const amount = page.locator(`#field-fees-lines-${FIRST_RENT}-amountCents`);
    await amount.fill('75,00');
    await amount.blur();
    await waitForSaved(page);
    await expect.poll(ruleIds).not.toContain('fees.above-reference');
    expect((await ruleIds()).filter((id) => id.startsWith('fees.'))).toEqual([]);
    await expect.poll(() => page.locator(`#field-fees-lines-${FIRST_RENT}-motivation`).count()).toBe(0);
    await expect.poll(() => card(FIRST_RENT).locator('.fee-line__findings').count()).toBe(0);
    await page.locator('.council-status--ok').waitFor();
  });

  it('records a decision of the school council on the current fees', async () => {
    const { page } = app;
    await page.goto(tab('schoolraad'));
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.locator('#field-decisions-new-meetingDate').fill('2026-11-20');
    await page.locator('#field-decisions-new-votes-for').fill('10');
    await page.locator('#field-decisions-new-motivation').fill('De huur blijft onder de kostprijs per toestel en onder de referentieprijs; gezinnen met een schooltoeslag betalen niets.');
    await page.locator('#field-decisions-new-motivation').blur();
    await expectAccessible(page, 'council with a new decision');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect.poll(async () => (await plan()).decisions.length).toBe(3);
    const stored = await plan();
    const recorded = stored.decisions.find((decision) => decision.meetingDate === '2026-11-20')!;
    expect(recorded).toMatchObject({ schoolYear: '2026-2027', votes: { for: 10 } });
    expect(recorded.snapshot.fees).toEqual(stored.fees);
    expect(recorded.snapshot.fees.lines).toEqual(exampleFees().lines);
  });

  it('changes a fee after the decision and sees the mismatch warning where the fee is', async () => {
    const { page } = app;
    await page.goto(tab('bijdragen'));
    await page.locator('.council-status--ok').waitFor();
    expect(await page.locator('.council-status--ok').textContent()).toContain('op 20/11/2026');
    const amount = page.locator(`#field-fees-lines-${LATER_RENT}-amountCents`);
    await amount.fill('55');
    await amount.blur();
    await waitForSaved(page);
    await expect.poll(ruleIds).toContain('fees.decision-mismatch');
    const warning = page.locator('.council-status--changed');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('De bijdragen zijn gewijzigd sinds de beslissing van de schoolraad van 20/11/2026 (2026-2027)');
    expect(await warning.textContent()).toContain('Gewijzigd: „Huur leerlingenlaptop, volgende jaren”.');
    expect(await page.getByText('1 aandachtspunt bij de bijdragen').count()).toBe(1);
    expect(await amount.inputValue()).toBe('55,00');
    await expectAccessible(page, 'fees lines with a mismatch');
    await page.screenshot({ path: join(screenshots, 'fees-lines-mismatch.png'), fullPage: true });
    await warning.getByRole('link', { name: 'Naar de schoolraad' }).click();
    await expect.poll(() => page.url()).toContain('/bijdragen/schoolraad');
  });

  it('keeps payment shares that do not add up on screen, unsaved, until they do', async () => {
    const { page } = app;
    await page.goto(tab('bijdragen'));
    const first = page.locator('#field-fees-payment-moments-0-shareBasisPoints');
    const second = page.locator('#field-fees-payment-moments-1-shareBasisPoints');
    expect(await first.inputValue()).toBe('50');
    await first.fill('60');
    await first.blur();
    await page.getByText('Samen 110 %: de betaalmomenten moeten samen precies 100 % zijn.').waitFor();
    expect((await plan()).fees.payment.moments.map((moment) => moment.shareBasisPoints)).toEqual([5_000, 5_000]);
    expect(await first.inputValue()).toBe('60');
    await second.fill('40');
    await second.blur();
    await page.getByText('Samen 100 %', { exact: true }).waitFor();
    await waitForSaved(page);
    await expect.poll(async () => (await plan()).fees.payment.moments.map((moment) => moment.shareBasisPoints)).toEqual([6_000, 4_000]);
  });

  it('takes the cost basis over from the devices, and undo restores it', async () => {
    const { page } = app;
    const before = (await plan()).fees.costBasis[0]!;
    const basis = page.locator('.cost-basis__card[data-device-class="laptop"]');
    await basis.getByRole('button', { name: 'Overnemen' }).click();
    await page.getByText('Cijfers voor Laptop overgenomen uit de toestellen.').waitFor();
    await waitForSaved(page);
    const taken = (await plan()).fees.costBasis[0]!;
    // Repairs from the chosen contract option: 60 repairs per 1000 devices at € 90 = € 5,40 a year.
    expect(taken).toMatchObject({ repairsCentsPerYear: 540, insuranceCentsPerYear: 2_000, managementCentsPerYear: 2_500, residualCents: 6_000 });
    expect(taken.purchaseCents).not.toBe(before.purchaseCents);
    expect(await page.locator('#field-fees-costBasis-0-repairsCentsPerYear').inputValue()).toBe('5,40');
    await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
    await expect.poll(async () => (await plan()).fees.costBasis[0]).toEqual(before);
    await expect.poll(() => page.getByTestId('maximum-rent-laptop').textContent()).toBe(euro(8_163));
  });

  it('tells a primary school why it charges no device fees, with the maximumfactuur, and still records its loan rules', async () => {
    const { page } = app;
    const created = await app.call('plans.create', { schoolName: 'Basisschool De Linde', levels: ['basis'] });
    await page.goto(`${app.origin}/#/plan/${created.id}/bijdragen/uitleendienst`);
    const notice = page.locator('[data-fees-closed]');
    await notice.waitFor();
    expect(await notice.getByRole('heading').textContent()).toBe('Geen bijdragen voor toestellen: deze school heeft geen secundair onderwijs');
    expect(await notice.locator('table').textContent()).toContain('2023-2024');
    expect(await notice.locator('table').textContent()).toContain(euro(10_500));
    await page.getByLabel('De school heeft een uitleendienst').check();
    await page.getByLabel('6de leerjaar').check();
    await waitForSaved(page);
    expect((await app.call('plans.get', { planId: created.id })).plan.loan).toMatchObject({ offered: true, grades: ['l6'] });
    await expectAccessible(page, 'fees loan service of a primary school');
    await page.screenshot({ path: join(screenshots, 'fees-loan-primary.png'), fullPage: true });

    await page.goto(`${app.origin}/#/plan/${created.id}/bijdragen/bijdragen`);
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Bedragen aanpassen' }).click();
    const primary = page.locator('#field-fees-maximumInvoices-0-primaryCents');
    await primary.fill('110,00');
    await primary.blur();
    await waitForSaved(page);
    expect((await app.call('plans.get', { planId: created.id })).plan.fees.maximumInvoices[0]!.primaryCents).toBe(11_000);
    expect(await page.getByRole('button', { name: 'Bijdrage toevoegen' }).count()).toBe(0);
    await expectAccessible(page, 'fees lines of a primary school');
  });
});
