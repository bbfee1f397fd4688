// Reading an import file into a table: encodings, delimiters, Excel workbooks, and every file refused as a whole with its reason.
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, lineEndings, readImportFile, type ReadResult } from '../../../../electron/import/read.ts';
import { declaredZipSize } from '../../../../electron/import/zip.ts';
import { MAX_IMPORT_ROWS } from '../../../../shared/devices/import-mapping.ts';
import * as corpus from '../../../fixtures/import/corpus.ts';

function table(result: ReadResult) {
  if (!result.ok) throw new Error(`expected a table, got ${result.issue.messageKey}`);
  return result.table;
}

function issue(result: ReadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issue;
}

describe('readImportFile', () => {
  it('reads a Belgian CSV: `;`, quotes, a doubled quote, a delimiter inside quotes, a blank row keeping its number', async () => {
    const read = table(await readImportFile(corpus.belgianCsv(), 'inventaris.csv'));
    expect(read).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(read.headers).toHaveLength(15);
    expect(read.rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 6]);
    expect(read.rows[2]!.cells[1]).toBe('Apple iPad 10,9" (2022)');
    expect(read.rows[2]!.cells[14]).toBe('Hoes; scherm');
    expect(read.rows[3]!.cells[5]).toBe('€ 612,30');
  });

  it('reads UTF-8 with a BOM without the BOM in the first header', async () => {
    const read = table(await readImportFile(corpus.withBom(), 'bom.csv'));
    expect(read.encoding).toBe('utf-8-bom');
    expect(read.headers[0]).toBe('Type');
    expect(read.rows[0]!.cells[5]).toBe('Één toestel');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with € and é intact', async () => {
    const read = table(await readImportFile(corpus.windows1252(), 'excel.csv'));
    expect(read.encoding).toBe('windows-1252');
    expect(read.rows[0]!.cells).toEqual(['Projector', 'Epson café-model', 'EP001', '01/09/2020', '€ 1.234,50', 'Lokaal é€']);
  });

  it('reads Excel’s "Unicode text": UTF-16 with tabs', async () => {
    const read = table(await readImportFile(corpus.utf16Tabs(), 'unicode.txt'));
    expect(read).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: ['Type', 'Merk en model', 'Prijs'] });
    expect(read.rows[0]!.cells).toEqual(['Tablet', 'Samsung Galaxy Tab A9', '229,00']);
  });

  it('reads the first sheet of a workbook with dates as dates and numbers as numbers', async () => {
    const read = table(await readImportFile(await corpus.workbook(), 'inventaris.xlsx'));
    expect(read).toMatchObject({ format: 'xlsx', delimiter: null });
    expect(read.headers[0]).toBe('Type');
    const [laptop, board] = read.rows;
    expect(laptop!.cells[5]).toEqual(new Date('2024-09-02T00:00:00.000Z'));
    expect(laptop!.cells[6]).toBe(1234.5);
    expect(laptop!.cells[7]).toBe(true);
    expect(board!.cells[4]).toBe(12345678);
  });

  it('reads a workbook by its signature, whatever its name', async () => {
    expect(table(await readImportFile(await corpus.workbook(), 'export.csv')).format).toBe('xlsx');
  });

  it('reads lines ending in CRLF, LF and CR mixed in one file, and keeps line breaks inside quotes', async () => {
    const read = table(await readImportFile(Buffer.from('Type;Opmerking\r\nLaptop;a\nTablet;"b\r\nc"\rBeamer;d'), 'x.csv'));
    expect(read.rows.map((row) => row.cells)).toEqual([['Laptop', 'a'], ['Tablet', 'b\r\nc'], ['Beamer', 'd']]);
  });

  it('names empty header cells and tells repeated ones apart', async () => {
    const read = table(await readImportFile(corpus.csv(['Type;;Type;Opmerking', 'Laptop;x;y;z']), 'x.csv'));
    expect(read.headers).toEqual(['Type', '#2', 'Type (2)', 'Opmerking']);
  });

  it('drops empty cells after the last header, keeps a row that is too short for the validator', async () => {
    const read = table(await readImportFile(corpus.csv(['Type;Merk', 'Laptop;Dell;;', 'Laptop']), 'x.csv'));
    expect(read.rows.map((row) => row.cells)).toEqual([['Laptop', 'Dell'], ['Laptop']]);
  });

  describe('refuses, with the reason', () => {
    it.each([
      ['an empty file', corpus.empty(), 'x.csv', { messageKey: 'inventoryImport.issues.empty' }],
      ['a file of blank lines', corpus.onlyWhitespace(), 'x.csv', { messageKey: 'inventoryImport.issues.empty' }],
      ['a header without rows', corpus.headerOnly(), 'x.csv', { messageKey: 'inventoryImport.issues.noRows' }],
      ['binary garbage', corpus.binaryGarbage(), 'x.csv', { messageKey: 'inventoryImport.issues.notText' }],
      ['an old .xls file', corpus.oldXls(), 'x.xls', { messageKey: 'inventoryImport.issues.xlsNotSupported' }],
      ['a broken .xlsx', corpus.brokenXlsx(), 'x.xlsx', { messageKey: 'inventoryImport.issues.badXlsx' }],
      ['text named .xlsx', corpus.headerOnly(), 'x.xlsx', { messageKey: 'inventoryImport.issues.badXlsx' }],
      ['an unclosed quote, at the line it opens', corpus.unclosedQuote(), 'x.csv', { messageKey: 'inventoryImport.issues.unclosedQuote', params: { line: 3 } }],
      ['a quote inside a cell', corpus.strayQuote(), 'x.csv', { messageKey: 'inventoryImport.issues.badQuote', params: { line: 2 } }],
    ])('%s', async (_name, bytes, fileName, expected) => {
      expect(issue(await readImportFile(bytes, fileName))).toEqual({ row: 0, column: null, target: null, ...expected });
    });

    it('a cell over 1000 characters, naming its row and column, without cutting it', async () => {
      expect(issue(await readImportFile(corpus.hugeCell(), 'x.csv'))).toEqual({
        row: 1,
        column: 'Opmerking',
        target: null,
        messageKey: 'inventoryImport.issues.cellTooLong',
        params: { max: 1000 },
      });
    });

    it('a few invisible control characters, naming the line', async () => {
      expect(issue(await readImportFile(corpus.csv(['Type;Merk', 'Laptop;Dell\u0007']), 'x.csv'))).toMatchObject({
        messageKey: 'inventoryImport.issues.controlCharacter',
        params: { line: 2 },
      });
    });

    it('more than 100,000 data rows, but not exactly 100,000', async () => {
      expect(table(await readImportFile(corpus.manyRows(MAX_IMPORT_ROWS), 'x.csv')).rows).toHaveLength(MAX_IMPORT_ROWS);
      expect(issue(await readImportFile(corpus.manyRows(MAX_IMPORT_ROWS + 1), 'x.csv'))).toMatchObject({
        messageKey: 'inventoryImport.issues.tooManyRows',
        params: { max: MAX_IMPORT_ROWS },
      });
    });

    it('a workbook that claims to unpack to more than 300 MB', async () => {
      const bytes = Buffer.from(await corpus.workbook());
      // Patch the first central-directory entry's uncompressed size.
      const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      bytes.writeUInt32LE(400 * 1024 * 1024, entry + 24);
      expect(issue(await readImportFile(bytes, 'x.xlsx')).messageKey).toBe('inventoryImport.issues.xlsxTooLarge');
    });
  });
});

describe('lineEndings', () => {
  it('splits on the one kind of line ending a file uses, and on all three when it mixes them', () => {
    expect(lineEndings('a\r\nb\r\n')).toEqual(['\r\n']);
    expect(lineEndings('a\nb\n')).toEqual(['\n']);
    expect(lineEndings('a\rb')).toEqual(['\r']);
    expect(lineEndings('a')).toEqual(['\n']);
    expect(lineEndings('a\r\nb\nc')).toEqual(['\r\n', '\n', '\r']);
    expect(lineEndings('a\r\n"b\nc"\r\n')).toEqual(['\r\n', '\n', '\r']);
  });
});

describe('detectDelimiter', () => {
  it('counts the header line outside quotes and prefers `;` on a tie', () => {
    expect(detectDelimiter('Type;Prijs;Opmerking\nLaptop;1.234,50;"a, b, c"')).toBe(';');
    expect(detectDelimiter('"Type;x","Prijs",Opmerking\n')).toBe(',');
    expect(detectDelimiter('Type\tPrijs\tOpmerking')).toBe('\t');
    expect(detectDelimiter('Type,Prijs;Opmerking')).toBe(';');
    expect(detectDelimiter('Type')).toBe(';');
  });
});

describe('decodeText', () => {
  it('decodes strictly: valid UTF-8 stays UTF-8, anything else is Windows-1252', () => {
    expect(decodeText(Buffer.from('café €', 'utf8'))).toMatchObject({ text: 'café €', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ text: 'café €', encoding: 'windows-1252' });
  });
});

describe('declaredZipSize', () => {
  it('sums the sizes a workbook declares, and knows garbage is not a zip', async () => {
    expect(declaredZipSize(await corpus.workbook())).toBeGreaterThan(0);
    expect(declaredZipSize(corpus.brokenXlsx())).toBeNull();
    expect(declaredZipSize(Buffer.alloc(3))).toBeNull();
  });
});
