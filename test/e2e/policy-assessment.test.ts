// The self-assessment screen: the example's radar and trends with axe, scoring one area of a new plan by keyboard
// only, the low score's goal suggestion landing on the goals tab, team counts with their mean, and Ctrl+Z.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, startApp, waitForSaved, type AppUnderTest } from './harness.ts';

/** Presses Tab until the focused element is a radio of the named group, as a keyboard user would. */
async function tabToRadioGroup(page: Page, name: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) === name) return;
  }
  throw new Error(`no radio group "${name}" within ${maxPresses} Tab presses`);
}

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);

describe('self-assessment of the ICT policy plan', () => {
  let app: AppUnderTest;
  let exampleId: string;
  let newPlanId: string;

  beforeAll(async () => {
    app = await startApp();
    // The screen opens on the current school year: pin "today" inside the term.
    await app.page.clock.setFixedTime(new Date('2026-11-23T21:30:00+01:00'));
    await app.page.goto(app.url);
    exampleId = (await app.call('plans.list', {}))[0]!.id;
    newPlanId = (await app.call('plans.create', { schoolName: 'Basisschool De Linde', levels: ['basis'] })).id;
  });

  afterAll(async () => {
    await app.stop();
  });

  const open = async (planId: string, query = '') => {
    await app.page.goto(`${app.origin}/#/plan/${planId}/beleidsplan/zelfevaluatie${query}`);
    await app.page.locator('[data-tab="assessment"]').waitFor();
  };

  it('shows the example on the current school year beside the previous one, in a chart with its numbers in a table', async () => {
    const { page } = app;
    await open(exampleId);
    expect(await page.getByRole('radio', { name: /2026-2027/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'De ICT-coördinator' }).isChecked()).toBe(true);

    const chart = page.getByRole('img', { name: /schooljaar 2026-2027 naast 2025-2026/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['Schooljaar 2026-2027', 'Schooljaar 2025-2026 (vorige meting)']),
    );
    // The hidden table: one row per area with both years; cybersecurity rose from 2,8 to 3,3.
    const rows = page.locator('.radar table tbody tr');
    expect(await rows.count()).toBe(9);
    expect(await rows.filter({ hasText: 'Cyberveiligheid' }).locator('td').allTextContents()).toEqual(['3,3', '2,8']);

    const cyber = page.locator('#field-assessment-cybersecurity');
    expect(await cyber.locator('.score-change').textContent()).toContain('2,8 → 3,3');
    expect(await cyber.locator('.score-change').textContent()).toContain('hoger dan in 2025-2026');
    expect(await cyber.getByRole('group', { name: 'Personeelsaccounts zijn met meervoudige authenticatie beveiligd.' }).getByRole('radio', { name: '4 Eerder wel' }).isChecked()).toBe(true);
    // Every area of the example has a goal or scores fine: no suggestion.
    expect(await page.locator('.notice--low').count()).toBe(0);
    await expectAccessible(page, 'self-assessment (example)');
  });

  it('puts the focus on the year choice when a finding links to the self-assessment', async () => {
    const { page } = app;
    await open(newPlanId, '?veld=assessment');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-assessment');
  });

  it('marks every area of a new plan as not scored instead of drawing a value', async () => {
    const { page } = app;
    await open(newPlanId);
    const chart = page.locator('.radar');
    expect(await chart.locator('svg text', { hasText: '(niet gescoord)' }).count()).toBe(9);
    expect(await chart.locator('svg circle').count()).toBe(1); // only the legend's sample
    expect(await chart.locator('table td').allTextContents()).toEqual(Array(18).fill('niet gescoord'));
    expect(await page.locator('.notice--low').count()).toBe(0);
  });

  it('scores an area with the keyboard only, saving every choice', async () => {
    const { page } = app;
    await page.locator('h2', { hasText: 'Zelfevaluatie' }).click();
    const group = (n: number) => `assessment-2026-2027-cybersecurity-${n}`;

    await tabToRadioGroup(page, group(1));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe('2');
    await tabToRadioGroup(page, group(2), 3);
    await page.keyboard.press('Space');
    await tabToRadioGroup(page, group(3), 3);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe('3');
    await tabToRadioGroup(page, group(4), 3);
    await page.keyboard.press('Space');
    await waitForSaved(page);

    await expect
      .poll(async () => (await app.call('plans.get', { planId: newPlanId })).plan.assessment.years['2026-2027'])
      .toEqual({
        'cybersecurity.1': [0, 1, 0, 0, 0],
        'cybersecurity.2': [1, 0, 0, 0, 0],
        'cybersecurity.3': [0, 0, 1, 0, 0],
        'cybersecurity.4': [1, 0, 0, 0, 0],
      });
    const cyber = page.locator('#field-assessment-cybersecurity');
    expect(await cyber.getByRole('radio', { name: '3 Deels' }).nth(2).isChecked()).toBe(true);
    expect(await page.locator('.radar table tbody tr', { hasText: 'Cyberveiligheid' }).locator('td').first().textContent()).toBe('1,8');
  });

  it('suggests a goal for the low area and creates it on the goals tab', async () => {
    const { page } = app;
    // The finding "low score without a goal" links to the area's block.
    await open(newPlanId, '?veld=assessment.cybersecurity');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-assessment-cybersecurity');
    const notice = page.locator('#field-assessment-cybersecurity .notice--low');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Laag gescoord: Cyberveiligheid (1,8). Een doel kan helpen.');
    expect(await page.locator('.notice--low').count()).toBe(1);
    await expectAccessible(page, 'self-assessment (low score)');

    await notice.getByRole('button', { name: 'Doel toevoegen voor Cyberveiligheid' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/plan\/[\w-]+\/beleidsplan\/doelen\?veld=goals\.[\w-]+\.title$/);
    const goalId = /veld=goals\.([\w-]+)\.title/.exec(page.url())![1];

    const { goals } = (await app.call('plans.get', { planId: newPlanId })).plan;
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      id: goalId,
      sectionId: 'cybersecurity',
      title: 'Verbeteren: Cyberveiligheid',
      unit: 'score',
      baseline: 1.8,
      targets: { '2027-2028': 2.3 },
    });

    await open(newPlanId);
    expect(await page.locator('.notice--low').count()).toBe(0);
  });

  it('takes team counts, shows their mean, and undoes them with Ctrl+Z', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Het team (aantallen per score)' }).check();
    const statement = page.getByRole('group', { name: 'De school heeft een gedeelde visie op de inzet van digitale leermiddelen.' });
    await statement.getByLabel('3 · Deels').waitFor();
    await expect.poll(async () => (await app.call('plans.get', { planId: newPlanId })).plan.assessment.mode).toBe('team');

    await statement.getByLabel('3 · Deels').fill('4');
    await statement.getByLabel('4 · Eerder wel').fill('2');
    await statement.getByLabel('4 · Eerder wel').press('Tab');
    await expect.poll(() => statement.locator('output').textContent()).toBe('gemiddeld 3,3, 6 antwoorden');
    await waitForSaved(page);
    await expect
      .poll(async () => (await app.call('plans.get', { planId: newPlanId })).plan.assessment.years['2026-2027']?.['vision.1'])
      .toEqual([0, 0, 4, 2, 0]);
    expect(await page.locator('#field-assessment-vision .score-change').textContent()).toContain('3,3');
    await expectAccessible(page, 'self-assessment (team)');

    await page.locator('h2', { hasText: 'Zelfevaluatie' }).click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await app.call('plans.get', { planId: newPlanId })).plan.assessment.years['2026-2027']?.['vision.1'])
      .toBeUndefined();
    await page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt' }).first().waitFor();
    await expect.poll(() => page.getByText('gemiddeld 3,3').count()).toBe(0);
    expect(await page.locator('#field-assessment-vision .score-change').textContent()).toBe('niet gescoord');
  });
});
