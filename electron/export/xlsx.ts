// XLSX with real numbers: amounts in euros with two decimals and a euro format, dates as
// dates, counts as whole numbers, so the school can add up and filter in its spreadsheet.
import writeExcelFile from 'write-excel-file/node';
import type { ColumnKind, Sheet, SheetValue } from './sheet.ts';

const formats: Partial<Record<ColumnKind, string>> = {
  integer: '#,##0',
  decimal: '#,##0.0#',
  cents: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
};

function cell(value: SheetValue, kind: ColumnKind) {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const date = new Date(`${value}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) ? { value, type: String } : { value: date, type: Date, format: formats.date };
  }
  if (typeof value === 'number') return { value: kind === 'cents' ? value / 100 : value, type: Number, format: formats[kind] };
  return { value, type: String };
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function sheetsXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = sheets.map((sheet) => ({
    sheet: sheetName(sheet.name),
    data: [
      sheet.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
      ...sheet.rows.map((row) => row.map((value, i) => cell(value, sheet.columns[i]!.kind))),
    ],
    columns: sheet.columns.map((column) => ({ width: column.width ?? Math.max(10, Math.min(40, column.header.length + 2)) })),
    stickyRowsCount: 1,
  }));
  return Buffer.from(await writeExcelFile(workbook as never, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer());
}
