// Reference price import (prices.import): JSON and Belgian CSV lists read strictly, refusals with row numbers that leave the database as it was, every import a new version, undo.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_REFERENCE_LIST_ID } from '../../../../electron/handlers/plans.ts';
import { listValidOn } from '../../../../shared/prices/schema.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/prices');
const fixture = (name: string) => readFileSync(join(fixtures, name));
const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

const meta = {
  name: 'Referentieprijzen schooljaar 2026-2027',
  source: 'Kenniscentrum Digisprong, nieuwsbrief juni 2026',
  publishedOn: '2026-06-10',
  validFrom: '2026-09-01',
  validTo: '2027-08-31',
};

const header = 'code;omschrijving;categorie;eenheid;prijs;btw';

describe('prices.import', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  /** Everything a refusal must leave alone: the lists and the library's undo history. */
  const snapshot = () => ({
    lists: backend.store.db.prepare('SELECT * FROM reference_price_lists ORDER BY id').all(),
    journal: backend.store.db.prepare(`SELECT id, state FROM undo_entries WHERE scope = 'library' ORDER BY id`).all(),
  });

  const csv = (lines: string[]) => ({ fileName: 'prijzen.csv', contentBase64: base64(`${[header, ...lines].join('\r\n')}\r\n`) });

  /** Imports, expects a refusal with INVALID_INPUT, and checks that nothing changed. */
  async function refused(input: unknown) {
    const before = snapshot();
    const error = await backend.fail('prices.import', input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(snapshot()).toEqual(before);
    return error;
  }

  it('imports a JSON list as a new version: new id, the bytes’ SHA-256, the import time, not an example', async () => {
    backend.clock.set('2026-06-12T14:30:00.000Z');
    const bytes = fixture('referentieprijzen-2026.json');
    const list = await backend.call('prices.import', { file: { fileName: 'referentieprijzen-2026.json', contentBase64: base64(bytes) } });
    expect(list).toMatchObject({
      name: 'Referentieprijzen ICT-toestellen 2026 (testlijst)',
      publishedOn: '2026-01-15',
      validFrom: '2026-02-01',
      validTo: '2027-08-31',
      isExample: false,
      importedAt: '2026-06-12T14:30:00.000Z',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(list.id).not.toBe(EXAMPLE_REFERENCE_LIST_ID);
    expect(list.items).toHaveLength(6);
    expect(list.items[0]).toEqual({ code: 'LAPTOP-STD', label: 'Leerlingenlaptop, standaard', category: 'laptop', unit: 'device', priceCents: 58_000, vatIncluded: true });
    const stored = await backend.call('prices.list', {});
    expect(stored.map((l) => l.id).sort()).toEqual([list.id, EXAMPLE_REFERENCE_LIST_ID].sort());
    expect(stored.find((l) => l.id === list.id)).toEqual(list);
  });

  it('imports a Belgian CSV (semicolons, decimal commas, Dutch words) with the details from the dialog', async () => {
    const list = await backend.call('prices.import', { file: { fileName: 'referentieprijzen-2026.csv', contentBase64: base64(fixture('referentieprijzen-2026.csv')) }, meta });
    expect(list).toMatchObject({ ...meta, isExample: false });
    expect(list.items).toEqual([
      { code: 'LAPTOP-STD', label: 'Leerlingenlaptop, standaard', category: 'laptop', unit: 'device', priceCents: 58_000, vatIncluded: true },
      { code: 'BORD-75', label: 'Interactief scherm 75"', category: 'board', unit: 'device', priceCents: 315_000, vatIncluded: true },
      { code: 'TABLET-LEASE', label: 'Tablet, lease', category: 'tablet', unit: 'month', priceCents: 1_400, vatIncluded: true },
      { code: 'WAARBORG', label: 'Waarborg laptop', category: 'deposit', unit: 'device', priceCents: 10_000, vatIncluded: true },
      { code: 'VERZ', label: 'Verzekering tegen breuk', category: 'insurance', unit: 'school-year', priceCents: 3_550, vatIncluded: false },
    ]);
  });

  it('reads English headers with commas and takes the VAT from a "price excl. VAT" header', async () => {
    const list = await backend.call('prices.import', { file: { fileName: 'reference-prices-en.csv', contentBase64: base64(fixture('reference-prices-en.csv')) }, meta });
    expect(list.items).toEqual([
      { code: 'LAPTOP', label: 'Pupil laptop', category: 'laptop', unit: 'device', priceCents: 47_934, vatIncluded: false },
      { code: 'BOARD', label: 'Interactive display', category: 'board', unit: 'device', priceCents: 260_331, vatIncluded: false },
    ]);
  });

  it('reads a CSV saved by older Excel in Windows-1252, with € and accents intact', async () => {
    const text = `${header}\r\nPROJ;Projector voor lokaal één;beamer;stuk;€ 612,40;ja\r\n`;
    const list = await backend.call('prices.import', { file: { fileName: 'prijzen.csv', contentBase64: base64(iconv.encode(text, 'windows-1252')) }, meta });
    expect(list.items).toEqual([{ code: 'PROJ', label: 'Projector voor lokaal één', category: 'projector', unit: 'device', priceCents: 61_240, vatIncluded: true }]);
  });

  it('refuses a CSV without the list’s details, saying they are missing', async () => {
    const error = await refused({ file: { fileName: 'referentieprijzen-2026.csv', contentBase64: base64(fixture('referentieprijzen-2026.csv')) } });
    expect(error.messageKey).toBe('errors.priceListMetaMissing');
  });

  it('refuses bad rows and names each row by its line in the file', async () => {
    const error = await refused({
      file: csv([
        'LAPTOP;Laptop;laptop;toestel;580,00;incl',
        'X1;Vliegtuig;vliegtuig;toestel;580,00;incl',
        '',
        'X2;Tablet;tablet;per week;12,00;incl',
        'X3;Tablet;tablet;toestel;twaalf euro;incl',
        'X4;Tablet;tablet;toestel;-12,00;incl',
        'X5;Tablet;tablet;toestel;12,00;misschien',
        ';Zonder code;tablet;toestel;12,00;incl',
      ]),
      meta,
    });
    expect(error.messageKey).toBe('errors.priceFileInvalid');
    const found = (error.details?.issues ?? []).map((issue) => [issue.params?.row, issue.path.at(-1), issue.messageKey]);
    expect(found).toEqual([
      [3, 'category', 'validation.unknownCategory'],
      [5, 'unit', 'validation.unknownUnit'],
      [6, 'priceCents', 'validation.unreadablePrice'],
      [7, 'priceCents', 'validation.notNegative'],
      [8, 'vatIncluded', 'validation.unknownVat'],
      [9, 'code', 'validation.required'],
    ]);
    expect(error.details?.issues?.[0]?.params).toMatchObject({ value: 'vliegtuig' });
  });

  it('refuses duplicate codes, naming the row and the row where the code first appeared', async () => {
    const error = await refused({
      file: csv(['LAPTOP;Laptop;laptop;toestel;580,00;incl', 'TABLET;Tablet;tablet;toestel;400,00;incl', 'LAPTOP;Laptop (lease);laptop;per maand;14,00;incl']),
      meta,
    });
    expect(error.details?.issues).toEqual([
      { path: ['items', 2, 'code'], messageKey: 'validation.duplicateCodeRow', params: { row: 4, code: 'LAPTOP', first: 2 } },
    ]);
    const json = JSON.parse(fixture('referentieprijzen-2026.json').toString('utf8')) as { items: { code: string }[] };
    json.items[3]!.code = 'CHROMEBOOK';
    const inJson = await refused({ file: { fileName: 'lijst.json', contentBase64: base64(JSON.stringify(json)) } });
    expect(inJson.details?.issues).toEqual([
      { path: ['items', 3, 'code'], messageKey: 'validation.duplicateCodeRow', params: { row: 4, code: 'CHROMEBOOK', first: 3 } },
    ]);
  });

  it('refuses a list whose end of validity lies before its start, in JSON and in the CSV details', async () => {
    const json = JSON.parse(fixture('referentieprijzen-2026.json').toString('utf8')) as Record<string, unknown>;
    const fromJson = await refused({ file: { fileName: 'lijst.json', contentBase64: base64(JSON.stringify({ ...json, validTo: '2026-01-31' })) } });
    expect(fromJson.details?.issues).toEqual([{ path: ['validTo'], messageKey: 'validation.endBeforeStart' }]);
    const fromCsv = await refused({ file: csv(['LAPTOP;Laptop;laptop;toestel;580,00;incl']), meta: { ...meta, validTo: '2026-08-31' } });
    expect(fromCsv.details?.issues).toEqual([{ path: ['validTo'], messageKey: 'validation.endBeforeStart' }]);
  });

  it('refuses binary garbage, whatever the file is called', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    let seed = 7;
    const noise = Buffer.from(Array.from({ length: 2048 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % 256));
    for (const [fileName, bytes] of [
      ['prijzen.csv', png],
      ['prijzen.json', noise],
      ['prijzen.xlsx', noise],
    ] as const) {
      const error = await refused({ file: { fileName, contentBase64: base64(bytes) }, meta });
      expect(error.messageKey, fileName).toBe('errors.priceFileUnreadable');
    }
  });

  it('refuses an empty file, broken JSON, a CSV missing columns and a CSV without rows', async () => {
    expect((await refused({ file: { fileName: 'leeg.csv', contentBase64: '' }, meta })).messageKey).toBe('errors.priceFileEmpty');
    expect((await refused({ file: { fileName: 'lijst.json', contentBase64: base64('{"name": "half') } })).messageKey).toBe('errors.priceFileBadJson');
    const columns = await refused({ file: { fileName: 'p.csv', contentBase64: base64('code;omschrijving;prijs\nA;B;1,00\n') }, meta });
    expect(columns.messageKey).toBe('errors.priceFileMissingColumns');
    expect(columns.details?.issues?.map((issue) => issue.params?.column)).toEqual(['category', 'unit', 'vatIncluded']);
    const empty = await refused({ file: csv([]), meta });
    expect(empty.details?.issues).toEqual([{ path: ['items'], messageKey: 'errors.priceFileNoRows' }]);
  });

  it('refuses a JSON list with unknown fields or a wrong item, naming the item by its place', async () => {
    const json = JSON.parse(fixture('referentieprijzen-2026.json').toString('utf8')) as { items: Record<string, unknown>[] };
    json.items[1]!.priceCents = 13.5;
    const error = await refused({ file: { fileName: 'lijst.json', contentBase64: base64(JSON.stringify({ ...json, official: true })) } });
    expect(error.details?.issues).toEqual([
      { path: ['items', 1, 'priceCents'], messageKey: 'validation.wholeNumber', params: { row: 2 } },
      { path: [], messageKey: 'validation.unknownField', params: { keys: 'official' } },
    ]);
  });

  it('keeps every import as a new version, also of the same file', async () => {
    const file = { fileName: 'referentieprijzen-2026.json', contentBase64: base64(fixture('referentieprijzen-2026.json')) };
    const first = await backend.call('prices.import', { file });
    backend.clock.advance(60_000);
    const second = await backend.call('prices.import', { file });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    const lists = await backend.call('prices.list', {});
    expect(lists.filter((list) => list.sha256 === first.sha256)).toHaveLength(2);
    // The newest import of equally published lists is the one that applies.
    expect(listValidOn(lists, '2026-05-12')?.id).toBe(second.id);
  });

  it('undoes an import in the library’s history and redoes it', async () => {
    const list = await backend.call('prices.import', { file: { fileName: 'referentieprijzen-2026.json', contentBase64: base64(fixture('referentieprijzen-2026.json')) } });
    expect((await backend.call('undo.state', { scope: 'library' })).undoLabelKey).toBe('undo.importPriceList');
    await backend.call('undo.undo', { scope: 'library' });
    expect((await backend.call('prices.list', {})).map((l) => l.id)).toEqual([EXAMPLE_REFERENCE_LIST_ID]);
    await backend.call('undo.redo', { scope: 'library' });
    expect((await backend.call('prices.list', {})).find((l) => l.id === list.id)).toEqual(list);
  });

  it('makes an imported list the one the procurement rules compare with', async () => {
    const before = await backend.call('plans.get', { planId: '00000000-0000-4000-8000-000000000001' });
    expect(before.findings.map((f) => f.ruleId)).toContain('prices.example-only');
    await backend.call('prices.import', { file: { fileName: 'referentieprijzen-2026.json', contentBase64: base64(fixture('referentieprijzen-2026.json')) } });
    const after = await backend.call('plans.get', { planId: '00000000-0000-4000-8000-000000000001' });
    expect(after.findings.map((f) => f.ruleId)).not.toContain('prices.example-only');
    // 635 € for a laptop against 580 € in the imported list (600 € in the example list).
    const above = after.findings.find((f) => f.ruleId === 'procurement.above-reference' && f.field === 'procurements.proc-2026-laptops.items.i1');
    expect(above?.params).toMatchObject({ deviation: '9,5%' });
  });
});
