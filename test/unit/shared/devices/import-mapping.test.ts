// Which column fills which inventory field: guesses from Dutch, English, Snipe-IT and Lansweeper headers, and the user's own choices.
import { describe, expect, it } from 'vitest';
import { columnsOf, combineHeaders, normalizeHeader, resolveMapping } from '../../../../shared/devices/import-mapping.ts';

describe('normalizeHeader', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalizeHeader('Aankoop­datum (dd/mm/jjjj)')).toBe('aankoopdatumddmmjjjj');
    expect(normalizeHeader('  Créé  le ')).toBe('creele');
    expect(normalizeHeader('PurchaseDate')).toBe(normalizeHeader('Purchase Date'));
  });
});

describe('resolveMapping', () => {
  it('guesses every field from the Dutch headers of a school spreadsheet', () => {
    const headers = [
      'Type', 'Merk en model', 'Aantal', 'Serienummer', 'Aankoopdatum', 'Prijs (EUR)', 'Btw', 'Contract', 'Leverancier',
      'Raamovereenkomst', 'Gebruik', 'Status', 'Garantie tot', 'Levensduur (jaren)', 'Financiering', 'Opmerking',
    ];
    const { mapping, guessed, problems } = resolveMapping(headers);
    expect(mapping).toEqual({
      type: 'Type',
      brandModel: 'Merk en model',
      quantity: 'Aantal',
      serial: 'Serienummer',
      startDate: 'Aankoopdatum',
      unitPrice: 'Prijs (EUR)',
      vatIncluded: 'Btw',
      contract: 'Contract',
      supplier: 'Leverancier',
      framework: 'Raamovereenkomst',
      use: 'Gebruik',
      status: 'Status',
      warrantyEnd: 'Garantie tot',
      lifetimeYears: 'Levensduur (jaren)',
      funding: 'Financiering',
      note: 'Opmerking',
    });
    expect(guessed).toHaveLength(16);
    expect(problems).toEqual([]);
  });

  it('reads English headers without regard to case or punctuation', () => {
    const { mapping } = resolveMapping(['DEVICE TYPE', 'Serial number', 'Unit price', 'Quantity', 'Start date', 'Funding source', 'Comments']);
    expect(mapping).toEqual({
      type: 'DEVICE TYPE',
      serial: 'Serial number',
      unitPrice: 'Unit price',
      quantity: 'Quantity',
      startDate: 'Start date',
      funding: 'Funding source',
      note: 'Comments',
    });
  });

  it('maps a Snipe-IT export and combines Manufacturer and Model into brand and model', () => {
    const headers = [
      'Asset Tag', 'Asset Name', 'Serial', 'Model', 'Manufacturer', 'Category', 'Status', 'Purchase Date', 'Purchase Cost', 'Supplier',
      'Warranty Months', 'Warranty Expires', 'Location', 'Notes',
    ];
    const { mapping, columns } = resolveMapping(headers);
    expect(mapping).toEqual({
      type: 'Category',
      serial: 'Serial',
      brandModel: combineHeaders('Manufacturer', 'Model'),
      startDate: 'Purchase Date',
      warrantyEnd: 'Warranty Expires',
      unitPrice: 'Purchase Cost',
      supplier: 'Supplier',
      status: 'Status',
      note: 'Notes',
    });
    expect(columns.brandModel).toEqual([4, 3]);
  });

  it('maps a Lansweeper export', () => {
    const headers = ['AssetName', 'AssetType', 'Manufacturer', 'Model', 'SerialNumber', 'PurchaseDate', 'WarrantyDate', 'State', 'Vendor', 'IPAddress'];
    expect(resolveMapping(headers).mapping).toEqual({
      type: 'AssetType',
      brandModel: 'Manufacturer + Model',
      serial: 'SerialNumber',
      startDate: 'PurchaseDate',
      warrantyEnd: 'WarrantyDate',
      status: 'State',
      supplier: 'Vendor',
    });
  });

  it('falls back to the asset tag for the serial when there is no serial column', () => {
    expect(resolveMapping(['Category', 'Asset Tag']).mapping.serial).toBe('Asset Tag');
  });

  it('keeps the user’s choices, guesses the rest from the columns left, and leaves out a field mapped to ""', () => {
    const headers = ['Soort', 'Omschrijving', 'Nummer', 'Opmerking'];
    const resolved = resolveMapping(headers, { type: 'Soort', brandModel: 'Omschrijving', serial: 'Nummer', note: '' });
    expect(resolved.mapping).toEqual({ type: 'Soort', brandModel: 'Omschrijving', serial: 'Nummer' });
    expect(resolved.guessed).toEqual([]);
    expect(resolved.columns.serial).toEqual([2]);
  });

  it('does not guess a column the user gave to another field', () => {
    const resolved = resolveMapping(['Type', 'Opmerking'], { brandModel: 'Opmerking' });
    expect(resolved.mapping).toEqual({ type: 'Type', brandModel: 'Opmerking' });
    expect(resolved.guessed).toEqual(['type']);
  });

  it('reports a chosen column the file does not have, and does not guess that field instead', () => {
    const resolved = resolveMapping(['Type', 'Merk'], { brandModel: 'Model', type: 'Categorie' });
    expect(resolved.problems).toEqual([
      { target: 'type', column: 'Categorie', messageKey: 'inventoryImport.issues.unknownColumn' },
      { target: 'brandModel', column: 'Model', messageKey: 'inventoryImport.issues.unknownColumn' },
    ]);
    expect(resolved.mapping).toEqual({});
  });

  it('accepts a combination of two columns only for brand and model', () => {
    const headers = ['Merk', 'Model', 'Notitie'];
    expect(columnsOf('brandModel', 'Merk + Model', headers)).toEqual([0, 1]);
    expect(columnsOf('note', 'Merk + Model', headers)).toBeNull();
    expect(columnsOf('brandModel', 'Merk + Kleur', headers)).toBeNull();
    expect(columnsOf('brandModel', 'Notitie', headers)).toEqual([2]);
  });

  it('prefers a header that is literally "A + B" over the combination', () => {
    expect(columnsOf('brandModel', 'Merk + Model', ['Merk', 'Model', 'Merk + Model'])).toEqual([2]);
  });

  it('reads whether prices include VAT from the price header', () => {
    expect(resolveMapping(['Type', 'Prijs excl. btw']).vatHint).toBe(false);
    expect(resolveMapping(['Type', 'Aankoopprijs (incl. btw)']).vatHint).toBe(true);
    expect(resolveMapping(['Type', 'Prijs']).vatHint).toBeNull();
  });

  it('guesses nothing for headers it does not know', () => {
    const resolved = resolveMapping(['Kleur', 'Gewicht', 'Lokaalcode']);
    expect(resolved.mapping).toEqual({});
    expect(resolved.guessed).toEqual([]);
  });
});
