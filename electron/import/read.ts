// Reading an inventory file into a table of cells: an Excel workbook (its first sheet) or a
// CSV in whatever encoding and delimiter a Belgian school's spreadsheet wrote. Everything
// that makes the file unusable as a whole (empty, binary, a broken quote, a huge cell, too
// many rows) comes back as one issue; row-by-row problems are for the validator.
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import type { ImportIssue } from '../../shared/devices/import.ts';
import { cellText, MAX_CELL_LENGTH, MAX_IMPORT_ROWS, type ImportCell } from '../../shared/devices/import-mapping.ts';
import { declaredZipSize } from './zip.ts';

export interface TableRow {
  /** 1 = the first row after the header, as the spreadsheet numbers them minus one. */
  row: number;
  cells: ImportCell[];
}

export interface ImportTable {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
  headers: string[];
  /** Data rows; rows without any content are left out, their numbers stay taken. */
  rows: TableRow[];
}

export interface FileDescription {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
}

export type ReadResult = { ok: true; table: ImportTable } | { ok: false; file: FileDescription; issue: ImportIssue };

/** An unpacked workbook above this is not an inventory (or is a zip bomb). */
export const MAX_XLSX_UNPACKED_BYTES = 300 * 1024 * 1024;

const fileIssue = (messageKey: string, params?: Record<string, string | number>, row = 0, column: string | null = null): ImportIssue =>
  params ? { row, column, target: null, messageKey, params } : { row, column, target: null, messageKey };

const key = (name: string) => `inventoryImport.issues.${name}`;

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readImportFile(bytes: Buffer, fileName: string): Promise<ReadResult> {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return readWorkbook(bytes);
  const csv: FileDescription = { format: 'csv', encoding: '', delimiter: null };
  if (startsWith(bytes, OLE)) return { ok: false, file: csv, issue: fileIssue(key('xlsNotSupported')) };
  if (/\.xlsx$/i.test(fileName) && bytes.length > 0) return { ok: false, file: { ...csv, format: 'xlsx' }, issue: fileIssue(key('badXlsx')) };
  return readCsv(bytes);
}

// ---- Excel ------------------------------------------------------------------------------

async function readWorkbook(bytes: Buffer): Promise<ReadResult> {
  const file: FileDescription = { format: 'xlsx', encoding: 'utf-8', delimiter: null };
  const unpacked = declaredZipSize(bytes);
  if (unpacked === null) return { ok: false, file, issue: fileIssue(key('badXlsx')) };
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return { ok: false, file, issue: fileIssue(key('xlsxTooLarge')) };
  let sheet: ImportCell[][];
  try {
    sheet = (await readSheet(bytes, { trim: false })) as unknown as ImportCell[][];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, file, issue: fileIssue(key(code === 'XLS_FILE_NOT_SUPPORTED' ? 'xlsNotSupported' : 'badXlsx')) };
  }
  return tableOf(file, sheet);
}

// ---- CSV --------------------------------------------------------------------------------

/**
 * The file's bytes as text: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 with or
 * without a BOM, else Windows-1252 (Excel on Windows). Node's own windows-1252 decoder
 * gets € wrong, iconv-lite does not.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string; utf8?: Buffer } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', utf8: body };
  } catch {
    return { text: iconv.decode(body, 'windows-1252'), encoding: 'windows-1252' };
  }
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Refuses what is not text: NUL bytes or more than a few invisible control characters. */
function controlIssue(text: string): ImportIssue | null {
  controlCharacters.lastIndex = 0;
  const first = controlCharacters.exec(text);
  if (first === null) return null;
  const count = text.match(controlCharacters)?.length ?? 0;
  if (text.includes('\u0000') || count > Math.max(3, text.length / 1000)) return fileIssue(key('notText'));
  return fileIssue(key('controlCharacter'), { line: lineAt(text, first.index) });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const delimiters = [';', '\t', ','] as const;

/**
 * The delimiter of the header line, counted outside quotes. csv-parse's own guess picks `,`
 * on Belgian files (`;` with decimal commas); on a tie the Belgian `;` wins.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = delimiters[0];
  for (const d of delimiters) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
  return count;
}

/**
 * The line endings to split on. Left to itself csv-parse keeps the first one it meets and
 * reads a later bare `\n` as part of a cell, so a file that mixes them gets all three; a file
 * with one kind gets only that one, which reads the same and parses faster.
 */
export function lineEndings(text: string): string[] {
  const crlf = occurrences(text, '\r\n');
  const lf = occurrences(text, '\n');
  const cr = occurrences(text, '\r');
  if (cr === 0) return ['\n'];
  if (lf === crlf && cr === crlf) return ['\r\n'];
  if (lf === 0) return ['\r'];
  return ['\r\n', '\n', '\r'];
}

/** Where the quote that never closes was opened: csv-parse only knows where the file ended. */
function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let openedAt = 1;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    }
    if (char === '\n') line++;
    fieldStart = char === delimiter || char === '\n' || char === '\r';
  }
  return openedAt;
}

function csvIssue(error: unknown, text: string, delimiter: string): ImportIssue {
  const { code, lines } = error as { code?: string; lines?: number };
  const line = typeof lines === 'number' ? lines : 0;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return fileIssue(key('unclosedQuote'), { line: unclosedQuoteLine(text, delimiter) });
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') return fileIssue(key('badQuote'), { line });
  return fileIssue(key('notTable'), { line });
}

function readCsv(bytes: Buffer): ReadResult {
  const file: FileDescription = { format: 'csv', encoding: '', delimiter: null };
  if (bytes.length === 0) return { ok: false, file, issue: fileIssue(key('empty')) };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return { ok: false, file, issue: fileIssue(key('notText')) };
  const { text, encoding, utf8 } = decodeText(bytes);
  file.encoding = encoding;
  if (text.trim() === '') return { ok: false, file, issue: fileIssue(key('empty')) };
  const control = controlIssue(text);
  if (control) return { ok: false, file, issue: control };
  const delimiter = detectDelimiter(text);
  file.delimiter = delimiter;
  let records: string[][];
  try {
    // csv-parse reads bytes; UTF-8 bytes it gets as they are, other encodings as decoded text.
    records = parseCsv(utf8 ?? text, {
      delimiter,
      relax_column_count: true, // the validator reports a row with a missing or extra cell itself
      skip_empty_lines: false, // blank lines keep their row number, so rows match the spreadsheet
      record_delimiter: lineEndings(text),
    });
  } catch (error) {
    return { ok: false, file, issue: csvIssue(error, text, delimiter) };
  }
  return tableOf(file, records);
}

// ---- Both -------------------------------------------------------------------------------

const isEmptyCell = (cell: ImportCell) => cell === null || cell === '';

/** Header and data rows, with the checks that hold for every format. */
function tableOf(file: FileDescription, records: ImportCell[][]): ReadResult {
  const headerIndex = records.findIndex((record) => !record.every(isEmptyCell));
  if (headerIndex === -1) return { ok: false, file, issue: fileIssue(key('empty')) };
  if (records.length - headerIndex - 1 > MAX_IMPORT_ROWS) return { ok: false, file, issue: fileIssue(key('tooManyRows'), { max: MAX_IMPORT_ROWS }) };
  const rawHeaders = records[headerIndex]!;
  let width = rawHeaders.length;
  while (width > 0 && isEmptyCell(rawHeaders[width - 1]!)) width--;
  for (let c = 0; c < width; c++) {
    const header = rawHeaders[c]!;
    if (typeof header === 'string' && header.length > MAX_CELL_LENGTH) {
      return { ok: false, file, issue: fileIssue(key('cellTooLong'), { max: MAX_CELL_LENGTH }, 0, `#${c + 1}`) };
    }
  }
  const headers = uniqueHeaders(rawHeaders.slice(0, width).map((cell) => cellText(cell).trim()));

  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i - headerIndex;
    let end = record.length;
    // Trailing empty cells beyond the header (`a;b;c;;`) say nothing; anything else is checked later.
    while (end > headers.length && isEmptyCell(record[end - 1]!)) end--;
    if (record.every(isEmptyCell)) continue;
    const cells = end === record.length ? record : record.slice(0, end);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (typeof cell === 'string' && cell.length > MAX_CELL_LENGTH) {
        return { ok: false, file, issue: fileIssue(key('cellTooLong'), { max: MAX_CELL_LENGTH }, row, headers[c] ?? `#${c + 1}`) };
      }
    }
    rows.push({ row, cells });
  }
  if (rows.length === 0) return { ok: false, file, issue: fileIssue(key('noRows')) };
  return { ok: true, table: { ...file, headers, rows } };
}

/** Headers are how a mapping names columns: empty ones get a number, repeated ones a suffix. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    let name = header === '' ? `#${i + 1}` : header;
    for (let n = 2; seen.has(name); n++) name = `${header} (${n})`;
    seen.add(name);
    return name;
  });
}
