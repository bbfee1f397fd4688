// Preconditions B.1 and B.2 from an empty plan, the way a coordinator does it: the new-plan
// wizard, then every section of the ICT policy plan written, one measurable goal, one
// activity on digital didactics, all with mouse and keyboard, and an axe scan of every
// screen on the way. At the end the check shows nothing blocking for either step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanState } from '../../shared/contract.ts';
import { sectionIds } from '../../shared/policy/sections.ts';
import { nl } from '../../shared/i18n/nl.ts';
import { expectAccessible, startApp, tabTo, waitForSaved, type AppUnderTest } from './harness.ts';

const patient = { timeout: 15_000 };

describe('from an empty plan to B.1 and B.2 without blocking findings', () => {
  let app: AppUnderTest;
  let planId = '';

  const state = (): Promise<PlanState> => app.call('plans.get', { planId });
  const blocking = async (step: 'policy' | 'training') =>
    (await state()).findings.filter((f) => f.step === step && f.severity === 'blocking').map((f) => f.ruleId);
  const stepLink = (name: RegExp) =>
    app.page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name });

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('makes a new plan with the wizard', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Nieuw plan' }).click();
    await page.getByLabel('Naam van de school').fill('Atheneum Noord');
    await page.getByLabel('Instellingsnummer').fill('4321');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.locator('[data-screen="profile"]').waitFor();
    planId = (await app.call('plans.list', {})).find((plan) => plan.schoolName === 'Atheneum Noord')!.id;
    expect(await blocking('policy')).toContain('policy.section-empty');
    expect(await blocking('training')).toEqual(['training.no-didactics-activity']);
  });

  it('writes every section of the ICT policy plan', async () => {
    const { page } = app;
    await stepLink(/ICT-beleidsplan/).click();
    await page.locator('[data-screen="policy"]').waitFor();
    await expectAccessible(page, 'policy sections (empty plan)');
    const list = page.getByRole('navigation', { name: 'Secties van het plan' });
    for (const id of sectionIds) {
      const title = nl.sections[id].title;
      await list.getByRole('link', { name: new RegExp(title) }).click();
      const editor = page.getByRole('textbox', { name: `Toelichting bij ${title}` });
      await editor.click();
      await page.keyboard.type(`Onze aanpak voor ${title.toLowerCase()}: afspraken die het team kent en jaarlijks bijstuurt.`);
      if (id === 'cybersecurity') {
        await page.getByLabel('Contactpersoon bij een incident (een functie)').fill('ICT-coördinator');
        await page.getByLabel('Meervoudige authenticatie voor personeel').check();
      }
      await page.locator('h1').click();
      await waitForSaved(page);
      await expect.poll(() => list.getByRole('link', { name: new RegExp(title) }).textContent(), patient).toContain('Geschreven');
    }
    await expect.poll(() => list.getByText('10 van 10 secties geschreven').count(), patient).toBe(1);
    await expectAccessible(page, 'policy sections (written)');
    expect(await blocking('policy')).toEqual(['policy.no-goals']);
  });

  it('adds a measurable goal with the keyboard', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'ICT-beleidsplan' }).getByRole('link', { name: 'Doelen' }).click();
    await page.locator('[data-screen="policy-goals"]').waitFor();
    await expectAccessible(page, 'goals (empty)');
    await page.locator('h1').focus();
    await tabTo(page, 'Doel toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Doel toevoegen' }).waitFor();
    await page.keyboard.type('Elke vakgroep weet waar digitaal leerwinst brengt');
    await tabTo(page, 'Toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state()).plan.goals.length, patient).toBe(1);
    const goalId = (await state()).plan.goals[0]!.id;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), patient).toBe(`field-goals-${goalId}-indicator`);
    await page.keyboard.type('Aandeel vakgroepen met een digitale paragraaf');
    await page.locator(`#field-goals-${goalId}-baseline`).fill('20');
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).fill('60');
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await state()).plan.goals[0]?.targets['2026-2027'], patient).toBe(60);
    await expectAccessible(page, 'goals (one goal)');
    expect(await blocking('policy')).toEqual([]);
  });

  it('plans an activity on digital didactics', async () => {
    const { page } = app;
    await stepLink(/Professionalisering/).click();
    await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
    await page.getByRole('heading', { name: 'Vormingsactiviteiten' }).waitFor();
    await expectAccessible(page, 'training activities (empty)');
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe activiteit' });
    await dialog.waitFor();
    await page.keyboard.type('Lerend netwerk: differentiëren met digitale oefeningen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state()).plan.activities.length, patient).toBe(1);
    expect((await state()).plan.activities[0]).toMatchObject({ theme: 'didactics' });
    expect(await blocking('training')).toEqual([]);
  });

  it('shows nothing blocking for the policy plan and professional development in the check', async () => {
    const { page } = app;
    await stepLink(/Controle/).click();
    await page.locator('[data-screen="check"]').waitFor();
    await expectAccessible(page, 'check');
    for (const step of ['ICT-beleidsplan', 'Professionalisering']) {
      const section = page.getByRole('region', { name: step });
      if ((await section.count()) > 0) expect(await section.getByText('Blokkerend').count()).toBe(0);
    }
    const steps = (await state()).steps;
    expect(steps.find((s) => s.step === 'policy')?.blocking).toBe(0);
    expect(steps.find((s) => s.step === 'training')?.blocking).toBe(0);
  });
});
