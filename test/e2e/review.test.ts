// Submission bundles in the browser: the example plan's bundle downloaded from the export step, read in review mode beside a tampered and a damaged copy (status per row, the school's detail with its real figures, read-only, axe, screenshot), the CSV roll-up downloaded, the plans left untouched; and a bundle imported as a plan on the plans page, undone from the toast, and a broken one refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundingTotals } from '../../shared/funding/totals.ts';
import { formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import { pupilTotal } from '../../shared/profile/schema.ts';
import { expectAccessible, screenshots, startOnExample, type AppUnderTest } from './harness.ts';

const zipType = 'application/zip';

/** The bundle with one byte of plan.json's compressed data flipped: the zip itself no longer reads. */
function damaged(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (let at = 0; at + 30 < copy.length; at++) {
    if (copy.readUInt32LE(at) !== 0x04034b50) continue;
    const nameLength = copy.readUInt16LE(at + 26);
    if (copy.subarray(at + 30, at + 30 + nameLength).toString('utf8') !== 'plan.json') continue;
    const data = at + 30 + nameLength + copy.readUInt16LE(at + 28);
    copy[data + Math.floor(copy.readUInt32LE(at + 18) / 2)]! ^= 0xff;
    return copy;
  }
  throw new Error('plan.json not found in the bundle');
}

/** The bundle re-zipped with more pupils in plan.json: a sound zip whose plan no longer matches its manifest. */
function tampered(zip: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(zip));
  const document = JSON.parse(strFromU8(files['plan.json']!)) as { plan: { profile: { pupils: Record<string, number> } } };
  const grades = Object.keys(document.plan.profile.pupils);
  document.plan.profile.pupils[grades[0]!]! += 100;
  files['plan.json'] = strToU8(JSON.stringify(document));
  return Buffer.from(zipSync(files));
}

describe('review mode and the submission bundle in the app', () => {
  let app: AppUnderTest;
  let planId: string;
  let bundle: { name: string; bytes: Buffer };

  beforeAll(async () => {
    ({ app, planId } = await startOnExample());
  });

  afterAll(async () => {
    await app.stop();
  });

  it('downloads the submission bundle from the export step', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/plan/${planId}/export`);
    await page.locator('[data-screen="export"]').waitFor();
    await page.getByRole('heading', { name: 'Indieningsbundel (ZIP)', level: 2 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bundel downloaden' }).click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/\.zip$/);
    bundle = { name, bytes: readFileSync(await download.path()) };
    expect(bundle.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText(`De bundel ${name} staat in je downloads.`).waitFor();
    // The same bundle as the door builds (apart from the time it was made).
    expect(Object.keys(unzipSync(new Uint8Array(bundle.bytes))).sort()).toEqual(
      Object.keys(unzipSync(Buffer.from((await app.call('exports.bundle', { planId, language: 'nl' })).contentBase64, 'base64'))).sort(),
    );
  });

  it('reads a valid, a tampered and a damaged bundle side by side, read-only, and rolls them up', async () => {
    const { page } = app;
    const plansBefore = await app.call('plans.list', {});
    const undoBefore = await app.call('undo.state', { scope: 'library' });
    const { plan } = await app.call('plans.get', { planId });

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' }).click();
    await page.locator('[data-screen="review"]').waitFor();
    await page.getByText('Niets wordt bewaard.', { exact: false }).waitFor();
    expect(await page.getByText('Nog geen bundels gekozen.').count()).toBe(1);

    // A file that is not a zip is refused before anything is read.
    await page.locator('#review-files').setInputFiles([{ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('hallo') }]);
    await page.getByRole('alert').getByText('„notities.txt” is geen zipbestand (.zip) en is overgeslagen.').waitFor();

    await page.locator('#review-files').setInputFiles([
      { name: bundle.name, mimeType: zipType, buffer: bundle.bytes },
      { name: 'gewijzigd.zip', mimeType: zipType, buffer: tampered(bundle.bytes) },
      { name: 'beschadigd.zip', mimeType: zipType, buffer: damaged(bundle.bytes) },
    ]);
    await page.getByText('3 bundels gelezen: 1 geldig.').waitFor();
    const row = (fileName: string) => page.locator(`tr[data-bundle="${fileName}"]`);
    expect(await page.locator('tbody tr[data-bundle]').count()).toBe(3);
    expect(await row(bundle.name).locator('.review-status').textContent()).toContain('geldig');
    expect(await row('gewijzigd.zip').locator('.review-status').textContent()).toContain('ongeldig');
    expect(await row('beschadigd.zip').locator('.review-status').textContent()).toContain('onleesbaar');
    expect(await page.getByText('De lijst is leeg.').count()).toBe(0);

    // The valid school's figures are the plan's own.
    const pupils = pupilTotal(plan.profile);
    const funding = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending).allocationCents;
    const valid = (await row(bundle.name).locator('td').allTextContents()).join(' | ');
    expect(valid).toContain(plan.profile.institutionNumber);
    expect(valid).toContain(formatInteger(pupils));
    expect(valid).toContain(formatMoney(funding));
    expect(valid).toContain('goedgekeurd');
    expect(await row(bundle.name).locator('th').textContent()).toContain(plan.profile.schoolName);

    // The school's detail, opened from the keyboard.
    await row(bundle.name).getByRole('button', { name: `Details van ${plan.profile.schoolName}` }).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('#review-detail');
    await detail.getByRole('heading', { level: 2, name: `${plan.profile.schoolName} · 2026-2027` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-detail-heading');
    expect(await detail.getByText('Geen problemen', { exact: false }).count()).toBe(1);
    for (const id of ['B1', 'B2', 'B3', 'funding']) expect(await detail.locator(`[data-precondition="${id}"]`).textContent()).toContain('Klaar');
    expect(await detail.locator('[data-fee="fee-rent-first"]').textContent()).toContain(formatMoney(7_500));
    expect(await detail.locator('.review-funding tfoot').textContent()).toContain(formatMoney(funding));
    expect(await detail.locator('.review-decision').textContent()).toContain('16/06/2026');
    expect(await detail.locator('.review-corrections li').count()).toBe(plan.fees.corrections.length);
    expect(await page.getByRole('img', { name: /Bijdrage per jaar/ }).count()).toBe(1);
    await expectAccessible(page, 'review with a school’s detail');
    await page.screenshot({ path: join(screenshots, 'review-detail.png'), fullPage: true });

    // Nothing on the screen can be edited: the file chooser is the only input.
    expect(await page.locator('main').locator('input, select, textarea, [contenteditable="true"]').evaluateAll((elements) => elements.map((element) => element.id))).toEqual(['review-files']);

    // The tampered and the damaged bundle say what is wrong and where.
    await row('gewijzigd.zip').getByRole('button', { name: /^Details van/ }).click();
    await detail.locator('.review-problem').first().waitFor();
    expect(await detail.locator('.review-problem').allTextContents()).toContainEqual(expect.stringContaining('In plan.json'));
    await row('beschadigd.zip').getByRole('button', { name: /^Details van/ }).click();
    await detail.getByRole('heading', { level: 2, name: 'School onbekend' }).waitFor();
    expect(await detail.locator('.review-problem').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, 'review-damaged.png'), fullPage: true });

    // The roll-up: every bundle has a row, then the totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overzicht downloaden (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('Overzicht-indieningen.csv');
    const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(lines.find((line) => line.startsWith(bundle.name))).toContain(plan.profile.schoolName);
    expect(lines.at(-1)).toContain('Totaal (3 bundels)');
    await page.getByText('Het overzicht van 3 bundels staat in je downloads.').waitFor();

    await page.getByRole('button', { name: 'Wissen' }).click();
    await page.getByText('Nog geen bundels gekozen.').waitFor();
    expect(await app.call('plans.list', {})).toEqual(plansBefore);
    expect(await app.call('undo.state', { scope: 'library' })).toEqual(undoBefore);
  });

  it('imports a bundle as a new plan, undoes it from the toast, and refuses a broken one', async () => {
    const { page } = app;
    const before = await app.call('plans.list', {});
    const example = before.find((plan) => plan.id === planId)!;
    await page.goto(`${app.origin}/#/`);
    await page.locator('[data-screen="plans"]').waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Bundel importeren…' }).click()]);
    await chooser.setFiles([{ name: bundle.name, mimeType: zipType, buffer: bundle.bytes }]);
    await page.getByRole('status').getByText(`Plan geïmporteerd: “${example.name}”.`).waitFor();
    await expect.poll(async () => (await app.call('plans.list', {})).length).toBe(before.length + 1);
    const imported = (await app.call('plans.list', {})).find((plan) => !before.some((old) => old.id === plan.id))!;
    expect(imported.name).toBe(example.name);
    expect(imported.isExample).toBe(false);
    expect(imported.schoolName).toBe(example.schoolName);
    await page.getByRole('link', { name: `“${example.name}” openen` }).waitFor();
    expect(await page.locator(`a[href="#/plan/${imported.id}"]`).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'plans after a bundle import');
    await page.screenshot({ path: join(screenshots, 'plans-imported.png'), fullPage: true });

    await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await app.call('plans.list', {})).length).toBe(before.length);
    await page.getByRole('status').getByText(`Het geïmporteerde plan “${example.name}” is weer weg.`).waitFor();

    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Bundel importeren…' }).click()]);
    await again.setFiles([{ name: 'gewijzigd.zip', mimeType: zipType, buffer: tampered(bundle.bytes) }]);
    const alert = page.getByRole('alert');
    await alert.getByText('Deze bundel kan niet geïmporteerd worden; er is niets veranderd.').waitFor();
    expect(await alert.locator('li').allTextContents()).toContainEqual(expect.stringContaining('plan.json'));
    expect((await app.call('plans.list', {})).map((plan) => plan.id)).toEqual(before.map((plan) => plan.id));
    // Nothing was written, so the header does not claim a failed save.
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).not.toBe('error');
    await expectAccessible(page, 'plans with a refused bundle');
    await page.screenshot({ path: join(screenshots, 'plans-refused.png'), fullPage: true });
  });
});
