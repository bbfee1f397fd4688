// The professional-development step in the browser: the example's tabs (axe, screenshots), and on a new plan the didactics obligation, an activity added with the keyboard (1,5 uur → 90 minuten), a DigCompEdu row, reach below the threshold, delete and undo.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshots, startApp, tabTo, waitForSaved, type AppUnderTest } from './harness.ts';

const didacticsMessage = 'Plan minstens één vormingsactiviteit rond de didactische inzet van digitale leermiddelen.';

/** Presses Tab until the element with this id has focus, as a keyboard user would. */
async function tabToId(page: Page, id: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`no focus on #${id} within ${maxPresses} Tab presses`);
}

describe('professional development step', () => {
  let app: AppUnderTest;
  let exampleId: string;
  let planId: string;
  const step = (id: string, rest = '') => `${app.origin}/#/plan/${id}/professionalisering${rest}`;
  const planState = () => app.call('plans.get', { planId });

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    await app.page.locator('[data-screen="plans"]').waitFor();
    exampleId = (await app.call('plans.list', {}))[0]!.id;
    planId = (await app.call('plans.create', { schoolName: 'Basisschool De Wilg', levels: ['basis'] })).id;
    await app.call('profile.update', { planId, patch: { staff: { teaching: 40, other: 6 } } });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example team’s DigCompEdu profile with means and a chart', async () => {
    const { page } = app;
    await page.goto(step(exampleId));
    await page.locator('[data-screen="training"]').waitFor();
    expect(page.url()).toContain('/professionalisering/profiel');
    await page.getByRole('heading', { name: 'DigCompEdu-profiel van het team' }).waitFor();
    expect(await page.locator('#digcomp-year').inputValue()).toBe('2026-2027');
    const assessmentRow = page.locator('#field-digcomp-assessment');
    expect(await assessmentRow.textContent()).toContain('gemiddeld B1 (2,6)');
    expect(await page.getByRole('textbox', { name: 'Evaluatie A1 Nieuwkomer' }).inputValue()).toBe('15');
    expect(await page.getByRole('img', { name: /Personeel per niveau en domein in 2026-2027/ }).count()).toBe(1);
    expect(await page.getByText('Elk domein telt 86 personeelsleden').count()).toBe(1);
    await expectAccessible(page, 'training profile');
    await page.screenshot({ path: join(screenshots, 'training-profile.png'), fullPage: true });
  });

  it('lists the example activities with Belgian dates and money, filtered by year and theme', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Vormingsactiviteiten' }).waitFor();
    const table = page.locator('.activity-table');
    expect(await table.locator('tbody tr').count()).toBe(7);
    const studiedag = table.locator('tr', { hasText: 'Pedagogische studiedag' });
    expect(await studiedag.textContent()).toContain('04/02/2026');
    expect(await studiedag.textContent()).toContain('€\u00a02.500,00');
    expect(await page.locator('.total').textContent()).toBe('7 activiteiten, 1.420 deelnemersuren, €\u00a07.850,00, 2 met keurmerk');
    await expectAccessible(page, 'training activities');
    await page.screenshot({ path: join(screenshots, 'training-activities.png'), fullPage: true });

    await page.getByLabel('Schooljaar').selectOption('2025-2026');
    await page.getByLabel('Thema').selectOption('didactics');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('.total').textContent()).toContain('2 activiteiten');
    await page.getByLabel('Thema').selectOption('');
    await page.getByLabel('Schooljaar').selectOption('');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(7);

    // Both filters changed in one go, before the screen renders again: neither is lost.
    await page.evaluate(() => {
      const choose = (id: string, value: string) => {
        const select = document.getElementById(id) as HTMLSelectElement;
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('activity-filter-year', '2025-2026');
      choose('activity-filter-theme', 'didactics');
    });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(page.url()).toContain('jaar=2025-2026');
    expect(page.url()).toContain('thema=didactics');
  });

  it('opens an example activity in its editor with the duration in hours', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Formatief evalueren met digitale oefenomgevingen' }).click();
    await page.getByRole('heading', { name: 'Formatief evalueren met digitale oefenomgevingen' }).waitFor();
    expect(await page.getByLabel('Uren per deelnemer').inputValue()).toBe('9');
    expect(await page.getByText('9 uur = 540 minuten').count()).toBe(1);
    expect(await page.getByLabel('Kosten').inputValue()).toBe('1.620,00');
    await expectAccessible(page, 'training activity editor');
    await page.screenshot({ path: join(screenshots, 'training-activity-editor.png'), fullPage: true });
  });

  it('shows the weakest areas and the themes of this school year in the training plan', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Vormingsplan', exact: true }).click();
    await page.getByRole('heading', { name: 'Zwakste domeinen in 2026-2027' }).waitFor();
    const weakest = page.locator('.weak-area');
    expect(await weakest.count()).toBe(2);
    expect(await weakest.first().textContent()).toContain('Evaluatie');
    expect(await weakest.first().getByRole('link', { name: 'Digitaal toetsen en evalueren: van quiz tot portfolio' }).count()).toBe(1);
    await expectAccessible(page, 'training plan');
    await page.screenshot({ path: join(screenshots, 'training-plan.png'), fullPage: true });
  });

  it('shows the blocking didactics finding on a new plan', async () => {
    const { page } = app;
    await page.goto(step(planId));
    await page.locator('[data-screen="training"]').waitFor();
    await page.getByText(didacticsMessage).waitFor();
    expect(await page.getByText(didacticsMessage).isVisible()).toBe(true);
    expect((await planState()).findings.map((f) => f.ruleId)).toContain('training.no-didactics-activity');
    await expectAccessible(page, 'training on a new plan');
  });

  it('adds a didactics activity with the keyboard and takes 1,5 uur as 90 minutes', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Vormingsactiviteiten' }).waitFor();
    await page.locator('h1').focus();
    await tabTo(page, 'Activiteit toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Nieuwe activiteit' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('text');
    await expectAccessible(page, 'add activity dialog');
    await page.keyboard.type('Studiedag digitale didactiek');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Studiedag digitale didactiek' }).waitFor();
    await tabToId(page, 'field-hours');
    await page.keyboard.type('1,5');
    await page.keyboard.press('Tab');
    await waitForSaved(page);
    await page.getByText('1,5 uur = 90 minuten').waitFor();

    const state = await planState();
    expect(state.plan.activities).toHaveLength(1);
    expect(state.plan.activities[0]).toMatchObject({ title: 'Studiedag digitale didactiek', theme: 'didactics', minutes: 90 });
    expect(state.findings.map((f) => f.ruleId)).not.toContain('training.no-didactics-activity');
    expect(await page.getByText(didacticsMessage).count()).toBe(0);
  });

  it('fills in a DigCompEdu row and shows its total and mean level', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'DigCompEdu-profiel', exact: true }).click();
    await page.getByRole('heading', { name: 'DigCompEdu-profiel van het team' }).waitFor();
    const year = await page.locator('#digcomp-year').inputValue();
    await page.getByRole('textbox', { name: 'Evaluatie A1 Nieuwkomer' }).focus();
    for (const n of ['3', '10', '12', '8', '2']) {
      await page.keyboard.type(n);
      await page.keyboard.press('Tab');
    }
    await waitForSaved(page);
    await expect
      .poll(async () => (await planState()).plan.training.digcomp[year as '2026-2027']?.assessment)
      .toEqual([3, 10, 12, 8, 2, 0]);
    const row = page.locator('#field-digcomp-assessment');
    await expect.poll(() => row.textContent()).toContain('gemiddeld B1 (2,9)');
    expect(await row.locator('.digcomp-grid__total').textContent()).toBe('35');
    expect((await planState()).plan.training.digcomp[year as '2026-2027']?.['digital-resources']).toBeUndefined();
  });

  it('leads from the weakest-area tip in the check to that row of the grid', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Controle/ }).click();
    await page.locator('[data-screen="check"]').waitFor();
    const tip = page.locator('.finding', { hasText: 'Het zwakste domein, „Evaluatie”' });
    await tip.getByRole('link', { name: /Naar het veld/ }).click();
    await page.locator('[data-screen="training"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('field-digcomp-assessment');
  });

  it('gives a tip in the check when fewer teachers were reached than the threshold', async () => {
    const { page } = app;
    await page.goto(step(planId, '/activiteiten'));
    const reached = page.getByLabel('Bereikte leraren in 2025-2026');
    await reached.fill('10');
    await reached.press('Tab');
    await waitForSaved(page);
    await page.getByText('Bereik: 25% van 40 leraren — onder de drempel van 60%').waitFor();
    expect((await planState()).plan.training.teachersReached['2025-2026']).toBe(10);

    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Controle/ }).click();
    await page.locator('[data-screen="check"]').waitFor();
    await page.getByText('In 2025-2026 nam 25 % van de leraren deel aan vorming rond digitale didactiek').waitFor();

    await page.goto(step(planId, '?veld=teachersReached.2025-2026'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-teachersReached-2025-2026');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await planState()).plan.training.teachersReached).toEqual({});
  });

  it('deletes an activity after confirmation and brings it back from the toast', async () => {
    const { page } = app;
    const before = (await planState()).plan.activities[0]!;
    await page.getByRole('button', { name: 'Activiteit „Studiedag digitale didactiek” verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activiteit verwijderen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(async () => (await planState()).plan.activities).toHaveLength(0);
    await page.getByText(didacticsMessage).waitFor();

    await page.locator('.toasts').getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    await expect.poll(async () => (await planState()).plan.activities).toEqual([before]);
    await page.locator('.activity-table').getByRole('link', { name: 'Studiedag digitale didactiek' }).waitFor();
    await page.getByText('Activiteit „Studiedag digitale didactiek” staat er weer.').waitFor();
  });
});
