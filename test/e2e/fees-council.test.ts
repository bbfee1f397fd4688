// The fees step's social corrections, school council and texts sub-pages in the browser: the example's settlement for 2026-2027 checked against settle(), a family example added with the keyboard and its bill, a council decision recorded through the form with its snapshot, a rent changed through the API showing up as a listed mismatch, a recorded decision's motivation corrected without touching its snapshot (also from a finding's link), the texts in Dutch and English with the copy button, and axe plus a screenshot on each screen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyBill, settle } from '../../shared/fees/settlement.ts';
import { formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import { expectAccessible, screenshots, startOnExample, waitForSaved, type AppUnderTest } from './harness.ts';

const YEAR = '2026-2027';

describe('fees: social corrections, school council and texts', () => {
  let app: AppUnderTest;
  let planId: string;
  const tab = (slug: string, query = '') => `${app.origin}/#/plan/${planId}/bijdragen/${slug}${query}`;
  const plan = async (): Promise<Plan> => (await app.call('plans.get', { planId })).plan;
  const activeId = () => app.page.evaluate(() => document.activeElement?.id ?? '');

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example’s settlement for 2026-2027 as settle() computes it', async () => {
    const { page } = app;
    await page.goto(tab('correcties'));
    await page.getByRole('heading', { name: 'Afrekening', level: 2 }).waitFor();
    await page.locator('#fees-settlement-year').selectOption(YEAR);

    const stored = await plan();
    const settlement = settle(stored.fees, stored.loan, stored.profile.pupils, stored.term);
    const year = settlement.years.find((entry) => entry.year === YEAR)!;
    expect(year.lines.length).toBe(4);
    const table = page.locator(`.settlement-table[data-year="${YEAR}"]`);
    await table.waitFor();
    const cell = (line: string, column: string) => table.locator(`tr[data-line="${line}"] [data-column="${column}"]`).textContent();
    for (const line of year.lines) {
      expect(await cell(line.lineId, 'users')).toBe(formatInteger(line.users));
      expect(await cell(line.lineId, 'annual')).toBe(formatMoney(line.annualCents));
      expect(await cell(line.lineId, 'gross')).toBe(formatMoney(line.gross));
      expect(await cell(line.lineId, 'corrections')).toBe(formatMoney(line.corrections));
      expect(await cell(line.lineId, 'net')).toBe(formatMoney(line.net));
    }
    // The example's figures by hand: 118 pupils at € 75 in the first laptop year, the cap a line of its own.
    expect(await cell('fee-rent-first', 'gross')).toBe(formatMoney(885_000));
    expect(year.familyCap).toBeGreaterThan(0);
    expect(await cell('family-cap', 'corrections')).toBe(formatMoney(year.familyCap));
    expect(await cell('recurring-total', 'net')).toBe(formatMoney(year.revenue));
    expect(await cell('deposits-total', 'net')).toBe(formatMoney(year.depositsHeld));
    const figure = (name: string) => page.locator(`.fees-figure[data-figure="${name}"] dd`).textContent();
    expect(await figure('revenue')).toBe(formatMoney(year.revenue));
    expect(await figure('corrections-cost')).toBe(formatMoney(year.correctionsCost));
    expect(await figure('deposits-held')).toBe(formatMoney(year.depositsHeld));
    expect(await page.locator('[data-term]').textContent()).toContain(formatMoney(settlement.term.revenue));
    expect(await page.getByRole('img', { name: 'Opbrengst en kosten van de correcties per schooljaar' }).count()).toBe(1);

    // Each example family's bill, with the sentence parents read beside each rule.
    for (const family of stored.fees.exampleFamilies) {
      const bill = familyBill(stored.fees, family, YEAR);
      expect(await page.locator(`[data-bill="${family.id}"] [data-figure="total"]`).textContent()).toBe(formatMoney(bill.total));
    }
    expect(await page.locator('[data-correction="corr-toeslag"] .correction__effect').textContent()).toContain(
      'Voor leerlingen met een schooltoeslag geldt een korting van 100\u00a0% op de jaarlijkse bijdragen.',
    );
    await page.getByText('Hoe rekenen we?').click();
    await page.getByText('Kortingen tellen niet op').waitFor();
    await expectAccessible(page, 'fees corrections');
    await page.screenshot({ path: join(screenshots, 'fees-corrections.png'), fullPage: true });
  });

  it('adds an example family with the keyboard and shows what it pays', async () => {
    const { page } = app;
    const before = (await plan()).fees.exampleFamilies.length;
    await page.getByRole('button', { name: 'Voorbeeldgezin toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(activeId).toBe(`field-fees-exampleFamilies-${before}-label`);
    await page.keyboard.type('Eén kind in het 4de jaar met kansenpas');
    await page.keyboard.press('Tab');
    expect(await activeId()).toBe(`field-fees-exampleFamilies-${before}-children-0-grade`);
    // The new child starts in the first year with a fee (3de jaar); one down is the 4de.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.nextElementSibling?.textContent)).toBe('Kansenpas');
    await page.keyboard.press('Space');
    await waitForSaved(page);

    await expect.poll(async () => (await plan()).fees.exampleFamilies[before]).toMatchObject({
      label: 'Eén kind in het 4de jaar met kansenpas',
      children: [{ grade: 's4', groups: ['kansenpas'] }],
    });
    const added = (await plan()).fees.exampleFamilies[before]!;
    // Rent € 50 and insurance € 15 in the 4de jaar, half off with the kansenpas: € 32,50, in two instalments.
    const bill = page.locator(`[data-bill="${added.id}"]`);
    await expect.poll(() => bill.locator('[data-figure="total"]').textContent()).toBe(formatMoney(3_250));
    expect(await bill.locator('[data-figure="instalments"]').textContent()).toBe(`In delen: Oktober ${formatMoney(1_625)} · Februari ${formatMoney(1_625)}`);
    expect(await bill.textContent()).toContain('Kansenpas Gent');
    await expectAccessible(page, 'fees corrections with a family open');
  });

  it('records a school council decision through the form, with the fee policy frozen beside it', async () => {
    const { page } = app;
    await page.goto(tab('schoolraad'));
    await page.getByRole('heading', { name: 'Beslissingen van de schoolraad' }).waitFor();
    // An added example family is no change to what parents pay: the decision still matches.
    expect(await page.locator('.decision-match').textContent()).toContain('De bijdragen zijn nog dezelfde als in de laatste beslissing (vergadering van 16/06/2026).');
    expect(await page.locator('[data-mismatch]').count()).toBe(0);
    await expectAccessible(page, 'fees council');
    await page.screenshot({ path: join(screenshots, 'fees-council.png'), fullPage: true });

    await page.locator('#field-decisions').click();
    await expect.poll(activeId).toBe('field-decisions-new-meetingDate');
    await page.locator('#field-decisions-new-meetingDate').fill('2026-11-20');
    await page.locator('#field-decisions-new-schoolYear').selectOption(YEAR);
    await page.locator('#field-decisions-new-outcome').selectOption('amended');
    // Presence comes over from the previous decision; the votes are typed.
    expect(await page.locator('#field-decisions-new-present-parents').inputValue()).toBe('4');
    await page.locator('#field-decisions-new-votes-for').fill('12');
    await page.locator('#field-decisions-new-votes-abstain').fill('1');
    await page.locator('#field-decisions-new-motivation').fill('Huur onder de kostprijs (€ 81,63) en de referentieprijs (€ 100); een kansenpasgezin betaalt de helft.');
    expect(await page.locator('.decision-support').textContent()).toContain('kostprijs per toestel per jaar');
    await expectAccessible(page, 'fees council decision form');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();

    await expect.poll(async () => (await plan()).decisions.length).toBe(3);
    const stored = await plan();
    const recorded = stored.decisions.find((decision) => decision.meetingDate === '2026-11-20')!;
    expect(recorded).toMatchObject({
      schoolYear: YEAR,
      outcome: 'amended',
      present: { parents: 4, staff: 4, community: 3, pupils: 2 },
      votes: { for: 12, against: 0, abstain: 1 },
    });
    expect(recorded.snapshot).toEqual({ fees: stored.fees, loanUsers: stored.loan.users });
    await expect.poll(activeId).toBe(`field-decisions-${recorded.id}`);
    const card = page.locator(`[data-decision="${recorded.id}"]`);
    expect(await card.textContent()).toContain('Goedgekeurd met wijzigingen');
    expect(await card.textContent()).toContain('Stemming: 12 voor, 0 tegen, 1 onthouding.');
  });

  it('lists a changed rent as a mismatch with the decision and prepares a new one', async () => {
    const { page } = app;
    const before = await plan();
    const lines = before.fees.lines.map((line) => (line.id === 'fee-rent-first' ? { ...line, amountCents: 8_000 } : line));
    await app.call('fees.update', { planId, patch: { lines } });

    // A change made outside this page: a reload reads the plan afresh.
    await page.goto(tab('schoolraad'));
    await page.reload();
    const mismatch = page.locator('[data-mismatch]');
    await mismatch.waitFor();
    expect(await mismatch.getByRole('heading').textContent()).toContain('De bijdragen zijn gewijzigd sinds de beslissing van 20/11/2026 (2026-2027)');
    expect(await mismatch.locator('li').allTextContents()).toEqual([`Bijdrage „Huur leerlingenlaptop, eerste laptopjaar”: bedrag ${formatMoney(7_500)} → ${formatMoney(8_000)}`]);
    // The finding says the same: it is not shown twice on this page.
    expect(await page.locator('.findings').count()).toBe(0);
    expect((await app.call('plans.get', { planId })).findings.map((finding) => finding.ruleId)).toContain('fees.decision-mismatch');
    await expectAccessible(page, 'fees council with a mismatch');
    await page.screenshot({ path: join(screenshots, 'fees-council-mismatch.png'), fullPage: true });

    await page.getByRole('button', { name: 'Nieuwe beslissing voorbereiden' }).click();
    await page.getByRole('heading', { name: 'Nieuwe beslissing' }).waitFor();
    expect(await page.locator('#field-decisions-new-schoolYear').inputValue()).toBe(YEAR);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(activeId).toBe('field-decisions');
  });

  it('corrects a decision’s motivation, from a finding’s link too, and never its snapshot', async () => {
    const { page } = app;
    const recorded = (await plan()).decisions.find((decision) => decision.meetingDate === '2026-11-20')!;
    await page.goto(`${app.origin}/#/plan/${planId}/bijdragen?veld=${encodeURIComponent(`decisions.${recorded.id}.motivation`)}`);
    await expect.poll(activeId).toBe(`field-decisions-${recorded.id}-motivation`);
    expect(page.url()).toContain('/bijdragen/schoolraad');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' De schoolraad vroeg een evaluatie na één jaar.');
    await page.locator(`#field-decisions-${recorded.id}-motivation`).blur();
    await waitForSaved(page);

    const after = (await plan()).decisions.find((decision) => decision.id === recorded.id)!;
    expect(after.motivation).toMatch(/De schoolraad vroeg een evaluatie na één jaar\.$/);
    expect(after.snapshot).toEqual(recorded.snapshot);
    expect(after.snapshot.fees.lines.find((line) => line.id === 'fee-rent-first')!.amountCents).toBe(7_500);
    expect(after.recordedAt).toBe(recorded.recordedAt);
  });

  it('shows the texts in Dutch and English and copies them as plain text', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.goto(tab('teksten'));
    const paper = page.locator('.generated-text__paper');
    await page.locator('#fees-text-year').selectOption(YEAR);
    await page.getByRole('heading', { name: `Bijdrageregeling digitale leermiddelen, schooljaar ${YEAR}` }).waitFor();
    expect(await paper.getAttribute('lang')).toBe('nl');
    const dutch = (await paper.textContent()) ?? '';
    for (const part of ['Commissie Zorgvuldig Bestuur', `${formatMoney(8_000)} per schooljaar`, `${formatMoney(6_000)} (eenmalig)`, 'Voorbeeldschool Campus Zuid']) expect(dutch).toContain(part);
    await expectAccessible(page, 'fees texts in Dutch');
    await page.screenshot({ path: join(screenshots, 'fees-texts.png'), fullPage: true });

    await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
    await page.getByText('De tekst is gekopieerd.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`Bijdrageregeling digitale leermiddelen, schooljaar ${YEAR}\n\n`)).toBe(true);
    expect(copied).toContain(`\n- Huur leerlingenlaptop, eerste laptopjaar (3de jaar): ${formatMoney(8_000)} per schooljaar\n`);

    await page.getByLabel('Engelse versie tonen (ter informatie)').check();
    await page.getByRole('heading', { name: `Contribution scheme for digital learning resources, school year ${YEAR}` }).waitFor();
    expect(await paper.getAttribute('lang')).toBe('en');
    expect(await paper.textContent()).toContain('Commissie Zorgvuldig Bestuur (Committee for Careful Governance)');
    expect(await page.locator('.generated-text__reference').textContent()).toContain('alleen ter informatie');

    await page.getByLabel('Samenvatting voor de schoolraad').check();
    await page.getByRole('heading', { name: /Proposal for digital learning resource fees/ }).waitFor();
    expect(await paper.textContent()).toContain('Decided on 20/11/2026: approved with amendments');
    await expectAccessible(page, 'fees texts in English');

    await page.getByLabel('Engelse versie tonen (ter informatie)').uncheck();
    await page.getByLabel('Brief aan de ouders').check();
    await page.getByText('Beste ouders,').waitFor();
    expect(await paper.textContent()).toContain('De directie van Voorbeeldschool Campus Zuid');
  });
});
