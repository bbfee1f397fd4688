// Every export document of the example plan, read back with real tools: pdftotext, pdfinfo, pdffonts and pdftoppm for the PDFs, mammoth and LibreOffice for the DOCX, read-excel-file for the XLSX, the app's own importer for the inventory CSV; the figures are the app's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, type ExportSources } from '../../../../electron/export/build.ts';
import { exampleFleet } from '../../../../shared/example/devices.ts';
import { familyBill, settle } from '../../../../shared/fees/settlement.ts';
import { fundingTotals } from '../../../../shared/funding/totals.ts';
import { createI18n } from '../../../../shared/i18n/index.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { sectionIds } from '../../../../shared/policy/sections.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
const t = createI18n('nl').t;
const now = new Date('2026-11-23T20:00:00.000Z');

describe('export documents of the example plan', () => {
  let backend: TestBackend;
  let sources: ExportSources;
  let plan: Plan;
  let folder: string;

  beforeAll(async () => {
    backend = openTestBackend();
    plan = (await backend.call('plans.get', { planId: EXAMPLE_ID })).plan;
    sources = { plan, inventory: () => exampleFleet(), referenceLists: await backend.call('prices.list', {}), t, now };
    folder = mkdtempSync(join(tmpdir(), 'digiplan-export-'));
  });
  afterAll(() => {
    backend.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The text in reading order, words joined by single spaces (table cells wrap). */
  const pdfText = (bytes: Buffer, name: string) => {
    const file = join(folder, name);
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  };
  const words = (text: string) => text.replace(/\s+/g, ' ');
  /** Amounts as the PDF's text layer has them: a plain space after the euro sign. */
  const money = (cents: number) => formatMoney(cents).replace(/\u00a0/g, ' ');

  it('writes the policy plan as an A4 PDF with every section title, the school on every page and pages that render', async () => {
    const { fileName, bytes } = await buildDocument('policy-plan', sources);
    expect(fileName).toBe('ICT-beleidsplan_Voorbeeldschool-Campus-Zuid.pdf');
    const text = pdfText(bytes, fileName);
    for (const id of sectionIds) expect(text).toContain(t(`sections.${id}.title`));
    for (const goal of plan.goals) expect(words(text)).toContain(words(goal.title));
    // The funding figures: the allocation over the term and what the spending plan plans.
    const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
    expect(text).toContain(money(totals.allocationCents));
    expect(text).toContain(money(totals.plannedCents));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((page, index) => {
      expect(page).toContain('Voorbeeldschool Campus Zuid · 23/11/2026');
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
    });
    const info = execFileSync('pdfinfo', [join(folder, fileName)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    // The fonts travel inside the file.
    expect(execFileSync('pdffonts', [join(folder, fileName)], { encoding: 'utf8' })).toMatch(/Roboto.*yes/);
    execFileSync('pdftoppm', ['-r', '30', '-png', join(folder, fileName), join(folder, 'page')]);
    expect(readdirSync(folder).filter((name) => name.startsWith('page')).length).toBe(pages.length);
  });

  it('writes the council dossier with the settlement figures the app computes', async () => {
    const { fileName, bytes } = await buildDocument('fee-dossier', sources);
    expect(fileName).toBe('Dossier-bijdragen-schoolraad-2026-2027_Voorbeeldschool-Campus-Zuid.pdf');
    const text = pdfText(bytes, fileName);
    const settlement = settle(plan.fees, plan.loan, plan.profile.pupils, plan.term);
    const year = settlement.years.find((candidate) => candidate.year === '2026-2027')!;
    for (const amount of [year.recurringGross, year.correctionsCost, year.revenue, settlement.term.revenue]) expect(text).toContain(money(amount));
    for (const family of plan.fees.exampleFamilies) expect(text).toContain(money(familyBill(plan.fees, family, '2026-2027').total));
    expect(words(text)).toContain('Commissie Zorgvuldig Bestuur');
    expect(words(text)).toContain(plan.decisions.find((decision) => decision.schoolYear === '2026-2027')!.motivation.slice(0, 40));
  });

  it('writes the bijdrageregeling and the parent letter as DOCX that a reader opens, with the amounts', async () => {
    for (const id of ['contribution-scheme', 'parent-letter'] as const) {
      const { fileName, bytes } = await buildDocument(id, sources);
      expect(fileName.endsWith('_Voorbeeldschool-Campus-Zuid.docx')).toBe(true);
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      expect(value.replace(/\u00a0/g, ' ')).toContain('€ 75,00');
      expect(value).toContain('Commissie Zorgvuldig Bestuur');
    }
  });

  it('opens the DOCX files in LibreOffice, which lays them out on A4 with the school and page number on every page', async () => {
    const profile = join(folder, 'libreoffice-profile');
    for (const id of ['contribution-scheme', 'parent-letter'] as const) {
      const { fileName, bytes } = await buildDocument(id, sources);
      writeFileSync(join(folder, fileName), bytes);
      // A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(folder, 'libreoffice'), join(folder, fileName)], { stdio: 'ignore' });
      const pdf = join(folder, 'libreoffice', fileName.replace(/\.docx$/, '.pdf'));
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((page, index) => {
        expect(page).toContain('Voorbeeldschool Campus Zuid');
        expect(page).toContain(`23/11/2026 · pagina ${index + 1}`);
      });
      expect(words(pages.join(' '))).toContain(money(7500));
    }
  });

  it('writes the tables as XLSX with real numbers: amounts in euros, counts as integers, dates as dates', async () => {
    const { bytes } = await buildDocument('workbook', sources);
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Inventaris', 'Contractvergelijking', 'Afrekening bijdragen', 'Voorbeeldgezinnen', 'Bestedingsplan', 'Financiering per thema']);
    const [inventory, tco, settlementSheet, , spending, funding] = sheets.map((sheet) => sheet.data);
    expect(inventory!.length).toBe(exampleFleet().length + 1);
    const first = exampleFleet()[0]!;
    const row = inventory![1]!;
    expect(row[2]).toBe(first.quantity);
    expect(row[5]).toBe(first.unitPriceCents! / 100);
    expect(row[4]).toBeInstanceOf(Date);
    expect((row[4] as unknown as Date).toISOString().slice(0, 10)).toBe(first.startDate);
    expect(tco!.length).toBe(1 + plan.tcos.reduce((sum, comparison) => sum + comparison.options.length, 0));
    const settlement = settle(plan.fees, plan.loan, plan.profile.pupils, plan.term);
    const netCents = settlementSheet!.slice(1).reduce((sum, cells) => sum + Math.round((cells[7] as number) * 100), 0);
    const expected = settlement.years.reduce((sum, year) => sum + year.lines.reduce((lines, line) => lines + line.net, 0) - year.familyCap, 0);
    expect(netCents).toBe(expected);
    const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
    expect(spending!.length).toBe(plan.funding.spending.length + 1);
    const allocationCents = funding!.slice(1).reduce((sum, cells) => sum + Math.round(((cells[2] as number | null) ?? 0) * 100), 0);
    expect(allocationCents).toBe(totals.allocationCents);
  });

  it('writes the inventory CSV so the import reads the whole fleet back, every field intact', async () => {
    const lines = exampleFleet().filter((line) => line.priceUnit === 'once');
    const { bytes } = await buildDocument('inventory-csv', { ...sources, inventory: () => lines });
    const { id: planId } = await backend.call('plans.create', { schoolName: 'Terugleesschool' });
    const file = { fileName: 'inventaris.csv', contentBase64: bytes.toString('base64') };
    const preview = await backend.call('inventory.importPreview', { planId, file, options: {} });
    expect({ issues: preview.issueCount, valid: preview.valid }).toEqual({ issues: 0, valid: lines.length });
    await backend.call('inventory.importCommit', { planId, file, options: {} });
    const page = await backend.call('inventory.query', { planId, filter: {}, sort: null, offset: 0, limit: 1_000 });
    const withoutId = ({ id: _id, ...line }: (typeof lines)[number]) => line;
    expect(page.rows.map(withoutId)).toEqual(lines.map(withoutId));
  });
});
