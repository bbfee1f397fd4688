// A newcomer's first run in the browser mode: open the example, edit the profile (and
// fail to save nonsense), undo and redo, make a new plan with the keyboard, delete and
// restore it, switch language, and an axe scan on every screen on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, startApp, tabTo, waitForSaved, type AppUnderTest } from './harness.ts';

describe('first run in the browser mode', () => {
  let app: AppUnderTest;
  let exampleId: string;

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    exampleId = (await app.call('plans.list', {}))[0]!.id;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('opens on the list of plans holding the example plan', async () => {
    const { page } = app;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Jouw plannen');
    await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldschool (voorbeeld)' }).count()).toBe(1);
    expect(await page.locator('.badge', { hasText: 'voorbeeld' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'plans');
  });

  it('opens the example plan on its overview with each step and its state', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Voorbeeldschool (voorbeeld)' }).click();
    await page.locator('[data-screen="overview"]').waitFor();
    expect(await page.locator('.walk__step').count()).toBe(9);
    expect(await page.locator('.notice--example').textContent()).toContain('voorbeeldplan');
    await expectAccessible(page, 'overview');
  });

  it('saves a profile edit and shows it as saved', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Schoolprofiel/ }).click();
    await page.locator('[data-screen="profile"]').waitFor();
    await expectAccessible(page, 'profile');
    const teaching = page.getByLabel('Onderwijzend personeel');
    expect(await teaching.inputValue()).toBe('86');
    await teaching.fill('90');
    await teaching.press('Tab');
    await waitForSaved(page);
    const state = await app.call('plans.get', { planId: exampleId });
    expect(state.plan.profile.staff.teaching).toBe(90);
  });

  it('keeps nonsense on screen with a Dutch message and stores nothing of it', async () => {
    const { page } = app;
    const number = page.getByLabel('Instellingsnummer');
    await number.fill('12ab');
    await number.press('Tab');
    const message = page.getByText('Een instellingsnummer bestaat uit hoogstens zes cijfers.');
    await message.waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await number.inputValue()).toBe('12ab');
    expect((await app.call('plans.get', { planId: exampleId })).plan.profile.institutionNumber).toBe('012345');
    await number.fill('12345');
    await number.press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await app.call('plans.get', { planId: exampleId })).plan.profile.institutionNumber).toBe('012345');
    expect(await number.getAttribute('aria-invalid')).toBeNull();
  });

  it('undoes and redoes the last edit with Ctrl+Z and Ctrl+Y', async () => {
    const { page } = app;
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('Onderwijzend personeel').inputValue()).toBe('86');
    expect((await app.call('plans.get', { planId: exampleId })).plan.profile.staff.teaching).toBe(86);
    await page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt' }).first().waitFor();
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByLabel('Onderwijzend personeel').inputValue()).toBe('90');
  });

  it('jumps from a finding to the field that fixes it', async () => {
    const { page } = app;
    await page.getByLabel('Onderwijzend personeel').fill('0');
    await page.getByLabel('Onderwijzend personeel').press('Tab');
    await waitForSaved(page);
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Controle/ }).click();
    await page.locator('[data-screen="check"]').waitFor();
    await expectAccessible(page, 'check');
    await page.getByRole('link', { name: /Naar het veld/ }).first().click();
    await page.locator('[data-screen="profile"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-staff-teaching');
  });

  it('makes a new plan with the keyboard only', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/`);
    await page.locator('[data-screen="plans"]').waitFor();
    await tabTo(page, 'Nieuw plan');
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="wizard"]').waitFor();
    await expectAccessible(page, 'wizard');
    await page.keyboard.type('Basisschool De Linde');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Welk onderwijs biedt de school aan?' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-level-basis');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.getByLabel('Hoort de school bij een groep?').waitFor();
    await tabTo(page, 'Plan maken');
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="profile"]').waitFor();
    const created = (await app.call('plans.list', {})).find((plan) => plan.schoolName === 'Basisschool De Linde');
    expect(created?.levels).toEqual(['basis']);
  });

  it('deletes a plan after confirmation and brings it back from the toast', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/`);
    await page.locator('[data-screen="plans"]').waitFor();
    await page.getByRole('group', { name: 'Acties voor Basisschool De Linde' }).getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Plan verwijderen?' }).waitFor();
    await expectAccessible(page, 'delete dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(async () => (await app.call('plans.list', {})).length).toBe(1);
    await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await app.call('plans.list', {})).length).toBe(2);
    await page.getByRole('link', { name: 'Basisschool De Linde' }).waitFor();
  });

  it('shows the group view', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Groepen' }).click();
    await page.locator('[data-screen="groups"]').waitFor();
    expect(await page.getByRole('heading', { name: 'Scholengemeenschap Voorbeeldregio' }).count()).toBe(1);
    await expectAccessible(page, 'groups');
  });

  it('switches to English and remembers it after a reload', async () => {
    const { page } = app;
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Groups' }).waitFor();
    await expect.poll(async () => (await app.call('settings.get', {})).language).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Groups' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(`${app.origin}/#/plan/${exampleId}/profiel`);
    await page.getByRole('heading', { name: 'School profile' }).waitFor();
    await expectAccessible(page, 'profile (English)');
  });
});
