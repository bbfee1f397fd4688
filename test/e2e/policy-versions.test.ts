// Versions of the example plan in the browser: the tab with axe, freezing a version, two edits, a comparison showing exactly those two, and restoring the version as a new plan.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, startApp, waitForSaved, type AppUnderTest } from './harness.ts';

const LABEL = 'Voor de schoolraad van december';
const NEW_TITLE = 'MFA voor alle personeelsaccounts';
/** Screenshots of the compare view land here, for a person to look at. */
const shotDir = join(import.meta.dirname, '../../test-results/e2e');

describe('versions of the policy plan', () => {
  let app: AppUnderTest;
  let planId: string;
  let versionsUrl: string;

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    planId = (await app.call('plans.list', {}))[0]!.id;
    versionsUrl = `${app.origin}/#/plan/${planId}/beleidsplan/versies`;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('lists the example versions with their date and compares the latest with the draft', async () => {
    const { page } = app;
    await page.goto(versionsUrl);
    await page.getByRole('heading', { level: 2, name: 'Versies' }).waitFor();
    const rows = page.locator('.versions__list tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).toBe('Na de evaluatie van 2025-2026');
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('25/06/2026 18:00');
    expect(await page.getByLabel('Van', { exact: true }).inputValue()).toBe('version-2026-06');
    expect(await page.getByLabel('Naar', { exact: true }).inputValue()).toBe('current');
    await page.locator('[data-testid="version-diff"]').waitFor();
    await expectAccessible(page, 'versions tab');
  });

  it('refuses an empty label without sending it, then freezes a version', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    const label = page.getByLabel('Naam van de versie');
    await expect.poll(() => label.getAttribute('aria-invalid')).toBe('true');
    expect(await app.call('versions.list', { planId })).toHaveLength(2);

    await label.fill(LABEL);
    await label.press('Enter');
    await page.getByRole('status').getByText(`Versie “${LABEL}” vastgelegd.`).waitFor();
    await expect.poll(() => page.locator('.versions__list tbody tr').first().locator('th').textContent()).toBe(LABEL);
    expect(await label.inputValue()).toBe('');
    const versions = await app.call('versions.list', { planId });
    expect(versions.map((v) => v.label)).toEqual([LABEL, 'Na de evaluatie van 2025-2026', 'Eerste versie, voorgelegd aan de schoolraad']);
    await expect.poll(() => page.getByLabel('Van', { exact: true }).inputValue()).toBe(versions[0]!.id);
    await page.getByText('Geen verschillen.').waitFor();
  });

  it('shows exactly a changed checklist item and a changed goal title when comparing the version with the draft', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan/sectie/cybersecurity`);
    const mfa = page.getByLabel('Meervoudige authenticatie voor personeel');
    await mfa.waitFor();
    expect(await mfa.isChecked()).toBe(true);
    await mfa.uncheck();
    await waitForSaved(page);

    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan?veld=${encodeURIComponent('goals.goal-mfa.title')}`);
    const title = page.locator('#field-goals-goal-mfa-title');
    await title.waitFor();
    await title.fill(NEW_TITLE);
    await title.press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await app.call('plans.get', { planId })).plan.goals.find((g) => g.id === 'goal-mfa')?.title).toBe(NEW_TITLE);
    expect((await app.call('plans.get', { planId })).plan.sections.cybersecurity.checklist.mfa).toBe(false);

    await page.getByRole('navigation', { name: 'ICT-beleidsplan' }).getByRole('link', { name: 'Versies' }).click();
    const diff = page.locator('[data-testid="version-diff"]');
    await diff.waitFor();
    await page.getByText('2 verschillen', { exact: true }).waitFor();
    const changed = diff.locator('tbody tr.diff__row');
    expect(await changed.count()).toBe(2);
    expect(await changed.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-path')))).toEqual([
      'sections.cybersecurity.checklist.mfa',
      'goals.goal-mfa.title',
    ]);
    const cells = async (index: number) =>
      changed.nth(index).evaluate((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(await cells(0)).toEqual(['Cyberveiligheid: Meervoudige authenticatie voor personeel', '~ gewijzigd', 'ja', 'nee']);
    expect(await cells(1)).toEqual([`${NEW_TITLE}: Titel`, '~ gewijzigd', 'Alle personeelsaccounts beveiligd met meervoudige authenticatie', NEW_TITLE]);
    expect(await diff.locator('tr.diff__item').textContent()).toBe(NEW_TITLE);
    expect(await page.getByRole('columnheader', { name: `Van: ${LABEL}` }).count()).toBe(2);

    // The same two through the API, so the screen shows what the handler says and nothing else.
    const versions = await app.call('versions.list', { planId });
    const entries = await app.call('versions.diff', { planId, from: versions[0]!.id, to: 'current' });
    expect(entries.map((e) => e.path)).toEqual(['sections.cybersecurity.checklist.mfa', 'goals.goal-mfa.title']);

    await expectAccessible(page, 'versions compare');
    mkdirSync(shotDir, { recursive: true });
    await page.locator('.versions__compare').screenshot({ path: join(shotDir, 'versions-compare.png') });
  });

  it('compares two frozen versions chosen in the selects', async () => {
    const { page } = app;
    await page.getByLabel('Van', { exact: true }).selectOption('version-2025-06');
    await page.getByLabel('Naar', { exact: true }).selectOption('version-2026-06');
    const diff = page.locator('[data-testid="version-diff"]');
    await expect.poll(() => diff.locator('tr[data-path="sections.dataProtection.checklist.rightToDisconnect"]').count()).toBe(1);
    expect(await diff.locator('tr[data-path="goals.goal-disconnect."]').innerText()).toContain('toegevoegd');
    expect(await page.getByRole('columnheader', { name: 'Naar: Na de evaluatie van 2025-2026' }).count()).toBeGreaterThan(0);
  });

  it('restores the frozen version as a new plan, found in the plans list with the frozen content', async () => {
    const { page } = app;
    const row = page.locator('.versions__list tbody tr').filter({ hasText: LABEL });
    await row.getByRole('button', { name: 'Herstellen als nieuw plan' }).click();
    const name = `Voorbeeldschool (voorbeeld) (${LABEL})`;
    const toast = page.getByRole('status');
    await toast.getByText(`De versie staat nu als nieuw plan “${name}” in de lijst.`).waitFor();

    const restored = (await app.call('plans.list', {})).find((plan) => plan.name === name);
    expect(restored).toMatchObject({ isExample: false });
    const content = (await app.call('plans.get', { planId: restored!.id })).plan;
    expect(content.sections.cybersecurity.checklist.mfa).toBe(true);
    expect(content.goals.find((g) => g.id === 'goal-mfa')?.title).toBe('Alle personeelsaccounts beveiligd met meervoudige authenticatie');

    await toast.getByRole('button', { name: 'Nieuw plan openen' }).click();
    await page.locator('[data-screen="overview"]').waitFor();
    expect(await page.locator('.plan__name').innerText()).toContain(name);

    await page.getByRole('link', { name: 'Plannen' }).click();
    await page.locator('[data-screen="plans"]').waitFor();
    await page.getByRole('link', { name }).waitFor();
  });

  it('deletes a version after confirmation and brings it back from the toast', async () => {
    const { page } = app;
    await page.goto(versionsUrl);
    const row = page.locator('.versions__list tbody tr').filter({ hasText: 'Eerste versie' });
    await row.getByRole('button', { name: 'Versie verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Versie verwijderen?' }).waitFor();
    await expectAccessible(page, 'delete version dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(async () => (await app.call('versions.list', { planId })).length).toBe(2);
    await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await app.call('versions.list', { planId })).length).toBe(3);
    await expect.poll(() => page.locator('.versions__list tbody tr').count()).toBe(3);
  });
});
