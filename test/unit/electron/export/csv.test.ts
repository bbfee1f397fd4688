// The Belgian CSV writer: `;`, decimal comma, dd/mm/yyyy, BOM and CRLF, quoting, and formula text neutralised; read back by the app's own importer.
import { describe, expect, it } from 'vitest';
import { neutralise, sheetCsv } from '../../../../electron/export/csv.ts';
import type { Sheet } from '../../../../electron/export/sheet.ts';
import { readImportFile } from '../../../../electron/import/read.ts';

const sheet = (columns: Sheet['columns'], rows: Sheet['rows']): Sheet => ({ name: 'test', columns, rows });
const text = (kind: Sheet['columns'][number]['kind']) => ({ header: 'x', kind });

describe('sheetCsv', () => {
  it('writes cells the Belgian way, with a BOM and CRLF', () => {
    const bytes = sheetCsv(
      sheet(
        [
          { header: 'Type', kind: 'text' },
          { header: 'Prijs', kind: 'cents' },
          { header: 'Datum', kind: 'date' },
          { header: 'Aantal', kind: 'decimal' },
        ],
        [['Laptop', 123_450, '2026-09-01', 2.5]],
      ),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Type;Prijs;Datum;Aantal\r\nLaptop;1234,50;01/09/2026;2,5\r\n');
  });

  it('writes negative amounts, empty cells and single cents exactly', () => {
    const written = sheetCsv(sheet([text('cents'), text('text'), text('cents')], [[-5, null, 7]])).toString('utf8');
    expect(written.endsWith('-0,05;;0,07\r\n')).toBe(true);
  });

  it('quotes cells holding the delimiter, quotes or line breaks', () => {
    const written = sheetCsv(sheet([{ header: 'Opmerking', kind: 'text' }], [['a;b'], ['scherm 75"'], ['twee\nregels']])).toString('utf8');
    expect(written).toContain('\r\n"a;b"\r\n"scherm 75"""\r\n"twee\nregels"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, never a number', () => {
    expect(['=1+1', '+32 9 123', '-x', '@SUM(A1)', '\tx', 'gewoon'].map(neutralise)).toEqual(["'=1+1", "'+32 9 123", "'-x", "'@SUM(A1)", "'\tx", 'gewoon']);
    const written = sheetCsv(sheet([{ header: '=kop', kind: 'text' }, text('integer')], [['=HYPERLINK("http://x")', -5]])).toString('utf8');
    expect(written).toContain(`'=kop;x\r\n"'=HYPERLINK(""http://x"")";-5\r\n`);
  });

  it('reads back through the importer with the same texts', async () => {
    const read = await readImportFile(sheetCsv(sheet([{ header: 'Type', kind: 'text' }, { header: 'Merk en model', kind: 'text' }], [['Laptop', 'Dell; Latitude 3440'], ['Tablet', 'iPad "10"']])), 'uit.csv');
    expect(read.ok && read.table.headers).toEqual(['Type', 'Merk en model']);
    expect(read.ok && read.table.rows.map((row) => row.cells)).toEqual([
      ['Laptop', 'Dell; Latitude 3440'],
      ['Tablet', 'iPad "10"'],
    ]);
  });
});
