// The inventory import through its channels: previews of every kind of file, commits that write all or nothing, undo and redo of an import.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LISTED_ISSUES, rowOf, SAMPLE_PROBLEM_ROWS, SAMPLE_ROWS } from '../../../../electron/import/pipeline.ts';
import { lineToRow } from '../../../../electron/store/inventory.ts';
import { exampleFleet } from '../../../../shared/example/devices.ts';
import type { ImportOptions, ImportPreview } from '../../../../shared/devices/import.ts';
import { newLine, type InventoryLine } from '../../../../shared/devices/schema.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';
import * as corpus from '../../../fixtures/import/corpus.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';

const fileOf = (bytes: Buffer, fileName = 'inventaris.csv') => ({ fileName, contentBase64: bytes.toString('base64') });

/** A line as the preview shows it: the defaults of a new line, then what the file said. */
function expected(fields: Partial<InventoryLine> & Pick<InventoryLine, 'type'>): Omit<InventoryLine, 'id'> {
  const { id: _id, ...line } = newLine('x', fields);
  return line;
}

interface Digest {
  count: number;
  sha256: string;
}

describe('inventory import', () => {
  let backend: TestBackend;
  let planId: string;

  beforeEach(async () => {
    backend = openTestBackend();
    planId = (await backend.call('plans.create', { schoolName: 'Sint-Jozefscollege' })).id;
  });
  afterEach(() => {
    backend.dispose();
  });

  const preview = (bytes: Buffer, options: ImportOptions = {}, fileName?: string, plan = planId) =>
    backend.call('inventory.importPreview', { planId: plan, file: fileOf(bytes, fileName), options });
  const commit = (bytes: Buffer, options: ImportOptions = {}, fileName?: string, plan = planId) =>
    backend.call('inventory.importCommit', { planId: plan, file: fileOf(bytes, fileName), options });
  const failCommit = (bytes: Buffer, options: ImportOptions = {}, fileName?: string, plan = planId) =>
    backend.fail('inventory.importCommit', { planId: plan, file: fileOf(bytes, fileName), options });

  async function linesOf(plan = planId): Promise<InventoryLine[]> {
    return (await backend.call('inventory.query', { planId: plan, filter: {}, sort: null, offset: 0, limit: 1000 })).rows;
  }

  /** Row counts and a hash of the content of the tables an import writes. */
  function snapshot(): { inventory: Digest; undo: Digest } {
    const digest = (sql: string): Digest => {
      const rows = backend.store.db.prepare(sql).raw().all();
      return { count: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
    };
    return {
      inventory: digest('SELECT * FROM inventory ORDER BY plan_id, position, id'),
      undo: digest('SELECT * FROM undo_entries ORDER BY id'),
    };
  }

  const linesIn = (result: ImportPreview) => result.sample.map((row) => row.line);

  describe('preview', () => {
    it('reads a Belgian spreadsheet: every field guessed, every row valid, the blank row left out', async () => {
      const result = await preview(corpus.belgianCsv());
      expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', rows: 5, valid: 5, skipped: 0, issueCount: 0, warningCount: 0, fileIssue: null });
      expect(result.mapping).toMatchObject({ type: 'Type', unitPrice: 'Prijs', vatIncluded: 'Btw', lifetimeYears: 'Levensduur (jaren)' });
      expect(result.mapping.framework).toBeUndefined();
      expect(result.guessed).toHaveLength(15);
      expect(result.sample.map((row) => row.row)).toEqual([1, 2, 3, 4, 6]);
      expect(result.sample[2]!.cells.slice(0, 2)).toEqual(['iPad', 'Apple iPad 10,9" (2022)']);
      expect(linesIn(result)).toEqual([
        expected({ type: 'laptop', brandModel: 'Lenovo ThinkPad L14 Gen 4', serial: 'PF4ABC01', startDate: '2023-09-01', unitPriceCents: 104_900, supplier: 'Signpost', use: 'teachers', warrantyEnd: '2027-08-31', lifetimeYears: 5, funding: 'digisprong', note: 'Lerarenkamer' }),
        expected({ type: 'chromebook', brandModel: 'Acer Chromebook Spin 511', quantity: 30, startDate: '2022-09-01', unitPriceCents: 38_950, contract: 'leased', supplier: 'Signpost', lifetimeYears: 4, funding: 'digiplan-1', note: 'Laptopkar 1' }),
        expected({ type: 'tablet', brandModel: 'Apple iPad 10,9" (2022)', quantity: 15, startDate: '2024-02-15', unitPriceCents: 43_900, vatIncluded: false, contract: 'refurbished', supplier: 'Academia', use: 'loan-service', status: 'repair', warrantyEnd: '2026-02-15', note: 'Hoes; scherm' }),
        expected({ type: 'projector', brandModel: 'Epson EB-W51', serial: 'X4K9001234', startDate: '2021-08-20', unitPriceCents: 61_230, supplier: 'Beeld & Geluid bv', use: 'classroom', status: 'retired', lifetimeYears: 7, funding: 'parents', note: 'Lokaal 204' }),
        expected({ type: 'network', brandModel: 'Aruba AP-515', quantity: 4, startDate: '2023-07-01', unitPriceCents: 42_000, vatIncluded: false, contract: 'maintenance', supplier: 'Netwerkbouw Gent bv', use: 'infrastructure', warrantyEnd: '2028-07-09', lifetimeYears: 7 }),
      ]);
    });

    it('reads a Snipe-IT export: brand and model combined, warranty months counted from the purchase date', async () => {
      const result = await preview(corpus.snipeItCsv(), {}, 'assets.csv');
      expect(result).toMatchObject({ delimiter: ',', rows: 5, valid: 5, issueCount: 0 });
      expect(result.mapping).toMatchObject({ brandModel: 'Manufacturer + Model', type: 'Category', warrantyEnd: 'Warranty Months', unitPrice: 'Purchase Cost' });
      expect(linesIn(result)).toEqual([
        expected({ type: 'laptop', brandModel: 'Lenovo ThinkPad L14 Gen 3', serial: 'PF3XYZ01', startDate: '2022-09-01', unitPriceCents: 104_900, supplier: 'Signpost', warrantyEnd: '2025-09-01' }),
        expected({ type: 'laptop', brandModel: 'Lenovo ThinkPad L14 Gen 3', serial: 'PF3XYZ02', startDate: '2022-09-01', unitPriceCents: 104_900, supplier: 'Signpost', warrantyEnd: '2025-09-01', note: 'reserve' }),
        expected({ type: 'chromebook', brandModel: 'Acer Chromebook Spin 511', serial: 'NXKD4EG001', startDate: '2021-09-01', unitPriceCents: 39_900, supplier: 'Signpost', status: 'repair', warrantyEnd: '2023-09-01', note: 'scherm gebarsten, wacht op onderdeel' }),
        expected({ type: 'tablet', brandModel: 'Apple iPad (9th generation)', serial: 'DMPXK1', startDate: '2019-09-01', unitPriceCents: 37_900, supplier: 'Academia', status: 'retired', warrantyEnd: '2020-09-01' }),
        expected({ type: 'network', brandModel: 'Aruba AP-515', serial: 'CNF3K0001', startDate: '2023-07-10', unitPriceCents: 125_000, supplier: 'Netwerkbouw Gent bv', warrantyEnd: '2028-07-10' }),
      ]);
    });

    it('reads a Lansweeper export: an unknown asset type becomes "other" with a warning that does not block', async () => {
      const result = await preview(corpus.lansweeperCsv(), {}, 'lansweeper.csv');
      expect(result).toMatchObject({ delimiter: ',', rows: 5, valid: 5, issueCount: 0, warningCount: 1 });
      expect(result.warnings).toEqual([
        { row: 1, column: 'AssetType', target: 'type', messageKey: 'inventoryImport.issues.unknownType', params: { value: 'Windows' } },
      ]);
      expect(linesIn(result)).toEqual([
        expected({ type: 'other', brandModel: 'Dell Inc. OptiPlex 7010', serial: '7XK9Q01', startDate: '2019-05-14', warrantyEnd: '2024-05-14', supplier: 'Dell', note: 'Lerarenkamer' }),
        expected({ type: 'laptop', brandModel: 'HP ProBook 450 G8', serial: '5CD1234XYZ', startDate: '2021-09-01', warrantyEnd: '2024-08-31', status: 'repair', supplier: 'Signpost' }),
        expected({ type: 'tablet', brandModel: 'Apple Inc. iPad Air (4th generation)', serial: 'DMPZ22AB', startDate: '2020-10-01', warrantyEnd: '2021-10-01', status: 'lost', supplier: 'Academia' }),
        expected({ type: 'chromebook', brandModel: 'Acer Chromebook 314', serial: 'NXHKD001', startDate: '2018-09-01', warrantyEnd: '2020-09-01', status: 'refurbished-out', supplier: 'Signpost' }),
        expected({ type: 'server', brandModel: 'Synology DS920+', serial: '2080PCN001', startDate: '2021-01-15', warrantyEnd: '2024-01-15', supplier: 'Netwerkbouw Gent bv', note: 'back-up' }),
      ]);
    });

    it('reads an Excel workbook: dates, numbers and booleans as Excel stores them', async () => {
      const result = await preview(await corpus.workbook(), {}, 'inventaris.xlsx');
      expect(result).toMatchObject({ format: 'xlsx', delimiter: null, rows: 3, valid: 3, issueCount: 0 });
      expect(result.sample[1]!.cells.slice(4, 7)).toEqual(['12345678', '22/08/2022', '3450']);
      expect(linesIn(result)).toEqual([
        expected({ type: 'laptop', brandModel: 'HP ProBook 450 G10', quantity: 2, serial: 'HPX001', startDate: '2024-09-02', unitPriceCents: 123_450, warrantyEnd: '2028-09-01' }),
        expected({ type: 'board', brandModel: 'Promethean ActivPanel 9 75"', serial: '12345678', startDate: '2022-08-22', unitPriceCents: 345_000, vatIncluded: false }),
        expected({ type: 'tablet', brandModel: 'Apple iPad 10', serial: 'IPD001', startDate: '2023-02-28', unitPriceCents: 30, status: 'repair' }),
      ]);
    });

    it('reads UTF-8 with a BOM, Windows-1252 and UTF-16 the same way', async () => {
      expect(linesIn(await preview(corpus.withBom()))).toEqual([
        expected({ type: 'laptop', brandModel: 'Dell Latitude 3540', serial: 'DL001', startDate: '2024-09-01', unitPriceCents: 89_900, note: 'Één toestel' }),
      ]);
      const legacy = await preview(corpus.windows1252());
      expect(legacy.encoding).toBe('windows-1252');
      expect(linesIn(legacy)).toEqual([
        expected({ type: 'projector', brandModel: 'Epson café-model', serial: 'EP001', startDate: '2020-09-01', unitPriceCents: 123_450, note: 'Lokaal é€' }),
      ]);
      expect(linesIn(await preview(corpus.utf16Tabs(), {}, 'unicode.txt'))).toEqual([
        expected({ type: 'tablet', brandModel: 'Samsung Galaxy Tab A9', unitPriceCents: 22_900 }),
      ]);
    });

    it('takes VAT from the option, else from the price header, else includes it', async () => {
      const rows = (header: string) => corpus.csv([`Type;${header}`, 'Laptop;899']);
      expect(linesIn(await preview(rows('Prijs')))[0]!.vatIncluded).toBe(true);
      expect(linesIn(await preview(rows('Prijs'), { pricesIncludeVat: false }))[0]!.vatIncluded).toBe(false);
      expect(linesIn(await preview(rows('Prijs excl. btw')))[0]!.vatIncluded).toBe(false);
      expect(linesIn(await preview(rows('Prijs excl. btw'), { pricesIncludeVat: true }))[0]!.vatIncluded).toBe(true);
    });

    it('reports a file without a type column at the header, and shows the headers so a column can be chosen', async () => {
      const result = await preview(corpus.noTypeColumn());
      expect(result.fileIssue).toBeNull();
      expect(result.headers).toEqual(['Merk en model', 'Serienummer', 'Prijs']);
      expect(result.issues).toEqual([{ row: 0, column: null, target: 'type', messageKey: 'inventoryImport.issues.typeColumnMissing' }]);
      expect(result).toMatchObject({ rows: 1, valid: 0, issueCount: 1 });
      const chosen = await preview(corpus.noTypeColumn(), { mapping: { type: 'Merk en model' } });
      expect(chosen).toMatchObject({ valid: 1, issueCount: 0, guessed: ['serial', 'unitPrice'] });
      expect(chosen.sample[0]!.line).toMatchObject({ type: 'laptop', brandModel: '', serial: 'DL001' });
    });

    it('reports a chosen column that is not in the file', async () => {
      const result = await preview(corpus.belgianCsv(), { mapping: { supplier: 'Verdeler' } });
      expect(result.issues[0]).toEqual({
        row: 0,
        column: 'Verdeler',
        target: 'supplier',
        messageKey: 'inventoryImport.issues.unknownColumn',
        params: { column: 'Verdeler' },
      });
      expect(result.mapping.supplier).toBeUndefined();
    });

    it('applies the user’s corrections before parsing and leaves skipped rows out', async () => {
      const bad = await preview(corpus.impossibleDate());
      expect(bad.issues).toEqual([
        { row: 1, column: 'Startdatum', target: 'startDate', messageKey: 'inventoryImport.issues.impossibleDate', params: { value: '31/02/2024' } },
      ]);
      const fixed = await preview(corpus.impossibleDate(), { corrections: [{ row: 1, column: 'Startdatum', value: '28/02/2024' }] });
      expect(fixed).toMatchObject({ valid: 2, issueCount: 0 });
      expect(fixed.sample[0]).toMatchObject({ cells: ['Laptop', 'Dell', 'DL001', '28/02/2024', '899', ''], line: { startDate: '2024-02-28' } });
      const skipped = await preview(corpus.impossibleDate(), { skipRows: [1] });
      expect(skipped).toMatchObject({ rows: 2, valid: 1, skipped: 1, issueCount: 0 });
      expect(skipped.sample[0]).toMatchObject({ row: 1, line: null, issues: [] });
    });

    it('refuses a correction longer than a cell may be', async () => {
      const result = await preview(corpus.impossibleDate(), { corrections: [{ row: 2, column: 'Opmerking', value: 'x'.repeat(1001) }] });
      expect(result.issues).toContainEqual({ row: 2, column: 'Opmerking', target: null, messageKey: 'inventoryImport.issues.cellTooLong', params: { max: 1000 } });
    });

    it('has nothing to import when every row is skipped', async () => {
      const result = await preview(corpus.impossibleDate(), { skipRows: [1, 2] });
      expect(result.issues).toEqual([{ row: 0, column: null, target: null, messageKey: 'inventoryImport.issues.nothingToImport' }]);
    });

    it('reports text too long for its field through the line schema, with the column', async () => {
      const result = await preview(corpus.small(`Laptop;Dell;${'S'.repeat(101)};01/09/2024;899;`));
      expect(result.issues).toEqual([{ row: 1, column: 'Serienummer', target: 'serial', messageKey: 'validation.tooLong', params: { max: 100 } }]);
    });

    it('reports a row with a cell too few instead of reading it shifted', async () => {
      const result = await preview(corpus.shortRow());
      expect(result.issues).toEqual([
        { row: 2, column: null, target: null, messageKey: 'inventoryImport.issues.columnCount', params: { found: 3, expected: 6 } },
      ]);
    });

    it('shows the first 50 rows and the rows with problems, within bounds, with complete counts', async () => {
      const rows = Array.from({ length: 600 }, (_, i) => `Laptop;Dell;S${i + 1};01/09/2024;${i % 2 === 0 ? '899' : 'gratis'};${i % 3 === 0 ? '=A1' : ''}`);
      const result = await preview(corpus.small(...rows));
      expect(result).toMatchObject({ rows: 600, valid: 300, issueCount: 300, warningCount: 200 });
      expect(result.issues).toHaveLength(LISTED_ISSUES);
      expect(result.warnings).toHaveLength(LISTED_ISSUES);
      expect(result.sample).toHaveLength(SAMPLE_ROWS + SAMPLE_PROBLEM_ROWS);
      expect(result.sample.slice(0, SAMPLE_ROWS).map((row) => row.row)).toEqual(Array.from({ length: SAMPLE_ROWS }, (_, i) => i + 1));
      expect(result.sample.slice(SAMPLE_ROWS).every((row) => row.issues.length > 0)).toBe(true);
      expect(result.sample.map((row) => row.row)).toEqual([...result.sample.map((row) => row.row)].sort((a, b) => a - b));
    });

    it('answers a file refused as a whole with only that issue', async () => {
      const result = await preview(corpus.binaryGarbage(), {}, 'foto.csv');
      expect(result).toMatchObject({ rows: 0, valid: 0, headers: [], sample: [], issueCount: 0 });
      expect(result.fileIssue).toEqual({ row: 0, column: null, target: null, messageKey: 'inventoryImport.issues.notText' });
    });

    it('refuses an unknown plan and content that is not base64', async () => {
      const unknown = await backend.fail('inventory.importPreview', {
        planId: '00000000-0000-4000-8000-0000000000ff',
        file: fileOf(corpus.belgianCsv()),
        options: {},
      });
      expect(unknown.code).toBe('NOT_FOUND');
      const garbled = await backend.fail('inventory.importPreview', { planId, file: { fileName: 'x.csv', contentBase64: 'no base64!' }, options: {} });
      expect(garbled).toMatchObject({ code: 'INVALID_INPUT', messageKey: 'errors.invalidFileContent' });
    });
  });

  describe('commit', () => {
    it('writes every line in one undo step that undo removes exactly and redo brings back', async () => {
      const before = snapshot();
      const result = await commit(corpus.belgianCsv());
      expect(result.affected).toBe(5);
      expect(result.undo).toMatchObject({ canUndo: true, undoLabelKey: 'undo.importInventory' });
      const lines = await linesOf();
      expect(lines.map(({ id: _id, ...line }) => line)).toEqual(linesIn(await preview(corpus.belgianCsv(), { mode: 'replace' })));
      expect(new Set(lines.map((line) => line.id)).size).toBe(5);
      expect(result.plan.fleet.reduce((sum, cohort) => sum + cohort.quantity, 0)).toBe(1 + 30 + 15 + 1 + 4);
      const after = snapshot();
      expect(after.undo.count).toBe(before.undo.count + 1);

      const undone = await backend.call('undo.undo', { scope: planId });
      expect(undone.labelKey).toBe('undo.importInventory');
      expect(snapshot().inventory).toEqual(before.inventory);
      expect(await linesOf()).toEqual([]);

      await backend.call('undo.redo', { scope: planId });
      expect(snapshot().inventory).toEqual(after.inventory);
      expect(await linesOf()).toEqual(lines);
    });

    it('adds after the lines already there, in file order', async () => {
      await commit(corpus.belgianCsv());
      await commit(corpus.snipeItCsv(), {}, 'assets.csv');
      const lines = await linesOf();
      expect(lines).toHaveLength(10);
      expect(lines.slice(5).map((line) => line.serial)).toEqual(['PF3XYZ01', 'PF3XYZ02', 'NXKD4EG001', 'DMPXK1', 'CNF3K0001']);
    });

    it('replaces the inventory when asked, and an undo brings the old one back', async () => {
      const before = snapshot();
      const original = await linesOf(EXAMPLE_ID);
      expect(original.length).toBeGreaterThan(100);
      const result = await commit(corpus.lansweeperCsv(), { mode: 'replace' }, 'lansweeper.csv', EXAMPLE_ID);
      expect(result.affected).toBe(5);
      expect((await linesOf(EXAMPLE_ID)).map((line) => line.serial)).toEqual(['7XK9Q01', '5CD1234XYZ', 'DMPZ22AB', 'NXHKD001', '2080PCN001']);
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(snapshot().inventory).toEqual(before.inventory);
      expect(await linesOf(EXAMPLE_ID)).toEqual(original);
    });

    it('keeps formula-like text as text, verbatim', async () => {
      const result = await commit(corpus.formulaCells(), { skipRows: [2] });
      expect(result.affected).toBe(1);
      expect(await linesOf()).toMatchObject([{ brandModel: '=HYPERLINK("http://evil.example")', serial: '+32 9 123 45 67', note: '@SUM(A1)' }]);
    });

    it('refuses serials that are already in the inventory, unless the import replaces it', async () => {
      const existing = (await linesOf(EXAMPLE_ID)).find((line) => line.serial !== '');
      const file = corpus.csv(['Type;Serienummer', `Laptop;${existing!.serial.toLowerCase()}`]);
      const before = snapshot();
      const error = await failCommit(file, {}, undefined, EXAMPLE_ID);
      expect(error.details?.issues).toEqual([
        { path: [1, 'Serienummer'], messageKey: 'inventoryImport.issues.serialExists', params: { serial: existing!.serial.toLowerCase() } },
      ]);
      expect(snapshot()).toEqual(before);
      expect((await commit(file, { mode: 'replace' }, undefined, EXAMPLE_ID)).affected).toBe(1);
    });

    it('lists the problems in the error, row and column first, at most 200', async () => {
      const rows = Array.from({ length: 250 }, (_, i) => `Laptop;Dell;S${i};01/09/2024;gratis;`);
      const error = await failCommit(corpus.small(...rows));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', messageKey: 'errors.importRefused', details: { params: { count: 250 } } });
      expect(error.details?.issues).toHaveLength(LISTED_ISSUES);
      expect(error.details?.issues?.[0]).toEqual({ path: [1, 'Prijs'], messageKey: 'inventoryImport.issues.money', params: { value: 'gratis' } });
    });

    describe('writes nothing for a refused file and says why', () => {
      const cases: [string, () => Buffer | Promise<Buffer>, string, string][] = [
        ['an empty file', corpus.empty, 'x.csv', 'inventoryImport.issues.empty'],
        ['binary garbage', () => corpus.binaryGarbage(), 'x.csv', 'inventoryImport.issues.notText'],
        ['an old .xls', corpus.oldXls, 'x.xls', 'inventoryImport.issues.xlsNotSupported'],
        ['a broken .xlsx', corpus.brokenXlsx, 'x.xlsx', 'inventoryImport.issues.badXlsx'],
        ['a header without rows', corpus.headerOnly, 'x.csv', 'inventoryImport.issues.noRows'],
        ['an unclosed quote', corpus.unclosedQuote, 'x.csv', 'inventoryImport.issues.unclosedQuote'],
        ['a 1 MB cell', corpus.hugeCell, 'x.csv', 'inventoryImport.issues.cellTooLong'],
        ['no type column', corpus.noTypeColumn, 'x.csv', 'inventoryImport.issues.typeColumnMissing'],
        ['a negative price', corpus.negativePrice, 'x.csv', 'validation.notNegative'],
        ['an absurd price', corpus.absurdPrice, 'x.csv', 'validation.implausiblePrice'],
        ['an impossible date', corpus.impossibleDate, 'x.csv', 'inventoryImport.issues.impossibleDate'],
        ['duplicate serials', corpus.duplicateSerials, 'x.csv', 'inventoryImport.issues.duplicateSerial'],
        ['a formula where a price belongs', corpus.formulaCells, 'x.csv', 'inventoryImport.issues.money'],
        ['a row with a cell too few', corpus.shortRow, 'x.csv', 'inventoryImport.issues.columnCount'],
      ];

      it.each(cases)('%s', async (_name, build, fileName, messageKey) => {
        const bytes = await build();
        const shown = await preview(bytes, {}, fileName);
        const keys = [shown.fileIssue, ...shown.issues].filter((issue) => issue !== null).map((issue) => issue.messageKey);
        expect(keys).toContain(messageKey);

        const before = snapshot();
        const error = await failCommit(bytes, {}, fileName);
        expect(error).toMatchObject({ code: 'INVALID_INPUT', messageKey: 'errors.importRefused' });
        expect(error.details?.issues?.map((issue) => issue.messageKey)).toContain(messageKey);
        expect(snapshot()).toEqual(before);
        expect(await linesOf()).toEqual([]);
      });

      it('names the row and column of each problem', async () => {
        const error = await failCommit(corpus.duplicateSerials());
        expect(error.details?.issues).toEqual([
          { path: [3, 'Serienummer'], messageKey: 'inventoryImport.issues.duplicateSerial', params: { serial: 'dl001', first: 1 } },
        ]);
      });
    });

    it('never half-commits: a file with any bad row writes nothing, a clean file writes every row', async () => {
      let total = snapshot().inventory.count;
      let serial = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (goodRows) => {
          const rows = goodRows.map((good) => `Laptop;Dell;P${++serial};01/09/2024;${good ? '899' : '-1'};`);
          const before = snapshot();
          const result = await backend.dispatch('inventory.importCommit', { planId, file: fileOf(corpus.small(...rows)), options: {} });
          if (goodRows.every(Boolean)) {
            expect(result.ok).toBe(true);
            total += rows.length;
          } else {
            expect(result.ok).toBe(false);
            expect(snapshot()).toEqual(before);
          }
          expect(snapshot().inventory.count).toBe(total);
        }),
        { numRuns: 25 },
      );
    });
  });

  it('writes rows exactly as lineToRow makes them', () => {
    exampleFleet().forEach((line, i) => {
      const row = rowOf(planId, 'new-id', line, i + 1);
      expect(row).toStrictEqual(lineToRow(planId, { ...line, id: 'new-id' }, i + 1));
      expect(Object.keys(row).sort()).toEqual(Object.keys(lineToRow(planId, line, 1)).sort());
    });
  });
});
