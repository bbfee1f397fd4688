// CSV as a Belgian spreadsheet opens it: `;` between cells, a decimal comma, dd/mm/yyyy,
// UTF-8 with a BOM (Excel otherwise reads the accents as Windows-1252) and CRLF line ends.
// Text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) gets a leading apostrophe, so an imported `=HYPERLINK(...)` that was kept as text
// stays text on the way out (OWASP, CSV injection). Numbers are never touched: `-5` is a number.
import { stringify } from 'csv-stringify/sync';
import type { ColumnKind, Sheet, SheetValue } from './sheet.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\ufeff';

/** Text made safe to open in a spreadsheet. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: SheetValue, kind: ColumnKind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') {
    if (kind === 'date') {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return match ? `${match[3]}/${match[2]}/${match[1]}` : neutralise(value);
    }
    return neutralise(value);
  }
  if (kind === 'cents') {
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
  }
  return String(value).replace('.', ',');
}

export function sheetCsv(sheet: Sheet): Buffer {
  const text = stringify([sheet.columns.map((column) => neutralise(column.header)), ...sheet.rows.map((row) => row.map((value, i) => cellText(value, sheet.columns[i]!.kind)))], {
    delimiter: ';',
    record_delimiter: '\r\n',
    quoted_match: /[;"\r\n]/,
  });
  return Buffer.from(BOM + text, 'utf8');
}
