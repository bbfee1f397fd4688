// What an imported cell means: device types, statuses, contracts, uses, funding, dates, euros, quantities and VAT, with properties for the parsers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../shared/format.ts';
import {
  addMonths,
  cellText,
  MAX_IMPORT_YEAR,
  MIN_IMPORT_YEAR,
  parseContract,
  parseDeviceType,
  parseFunding,
  parseImportDate,
  parseImportMoney,
  parseLifetime,
  parseQuantity,
  parseStatus,
  parseText,
  parseUse,
  parseVat,
  parseWarrantyEnd,
  type CellResult,
  type ImportCell,
} from '../../../../shared/devices/import-mapping.ts';
import { MAX_UNIT_PRICE_CENTS } from '../../../../shared/devices/schema.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { nl } from '../../../../shared/i18n/nl.ts';
import { formatMoney } from '../../../../shared/money.ts';

const value = <T>(result: CellResult<T>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.issue.messageKey}`);
  return result.value;
};
const issueOf = <T>(result: CellResult<T>) => (result.ok ? null : result.issue);

describe('parseDeviceType', () => {
  it.each([
    ['Laptop', 'laptop'],
    ['Laptops', 'laptop'],
    ['Notebook', 'laptop'],
    ['Lenovo ThinkPad L14', 'laptop'],
    ['Chromebook', 'chromebook'],
    ['CHROMEBOOKS', 'chromebook'],
    ['iPad', 'tablet'],
    ['Tablets', 'tablet'],
    ['Desktop', 'desktop'],
    ['Vaste pc', 'desktop'],
    ['Digibord', 'board'],
    ['Interactief scherm 75"', 'board'],
    ['Digitaal bord', 'board'],
    ['beamer', 'projector'],
    ['Projectoren', 'projector'],
    ['Access point', 'network'],
    ['Access Points', 'network'],
    ['Wireless Access Point', 'network'],
    ['Switch', 'network'],
    ['Server', 'server'],
    ['NAS', 'server'],
    ['Ander toestel', 'other'],
    ['Printer', 'other'],
    ['Other device', 'other'],
  ])('reads %s as %s', (cell, type) => {
    const result = parseDeviceType(cell);
    expect(result).toEqual({ ok: true, value: type });
  });

  it('reads every label of both catalogs back', () => {
    for (const catalog of [nl, en]) {
      for (const [type, label] of Object.entries(catalog.devices.types)) expect(value(parseDeviceType(label))).toBe(type);
    }
  });

  it('makes an unknown type "other" with a warning, not an error', () => {
    expect(parseDeviceType('Windows')).toEqual({
      ok: true,
      value: 'other',
      warning: { messageKey: 'inventoryImport.issues.unknownType', params: { value: 'Windows' } },
    });
  });

  it('requires a type', () => {
    expect(issueOf(parseDeviceType('  '))).toEqual({ messageKey: 'validation.required' });
    expect(issueOf(parseDeviceType(null))).toEqual({ messageKey: 'validation.required' });
  });
});

describe('parseStatus', () => {
  it.each([
    ['In gebruik', 'in-use'],
    ['Deployed', 'in-use'],
    ['Ready to Deploy', 'in-use'],
    ['Pending', 'in-use'],
    ['Active', 'in-use'],
    ['Stored', 'in-use'],
    ['Archived', 'retired'],
    ['afgeschreven', 'retired'],
    ['Broken', 'repair'],
    ['defect', 'repair'],
    ['Out for Repair', 'repair'],
    ['Stolen', 'lost'],
    ['Lost/Stolen', 'lost'],
    ['Verloren', 'lost'],
    ['Sold', 'refurbished-out'],
    ['Tweede leven', 'refurbished-out'],
    ['Gerecycleerd', 'recycled'],
  ])('reads %s as %s', (cell, status) => {
    expect(value(parseStatus(cell))).toBe(status);
  });

  it('leaves an empty status to the default and refuses an unknown one', () => {
    expect(value(parseStatus(''))).toBeUndefined();
    expect(issueOf(parseStatus('Kapotgevallen'))).toEqual({ messageKey: 'inventoryImport.issues.unknownStatus', params: { value: 'Kapotgevallen' } });
  });
});

describe('parseContract, parseUse, parseFunding', () => {
  it('reads Dutch, English and the catalog labels', () => {
    expect(value(parseContract('Geleased'))).toBe('leased');
    expect(value(parseContract('Lease'))).toBe('leased');
    expect(value(parseContract('Purchased'))).toBe('bought');
    expect(value(parseContract('Met onderhoudscontract'))).toBe('maintenance');
    expect(value(parseContract('Minimale levensduur'))).toBe('minimum-lifetime');
    expect(value(parseUse('Leerkrachten'))).toBe('teachers');
    expect(value(parseUse('Gedeeld door leerlingen'))).toBe('shared-pupils');
    expect(value(parseUse('Uitleendienst'))).toBe('loan-service');
    expect(value(parseUse('Classroom'))).toBe('classroom');
    expect(value(parseFunding('Digiplan thema 3b'))).toBe('digiplan-3b');
    expect(value(parseFunding('digiplan-2'))).toBe('digiplan-2');
    expect(value(parseFunding('Ouderbijdrage'))).toBe('parents');
    expect(value(parseFunding('Eigen middelen'))).toBe('own');
    for (const catalog of [nl, en]) {
      for (const [id, label] of Object.entries(catalog.devices.contracts)) expect(value(parseContract(label))).toBe(id);
      for (const [id, label] of Object.entries(catalog.devices.uses)) expect(value(parseUse(label))).toBe(id);
      for (const [id, label] of Object.entries(catalog.devices.funding)) expect(value(parseFunding(label))).toBe(id);
      for (const [id, label] of Object.entries(catalog.devices.statuses)) expect(value(parseStatus(label))).toBe(id);
    }
  });

  it('refuses unknown words with the value in the message', () => {
    expect(issueOf(parseContract('Gratis'))).toEqual({ messageKey: 'inventoryImport.issues.unknownContract', params: { value: 'Gratis' } });
    expect(issueOf(parseUse('Kantine'))).toEqual({ messageKey: 'inventoryImport.issues.unknownUse', params: { value: 'Kantine' } });
    expect(issueOf(parseFunding('Loterij'))).toEqual({ messageKey: 'inventoryImport.issues.unknownFunding', params: { value: 'Loterij' } });
  });
});

describe('parseImportDate', () => {
  it.each([
    ['01/09/2024', '2024-09-01'],
    ['1/9/2024', '2024-09-01'],
    ['2024-09-01', '2024-09-01'],
    ['01-09-2024', '2024-09-01'],
    ['01.09.2024', '2024-09-01'],
    ['2024-09-01 00:00:00', '2024-09-01'],
    ['14/05/2019 0:00:00', '2019-05-14'],
    ['2024-09-01T10:30:00Z', '2024-09-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['', ''],
    ['-', ''],
  ])('reads %s as %s', (cell, iso) => {
    expect(value(parseImportDate(cell))).toBe(iso);
  });

  it('reads an Excel date by its calendar day', () => {
    expect(value(parseImportDate(new Date('2024-09-01T00:00:00.000Z')))).toBe('2024-09-01');
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(issueOf(parseImportDate('31/02/2024'))).toEqual({ messageKey: 'inventoryImport.issues.impossibleDate', params: { value: '31/02/2024' } });
    expect(issueOf(parseImportDate('29/02/2023'))?.messageKey).toBe('inventoryImport.issues.impossibleDate');
    expect(issueOf(parseImportDate('12/31/2024'))?.messageKey).toBe('inventoryImport.issues.impossibleDate');
  });

  it('refuses what is not a date and years outside the plausible range', () => {
    expect(issueOf(parseImportDate('september 2024'))?.messageKey).toBe('inventoryImport.issues.date');
    expect(issueOf(parseImportDate('01/09/24'))?.messageKey).toBe('inventoryImport.issues.date');
    expect(issueOf(parseImportDate(45000))?.messageKey).toBe('inventoryImport.issues.date');
    expect(issueOf(parseImportDate('01/01/1900'))).toEqual({
      messageKey: 'inventoryImport.issues.dateOutOfRange',
      params: { value: '01/01/1900', min: MIN_IMPORT_YEAR, max: MAX_IMPORT_YEAR },
    });
  });
});

describe('parseWarrantyEnd', () => {
  it('reads a date, or months counted from the start date', () => {
    expect(value(parseWarrantyEnd('31/08/2027', '2023-09-01'))).toBe('2027-08-31');
    expect(value(parseWarrantyEnd('36', '2022-09-01'))).toBe('2025-09-01');
    expect(value(parseWarrantyEnd(24, '2024-01-31'))).toBe('2026-01-31');
    expect(issueOf(parseWarrantyEnd('36', ''))).toEqual({ messageKey: 'inventoryImport.issues.warrantyMonthsWithoutStart', params: { value: 36 } });
  });

  it('adds months without spilling into the next month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 12)).toBe('2024-12-15');
  });
});

describe('parseImportMoney', () => {
  it.each([
    ['1.234,50', 123_450],
    ['€ 1.234,50', 123_450],
    ['€\u00a01.234,50', 123_450],
    ['1234.50', 123_450],
    ['1234,5', 123_450],
    ['1,234.50', 123_450],
    ['499', 49_900],
    ['EUR 12', 1_200],
    ['0', 0],
  ])('reads %s as %i cents', (cell, cents) => {
    expect(value(parseImportMoney(cell))).toBe(cents);
  });

  it('leaves an empty price unknown', () => {
    expect(value(parseImportMoney(''))).toBeNull();
    expect(value(parseImportMoney(null))).toBeNull();
  });

  it('refuses negative and absurd prices and what is not an amount', () => {
    expect(issueOf(parseImportMoney('-5'))).toEqual({ messageKey: 'validation.notNegative' });
    expect(issueOf(parseImportMoney(-5))).toEqual({ messageKey: 'validation.notNegative' });
    expect(issueOf(parseImportMoney('€ 2.500.000,00'))).toEqual({ messageKey: 'validation.implausiblePrice' });
    expect(issueOf(parseImportMoney('=1+1'))).toEqual({ messageKey: 'inventoryImport.issues.money', params: { value: '=1+1' } });
    expect(issueOf(parseImportMoney('12,345'))?.messageKey).toBe('inventoryImport.issues.money');
    expect(issueOf(parseImportMoney('1,234'))?.messageKey).toBe('inventoryImport.issues.money');
  });

  it('takes an Excel number as euros and rounds a formula’s result to the cent with a warning', () => {
    expect(parseImportMoney(1234.5)).toEqual({ ok: true, value: 123_450 });
    expect(parseImportMoney(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parseImportMoney(826.446281)).toEqual({
      ok: true,
      value: 82_645,
      warning: { messageKey: 'inventoryImport.issues.priceRounded', params: { value: '826,446281' } },
    });
  });
});

describe('parseQuantity, parseLifetime, parseVat, parseText', () => {
  it('reads quantities, one when empty', () => {
    expect(value(parseQuantity(''))).toBe(1);
    expect(value(parseQuantity('30'))).toBe(30);
    expect(value(parseQuantity(2))).toBe(2);
    expect(issueOf(parseQuantity('0'))).toEqual({ messageKey: 'validation.tooSmall', params: { min: 1 } });
    expect(issueOf(parseQuantity('2,5'))?.messageKey).toBe('inventoryImport.issues.quantity');
    expect(issueOf(parseQuantity(2.5))?.messageKey).toBe('inventoryImport.issues.quantity');
    expect(issueOf(parseQuantity('100001'))).toEqual({ messageKey: 'validation.tooLarge', params: { max: 100_000 } });
  });

  it('reads lifetimes in years', () => {
    expect(value(parseLifetime('5'))).toBe(5);
    expect(value(parseLifetime('5 jaar'))).toBe(5);
    expect(value(parseLifetime('7 years'))).toBe(7);
    expect(value(parseLifetime(''))).toBeNull();
    expect(issueOf(parseLifetime('16'))).toEqual({ messageKey: 'validation.tooLarge', params: { max: 15 } });
    expect(issueOf(parseLifetime('lang'))?.messageKey).toBe('inventoryImport.issues.lifetime');
  });

  it('reads incl/excl, ja/nee and Excel booleans', () => {
    for (const yes of ['incl', 'Incl. btw', 'inclusief', 'ja', 'Yes', 'TRUE', 'waar', true]) expect(value(parseVat(yes))).toBe(true);
    for (const no of ['excl', 'Excl. BTW', 'exclusief', 'nee', 'No', 'FALSE', 'htva', false]) expect(value(parseVat(no))).toBe(false);
    expect(value(parseVat(''))).toBeUndefined();
    expect(issueOf(parseVat('21%'))).toEqual({ messageKey: 'inventoryImport.issues.vat', params: { value: '21%' } });
  });

  it('keeps formula-like text as text, warning only for a leading =', () => {
    expect(parseText('=HYPERLINK("x")')).toEqual({
      ok: true,
      value: '=HYPERLINK("x")',
      warning: { messageKey: 'inventoryImport.issues.formula', params: { value: '=HYPERLINK("x")' } },
    });
    expect(parseText('+32 9 123 45 67')).toEqual({ ok: true, value: '+32 9 123 45 67' });
    expect(parseText('-kapot scherm')).toEqual({ ok: true, value: '-kapot scherm' });
    expect(parseText('@SUM(A1)')).toEqual({ ok: true, value: '@SUM(A1)' });
  });

  it('shows Excel cells the Belgian way', () => {
    expect(cellText(1234.5)).toBe('1234,5');
    expect(cellText(new Date('2024-09-01T00:00:00Z'))).toBe('01/09/2024');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });
});

describe('properties', () => {
  const parsers: [string, (cell: ImportCell) => CellResult<unknown>][] = [
    ['type', parseDeviceType],
    ['status', parseStatus],
    ['contract', parseContract],
    ['use', parseUse],
    ['funding', parseFunding],
    ['date', parseImportDate],
    ['money', parseImportMoney],
    ['quantity', parseQuantity],
    ['lifetime', parseLifetime],
    ['vat', parseVat],
    ['text', parseText],
    ['warranty', (cell) => parseWarrantyEnd(cell, '2024-09-01')],
  ];
  const anyCell = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('€', '-', '1.234,5', '31/02/2024', '0', '00/00/0000', 'ⅷ', '١٢٣', '\u0000', 'NaN', 'Infinity', '1e21'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constant(null),
  );

  it('never throw: every cell gives a value or an issue with a catalog key', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const [, parse] of parsers) {
          const result = parse(cell);
          if (result.ok) {
            if (result.warning) expect(result.warning.messageKey).toMatch(/^(inventoryImport\.issues|validation)\./);
          } else {
            expect(result.issue.messageKey).toMatch(/^(inventoryImport\.issues|validation)\./);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('money round-trips through formatMoney for every plausible price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_UNIT_PRICE_CENTS }), (cents) => {
        expect(parseImportMoney(formatMoney(cents))).toEqual({ ok: true, value: cents });
      }),
      { numRuns: 300 },
    );
  });

  it('a price is never negative and never above the maximum', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parseImportMoney(cell);
        if (result.ok && result.value !== null) {
          expect(Number.isSafeInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_UNIT_PRICE_CENTS);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('dates round-trip through dd/mm/yyyy, ISO and Excel dates', () => {
    const day = fc.date({ min: new Date(Date.UTC(MIN_IMPORT_YEAR, 0, 1)), max: new Date(Date.UTC(MAX_IMPORT_YEAR, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(value(parseImportDate(formatDate(iso)))).toBe(iso);
        expect(value(parseImportDate(iso))).toBe(iso);
        expect(value(parseImportDate(new Date(`${iso}T00:00:00.000Z`)))).toBe(iso);
        expect(value(parseImportDate(formatDate(iso).replace(/\//g, '.')))).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it('a date that parses is always a real ISO date in the plausible range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1800, max: 2300 }), (noise, d, m, y) => {
        for (const cell of [noise, `${d}/${m}/${y}`, `${y}-${m}-${d}`]) {
          const result = parseImportDate(cell);
          if (result.ok && result.value !== '') {
            const year = Number(result.value.slice(0, 4));
            expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(year).toBeGreaterThanOrEqual(MIN_IMPORT_YEAR);
            expect(year).toBeLessThanOrEqual(MAX_IMPORT_YEAR);
            expect(formatDate(result.value)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
