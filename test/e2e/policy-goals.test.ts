// Goals with indicators and the yearly evaluation in the browser: the example plan's goals and summary, then on a new plan a goal made with the keyboard, Belgian numbers and money, moving, delete with undo, an evaluation recorded, and links from findings that land on the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf, schoolYears } from '../../shared/plan/term.ts';
import { expectAccessible, startApp, tabTo, waitForSaved, type AppUnderTest } from './harness.ts';

const brusselsDay = (iso: string) => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(iso)).split('-');
  return `${d}/${m}/${y}`;
};

describe('goals and the yearly evaluation', () => {
  let app: AppUnderTest;
  let exampleId: string;
  let planId: string;
  let goalId: string;

  const plan = async () => (await app.call('plans.get', { planId })).plan;
  const goalsTab = (id: string, query = '') => `${app.origin}/#/plan/${id}/beleidsplan/doelen${query}`;
  const evaluationTab = (id: string, query = '') => `${app.origin}/#/plan/${id}/beleidsplan/evaluatie${query}`;
  const activeId = () => app.page.evaluate(() => document.activeElement?.id);
  const card = (id: string) => app.page.locator(`#field-goals-${id}`);

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    exampleId = (await app.call('plans.list', {}))[0]!.id;
    planId = (await app.call('plans.create', { schoolName: 'Basisschool De Linde', levels: ['basis'] })).id;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('shows the example goals by section with indicator, targets, owner, cost and a measurable badge', async () => {
    const { page } = app;
    await page.goto(goalsTab(exampleId));
    await page.locator('[data-screen="policy-goals"]').waitFor();
    const cyber = page.getByRole('region', { name: 'Cyberveiligheid' });
    expect(await cyber.locator('article h4').allTextContents()).toEqual([
      'Alle personeelsaccounts beveiligd met meervoudige authenticatie',
      'Back-ups elk trimester getest',
    ]);
    const mfa = card('goal-mfa');
    const text = await mfa.textContent();
    expect(text).toContain('Aandeel personeelsaccounts met MFA');
    expect(text).toContain('ICT-coördinator');
    expect(text).toMatch(/3 acties · Totale kosten: €\s450,00/);
    expect(await mfa.locator('.goal-values td').allTextContents()).toEqual(['35%', '90%', '100%', '100%']);
    expect(await mfa.locator('.goal-badge').textContent()).toBe('✓ Meetbaar');
    expect(await page.locator('[data-measurable="true"]').count()).toBe(7);
    const years = page.getByRole('region', { name: 'Doelen over de jaren' });
    const backup = years.getByRole('row', { name: /Back-ups elk trimester getest/ });
    expect(await backup.locator('td').allTextContents()).toEqual(['0', '3', '2Achter op schema', '3', '—', '3', '—']);
    await expectAccessible(page, 'goals tab (example)');
  });

  it('shows the example evaluation of 2025-2026 with its counts, progress and recorded date', async () => {
    const { page } = app;
    await page.goto(evaluationTab(exampleId));
    await page.locator('[data-screen="policy-evaluation"]').waitFor();
    await page.getByLabel('Schooljaar').selectOption('2025-2026');
    await page.getByRole('heading', { name: 'Samenvatting 2025-2026' }).waitFor();
    expect(await page.locator('.evaluation-year__state').textContent()).toBe('✓ Vastgelegd op 24/06/2026');
    const count = (status: string) => page.locator(`.status-count[data-status="${status}"] .status-count__number`).textContent();
    expect([await count('achieved'), await count('on-track'), await count('behind'), await count('unrated')]).toEqual(['5', '1', '1', '0']);
    const row = page.locator('.summary-table').getByRole('row', { name: /Back-ups elk trimester getest/ });
    expect(await row.locator('td').allTextContents()).toEqual(['0', '3', '2', 'Achter op schema', '66,7%']);
    expect(await page.getByRole('button', { name: 'Evaluatie opnieuw vastleggen' }).count()).toBe(1);
    await expectAccessible(page, 'evaluation tab (example)');
  });

  it('adds a goal with the keyboard only and opens it on its indicator', async () => {
    const { page } = app;
    await page.goto(goalsTab(planId));
    await page.locator('[data-screen="policy-goals"]').waitFor();
    expect(await page.locator('.notice').last().textContent()).toContain('Nog geen doelen');
    await tabTo(page, 'Doel toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Doel toevoegen' }).waitFor();
    await expect.poll(activeId).toBe('new-goal-title');
    await expectAccessible(page, 'add goal dialog');
    await page.keyboard.type('Alle personeelsaccounts met MFA');
    await page.keyboard.press('Tab');
    expect(await activeId()).toBe('new-goal-section');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#new-goal-section').inputValue()).toBe('cybersecurity');
    await tabTo(page, 'Toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await plan()).goals.length).toBe(1);
    const goal = (await plan()).goals[0]!;
    goalId = goal.id;
    expect(goal).toMatchObject({ title: 'Alle personeelsaccounts met MFA', sectionId: 'cybersecurity', owner: 'ict-coordinator' });
    await expect.poll(activeId).toBe(`field-goals-${goalId}-indicator`);
    expect(await page.getByRole('region', { name: 'Cyberveiligheid' }).locator('article').count()).toBe(1);
    expect(await card(goalId).locator('.goal-badge').textContent()).toBe('! Nog niet meetbaar');
  });

  it('saves indicator, baseline and targets typed the Belgian way and drops the not-measurable badge', async () => {
    const { page } = app;
    await page.keyboard.type('Aandeel personeelsaccounts met MFA');
    await page.locator(`#field-goals-${goalId}-baseline`).fill('40');
    await page.locator(`#field-goals-${goalId}-targets-2025-2026`).fill('72,5');
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).fill('85');
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await plan()).goals[0]!.targets).toEqual({ '2025-2026': 72.5, '2026-2027': 85 });
    const saved = (await plan()).goals[0]!;
    expect(saved.indicator).toBe('Aandeel personeelsaccounts met MFA');
    expect(saved.baseline).toBe(40);
    await expect.poll(() => card(goalId).locator('.goal-badge').textContent()).toBe('✓ Meetbaar');

    // An emptied target means "no target that year", not an error.
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).fill('');
    await page.locator(`#field-goals-${goalId}-targets-2026-2027`).press('Tab');
    await expect.poll(async () => (await plan()).goals[0]!.targets).toEqual({ '2025-2026': 72.5 });
    expect(await page.locator(`#field-goals-${goalId}-targets-2026-2027`).getAttribute('aria-invalid')).toBeNull();

    // Nonsense stays on screen with a message and is not stored.
    await page.locator(`#field-goals-${goalId}-baseline`).fill('veertig');
    await page.locator(`#field-goals-${goalId}-baseline`).press('Tab');
    await page.getByText('Vul een getal in.').waitFor();
    expect((await plan()).goals[0]!.baseline).toBe(40);
    await page.locator(`#field-goals-${goalId}-baseline`).fill('40');
    await page.locator(`#field-goals-${goalId}-baseline`).press('Tab');
    await expect.poll(() => page.getByText('Vul een getal in.').count()).toBe(0);
  });

  it('adds an action with a cost in euros, stored in cents', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect.poll(activeId).toBe(`field-goals-${goalId}-actions-0-description`);
    await page.keyboard.type('Vorming rond MFA voor het secretariaat');
    await page.locator(`#field-goals-${goalId}-actions-0-period`).selectOption('jan-mar');
    await page.locator(`#field-goals-${goalId}-actions-0-costCents`).fill('1.250,00');
    await page.locator(`#field-goals-${goalId}-actions-0-costCents`).press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await plan()).goals[0]!.actions[0]?.costCents).toBe(125000);
    expect((await plan()).goals[0]!.actions[0]).toMatchObject({ description: 'Vorming rond MFA voor het secretariaat', period: 'jan-mar' });
    expect(await card(goalId).locator('.goal-editor .total').textContent()).toMatch(/Totale kosten: €\s1\.250,00/);
    await expectAccessible(page, 'goal editor');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect.poll(activeId).toBe(`goal-${goalId}-edit`);
    expect(await card(goalId).textContent()).toMatch(/1 actie · Totale kosten: €\s1\.250,00/);
  });

  it('moves a goal within its section and keeps the focus on it', async () => {
    const { page } = app;
    const other = (await app.call('goals.create', { planId, goal: { sectionId: 'vision', title: 'Visie besproken met het team' } })).createdId;
    const second = (await app.call('goals.create', { planId, goal: { sectionId: 'cybersecurity', title: 'Back-ups getest' } })).createdId;
    await page.reload();
    const cyber = page.getByRole('region', { name: 'Cyberveiligheid' });
    await cyber.locator('article h4', { hasText: 'Back-ups getest' }).waitFor();
    expect(await cyber.locator('article h4').allTextContents()).toEqual(['Alle personeelsaccounts met MFA', 'Back-ups getest']);
    await page.getByRole('button', { name: 'Lager: Alle personeelsaccounts met MFA' }).click();
    await expect.poll(() => cyber.locator('article h4').allTextContents()).toEqual(['Back-ups getest', 'Alle personeelsaccounts met MFA']);
    expect((await plan()).goals.map((goal) => goal.id)).toEqual([other, second, goalId]);
    await expect.poll(activeId).toBe(`goal-${goalId}-edit`);
  });

  it('deletes a goal after confirmation and brings it back from the toast', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Verwijderen: Alle personeelsaccounts met MFA' }).click();
    await page.getByRole('dialog', { name: 'Doel verwijderen?' }).waitFor();
    await expectAccessible(page, 'delete goal dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Doel verwijderen' }).click();
    await expect.poll(async () => (await plan()).goals.some((goal) => goal.id === goalId)).toBe(false);
    await expect.poll(() => card(goalId).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await plan()).goals.find((goal) => goal.id === goalId)?.actions[0]?.costCents).toBe(125000);
    await card(goalId).waitFor();
    await page.getByRole('status').getByText('Doel “Alle personeelsaccounts met MFA” teruggezet.').waitFor();
  });

  it('opens the evaluation on the latest finished year still to be evaluated, else the current one', async () => {
    const { page } = app;
    const state = await app.call('plans.get', { planId });
    const missing = state.findings.filter((finding) => finding.ruleId === 'policy.evaluation-missing').map((finding) => String(finding.params?.year));
    const current = schoolYearOf(new Date().toISOString());
    const clamped = schoolYears.find((year) => year === current) ?? (current < schoolYears[0] ? schoolYears[0] : schoolYears[2]);
    const expected = missing.length > 0 ? missing.sort().at(-1)! : clamped;
    await page.goto(evaluationTab(planId));
    await page.locator('[data-screen="policy-evaluation"]').waitFor();
    expect(await page.getByLabel('Schooljaar').inputValue()).toBe(expected);
  });

  it('records an evaluation: measured value, status, note, reflection, summary and date', async () => {
    const { page } = app;
    await page.goto(evaluationTab(planId, '?veld=evaluations.2025-2026'));
    await expect.poll(activeId).toBe('field-evaluations-2025-2026');
    expect(await page.getByLabel('Schooljaar').inputValue()).toBe('2025-2026');
    const measured = page.locator(`#field-evaluations-2025-2026-${goalId}-measured`);
    const status = page.locator(`#field-evaluations-2025-2026-${goalId}-status`);

    // A measured value without a status is kept on screen and asks for the status first.
    await measured.fill('75');
    await measured.press('Tab');
    await page.getByText('Kies een stand, dan wordt alles bewaard.').waitFor();
    expect(await measured.inputValue()).toBe('75');
    expect((await plan()).goals.find((goal) => goal.id === goalId)!.evaluations).toEqual({});

    await status.selectOption('achieved');
    await waitForSaved(page);
    await expect.poll(async () => (await plan()).goals.find((goal) => goal.id === goalId)!.evaluations['2025-2026']).toEqual({
      measured: 75,
      status: 'achieved',
      note: '',
    });
    await page.locator(`#field-evaluations-2025-2026-${goalId}-note`).fill('Alleen de stagiairs nog niet.');
    await page.locator(`#field-evaluations-2025-2026-${goalId}-note`).press('Tab');
    await expect.poll(async () => (await plan()).goals.find((goal) => goal.id === goalId)!.evaluations['2025-2026']?.note).toBe(
      'Alleen de stagiairs nog niet.',
    );

    const row = page.locator('.summary-table').getByRole('row', { name: /Alle personeelsaccounts met MFA/ });
    // (75 − 40) / (72,5 − 40) = 107,7 % of the way from baseline to target.
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['40%', '72,5%', '75%', 'Gehaald', '107,7%']);
    expect(await page.locator('.status-count[data-status="achieved"] .status-count__number').textContent()).toBe('1');
    expect(await page.locator('.status-count[data-status="unrated"] .status-count__number').textContent()).toBe('2');

    await page.getByLabel('Reflectie van het team').fill('MFA is ingevoerd; de back-ups volgen volgend jaar.');
    await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect.poll(async () => (await plan()).evaluations['2025-2026']?.reflection).toBe('MFA is ingevoerd; de back-ups volgen volgend jaar.');
    const recordedAt = (await plan()).evaluations['2025-2026']!.recordedAt;
    await expect.poll(() => page.locator('.evaluation-year__state').textContent()).toBe(`✓ Vastgelegd op ${brusselsDay(recordedAt)}`);
    await page.getByRole('button', { name: 'Evaluatie opnieuw vastleggen' }).waitFor();
    expect(await page.locator('.evaluation-summary__reflection').textContent()).toContain('MFA is ingevoerd');
    await expectAccessible(page, 'evaluation tab (recorded)');
    const state = await app.call('plans.get', { planId });
    expect(state.findings.some((finding) => finding.field === 'evaluations.2025-2026')).toBe(false);
  });

  it('lands on the field a finding names, opening the goal first', async () => {
    const { page } = app;
    await page.goto(goalsTab(planId, `?veld=${encodeURIComponent(`goals.${goalId}.indicator`)}`));
    await expect.poll(activeId).toBe(`field-goals-${goalId}-indicator`);
    expect(await page.locator(`#field-goals-${goalId}-indicator`).inputValue()).toBe('Aandeel personeelsaccounts met MFA');

    const created = (await app.call('goals.create', { planId, goal: { sectionId: 'wellbeing', title: 'Protocol cyberpesten gekend' } })).createdId;
    await page.goto(goalsTab(planId, `?veld=goals.${created}.title`));
    await expect.poll(activeId).toBe(`field-goals-${created}-title`);
    expect(await page.locator(`#field-goals-${created}-title`).inputValue()).toBe('Protocol cyberpesten gekend');

    await page.goto(goalsTab(planId, '?veld=goals'));
    await expect.poll(activeId).toBe('field-goals');
  });
});
