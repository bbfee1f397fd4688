// The policy plan's sections screen in Chromium: axe on the example and on an empty plan,
// keyboard navigation through the sections, writing formatted text with shortcuts and the
// toolbar, the checklist and incident contact, findings that go away, `?veld=` links, and
// undo that goes to the editor while typing and to the app once saved.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, RichTextSchema, type BlockNode, type RichText } from '../../shared/richtext/schema.ts';
import { expectAccessible, startApp, waitForSaved, type AppUnderTest } from './harness.ts';

/** UI waits after a save can take a while on a busy machine. */
const patient = { timeout: 10_000 };
const EDITOR = '[data-section="cybersecurity"] [contenteditable="true"]';

async function storedSection(app: AppUnderTest, planId: string) {
  return (await app.call('plans.get', { planId })).plan.sections.cybersecurity;
}

/** Waits until the editor has no unsaved typing left and the header says saved. */
async function settle(page: Page): Promise<void> {
  await expect.poll(() => page.locator(EDITOR).getAttribute('data-dirty'), patient).toBeNull();
  await waitForSaved(page);
}

function blockTypes(doc: RichText): string[] {
  return doc.content.map((block: BlockNode) => (block.type === 'heading' ? `heading${block.attrs.level}` : block.type));
}

describe('the sections of the ICT policy plan', () => {
  let app: AppUnderTest;
  let planId: string;

  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    planId = (await app.call('plans.create', { schoolName: 'Basisschool De Beuk', levels: ['basis'] })).id;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('opens the example plan’s policy step on its first section, editor loaded, with no axe violations', async () => {
    const { page } = app;
    const exampleId = (await app.call('plans.list', {})).find((plan) => plan.isExample)!.id;
    await page.goto(`${app.origin}/#/plan/${exampleId}`);
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /ICT-beleidsplan/ }).click();
    await page.locator('[data-section="vision"] [contenteditable="true"]').waitFor();
    expect(page.url()).toContain('/beleidsplan/sectie/vision');
    expect(await page.getByRole('heading', { level: 2, name: 'Pedagogisch-didactische visie' }).count()).toBe(1);
    const sectionList = page.getByRole('navigation', { name: 'Secties van het plan' });
    expect(await sectionList.getByRole('link').count()).toBe(10);
    expect(await sectionList.locator('.written--done', { hasText: 'Geschreven' }).count()).toBe(10);
    expect(await sectionList.getByText('10 van 10 secties geschreven').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Toelichting bij Pedagogisch-didactische visie' }).textContent()).toContain(
      'Leren eerst',
    );
    await expectAccessible(page, 'policy sections (example)');
  });

  it('reaches another section from the list with Tab and Enter', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan`);
    await page.locator('[data-section="vision"] [contenteditable="true"]').waitFor();
    const list = page.getByRole('navigation', { name: 'Secties van het plan' });
    expect(await list.locator('.written--empty', { hasText: 'Nog leeg' }).count()).toBe(10);
    await list.getByRole('link').first().focus();
    for (let presses = 0; presses < 5; presses++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-section'))) === 'cybersecurity') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-section'))).toBe('cybersecurity');
    await page.keyboard.press('Enter');
    await page.locator(EDITOR).waitFor();
    expect(page.url()).toContain('/beleidsplan/sectie/cybersecurity');
    expect(await list.getByRole('link', { name: /Cyberveiligheid/ }).getAttribute('aria-current')).toBe('page');
    const findings = page.locator('[data-section="cybersecurity"] .findings');
    expect(await findings.textContent()).toContain('De sectie „Cyberveiligheid” is nog leeg.');
    expect(await findings.textContent()).toContain('wie de school contacteert bij een incident');
    await expectAccessible(page, 'policy sections (empty section)');
  });

  it('focuses the field a finding names: the incident contact, then the editor', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /Naar het veld/ }).nth(1).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), patient)
      .toBe('field-sections-cybersecurity-checklist-incidentContact');
    await page.getByRole('link', { name: /Naar het veld/ }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), patient).toBe('field-sections-cybersecurity-text');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
  });

  it('writes headings, bold text and a list with the keyboard and the toolbar, and stores them', async () => {
    const { page } = app;
    const editor = page.getByRole('textbox', { name: 'Toelichting bij Cyberveiligheid' });
    await editor.click();
    await page.keyboard.type('## Preventie');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We maken ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('elke nacht');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' een back-up.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Meervoudige authenticatie');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Automatische updates');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // A subheading with the toolbar (mouse)...
    await page.keyboard.type('Incidenten');
    await page.getByRole('button', { name: 'Kleine tussentitel' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Kleine tussentitel' }).getAttribute('aria-pressed'), patient).toBe('true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // ...and italics with the toolbar reached by keyboard: Shift+Tab, arrows, Enter.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Vet');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Cursief');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable')), patient).toBe('true');
    await page.keyboard.type('Bel eerst de ICT-coördinator.');
    await expect.poll(() => page.getByRole('button', { name: 'Cursief' }).getAttribute('aria-pressed'), patient).toBe('true');
    await settle(page);

    const text = (await storedSection(app, planId)).text;
    expect(RichTextSchema.safeParse(text).success).toBe(true);
    expect(blockTypes(text)).toEqual(['heading2', 'paragraph', 'bulletList', 'heading3', 'paragraph']);
    expect(text.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We maken ' },
        { type: 'text', text: 'elke nacht', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' een back-up.' },
      ],
    });
    expect(plainText(text)).toContain('  Meervoudige authenticatie\n  Automatische updates');
    expect(text.content[4]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Bel eerst de ICT-coördinator.', marks: [{ type: 'italic' }] }],
    });
    // The text finding is gone from the section and from the plan.
    await expect.poll(() => page.locator('[data-section="cybersecurity"]').getByText('is nog leeg').count(), patient).toBe(0);
    expect((await app.call('plans.get', { planId })).findings.map((f) => f.field)).not.toContain('sections.cybersecurity.text');
  });

  it('ticks checklist items, fills the incident contact, and the section turns written', async () => {
    const { page } = app;
    await page.getByLabel('Back-ups, ook offline, en geregeld getest').check();
    await page.getByLabel('Meervoudige authenticatie voor personeel').check();
    await waitForSaved(page);
    await expect.poll(async () => (await storedSection(app, planId)).checklist, patient).toEqual({ backups: true, mfa: true });
    const contact = page.getByLabel('Contactpersoon bij een incident (een functie)');
    await contact.fill('ICT-coördinator');
    await contact.press('Tab');
    await waitForSaved(page);
    await expect.poll(async () => (await storedSection(app, planId)).checklist.incidentContact, patient).toBe('ICT-coördinator');

    const link = page.getByRole('navigation', { name: 'Secties van het plan' }).getByRole('link', { name: /Cyberveiligheid/ });
    await expect.poll(() => link.textContent(), patient).toContain('Geschreven');
    expect(await link.textContent()).not.toContain('opmerking');
    expect(await page.locator('[data-section="cybersecurity"] .findings').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name: /Controle/ }).click();
    await page.locator('[data-screen="check"]').waitFor();
    const check = (await page.locator('[data-screen="check"]').textContent()) ?? '';
    expect(check).not.toContain('Cyberveiligheid” is nog leeg');
    expect(check).not.toContain('wie de school contacteert bij een incident');
    expect(check).toContain('De sectie „Pedagogisch-didactische visie” is nog leeg.');
  });

  it('keeps Ctrl+Z in the editor while typing is unsaved, and gives it to the app once saved', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/beleidsplan/sectie/cybersecurity`);
    const editor = page.getByRole('textbox', { name: 'Toelichting bij Cyberveiligheid' });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');

    // Unsaved typing: the editor takes it back; the saved incident contact is untouched.
    await page.keyboard.type(' Tijdelijk');
    expect(await editor.getAttribute('data-dirty')).toBe('true');
    await page.keyboard.press('Control+z');
    expect(await editor.textContent()).not.toContain('Tijdelijk');
    await settle(page);
    expect((await storedSection(app, planId)).checklist.incidentContact).toBe('ICT-coördinator');

    // A saved sentence, then Ctrl+Z with the focus outside the editor: the app undoes it.
    await page.keyboard.type(' Daarna melden we het incident.');
    await settle(page);
    expect(plainText((await storedSection(app, planId)).text)).toContain('Daarna melden we het incident.');
    await page.getByRole('heading', { level: 2, name: 'Cyberveiligheid' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => plainText((await storedSection(app, planId)).text), patient).not.toContain('Daarna melden');
    await expect.poll(() => editor.textContent(), patient).not.toContain('Daarna melden');
    expect(await editor.textContent()).toContain('Bel eerst de ICT-coördinator.');
    await page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt: sectie wijzigen' }).first().waitFor();

    // Once more: the incident contact, the change before it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('Contactpersoon bij een incident (een functie)').inputValue(), patient).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByLabel('Contactpersoon bij een incident (een functie)').inputValue(), patient).toBe('ICT-coördinator');
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor.textContent(), patient).toContain('Daarna melden');

    // In the editor with nothing unsaved, the keys go to the app, not to the editor's own
    // history: the checkbox ticked last is undone, the sentence typed before it stays.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Extra zin.');
    await settle(page);
    const patching = page.getByLabel('Updates worden tijdig en automatisch geïnstalleerd');
    await patching.check();
    await expect.poll(async () => (await storedSection(app, planId)).checklist.patching, patient).toBe(true);
    await editor.click();
    expect(await editor.getAttribute('data-dirty')).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => patching.isChecked(), patient).toBe(false);
    expect(await editor.textContent()).toContain('Extra zin.');
    await page.keyboard.press('Control+y');
    await expect.poll(() => patching.isChecked(), patient).toBe(true);
    await settle(page);
    expect(plainText((await storedSection(app, planId)).text)).toContain('Extra zin.');
    expect(await editor.textContent()).toContain('Extra zin.');
  });

  it('walks to the next section with the button at the bottom and reads from its heading', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Volgende: Welzijn en mediawijsheid' }).click();
    await page.locator('[data-section="wellbeing"] [contenteditable="true"]').waitFor();
    expect(page.url()).toContain('/beleidsplan/sectie/wellbeing');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), patient).toBe('Welzijn en mediawijsheid');
    expect(await page.getByRole('link', { name: 'Vorige: Cyberveiligheid' }).count()).toBe(1);
    expect(await page.getByText('Brontekst: Conceptnota Digiplan, §C.4 (welzijn en mediawijsheid)').count()).toBe(1);
  });
});
