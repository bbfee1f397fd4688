// From a table of cells to inventory lines: the mapping (given or guessed), the user's
// corrections and skipped rows, each cell through its parser, each line through the line
// schema, and serials that must be unique within the file and against the inventory.
import type { ImportIssue, ImportOptions, ImportTarget } from '../../shared/devices/import.ts';
import {
  cellText,
  createLineCheck,
  joinBrandModel,
  MAX_CELL_LENGTH,
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
  resolveMapping,
  warrantyMonths,
  type CellIssue,
  type CellResult,
  type ImportCell,
  type ResolvedMapping,
} from '../../shared/devices/import-mapping.ts';
import { InventoryLineSchema, newLine, type InventoryLine } from '../../shared/devices/schema.ts';
import type { ImportTable } from './read.ts';

/** A line as the file describes it; its id is a placeholder until the commit gives it one. */
export type LineDraft = InventoryLine;

export interface RowOutcome {
  row: number;
  /** The row's cells after the user's corrections. */
  cells: ImportCell[];
  /** What the row becomes; null when it has errors or was skipped. */
  line: LineDraft | null;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  skipped: boolean;
}

export interface Validation {
  mapping: ResolvedMapping;
  /** Problems with the header or the mapping (row 0). */
  headerIssues: ImportIssue[];
  outcomes: RowOutcome[];
  valid: number;
  skipped: number;
  issueCount: number;
  warningCount: number;
}

export interface ValidationContext {
  options: ImportOptions;
  /** Serials already in the plan's inventory (upper case); null when the import replaces it. */
  existingSerials: Set<string> | null;
}

const key = (name: string) => `inventoryImport.issues.${name}`;

/** Line field → the import field it comes from, to name the column of a schema issue. */
const targetOfField: Partial<Record<keyof InventoryLine, ImportTarget>> = {
  type: 'type',
  brandModel: 'brandModel',
  quantity: 'quantity',
  serial: 'serial',
  startDate: 'startDate',
  unitPriceCents: 'unitPrice',
  vatIncluded: 'vatIncluded',
  contract: 'contract',
  supplier: 'supplier',
  framework: 'framework',
  use: 'use',
  status: 'status',
  warrantyEnd: 'warrantyEnd',
  lifetimeYears: 'lifetimeYears',
  funding: 'funding',
  note: 'note',
};

/** Serials compare without case or surrounding spaces: `abc123 ` and `ABC123` are one device. */
export const serialKey = (serial: string) => serial.trim().toUpperCase();

/** Distinct texts a remembered parser keeps; a column with more (prices, serials) is not worth it. */
const REMEMBERED_TEXTS = 1000;

/**
 * Parsers of one cell, remembered per distinct text: an inventory repeats a handful of types,
 * statuses and dates thousands of times. Same input, same answer, so this changes nothing
 * but the time.
 */
function remembered<T>(parse: (cell: ImportCell) => CellResult<T>): (cell: ImportCell) => CellResult<T> {
  const seen = new Map<string, CellResult<T>>();
  return (cell) => {
    if (typeof cell !== 'string') return parse(cell);
    let result = seen.get(cell);
    if (result === undefined) {
      result = parse(cell);
      if (seen.size < REMEMBERED_TEXTS) seen.set(cell, result);
    }
    return result;
  };
}

export function validateTable(table: ImportTable, context: ValidationContext): Validation {
  const { options } = context;
  const { headers } = table;
  const mapping = resolveMapping(headers, options.mapping ?? {});
  const headerIssues: ImportIssue[] = mapping.problems.map((problem) => ({
    row: 0,
    column: problem.column,
    target: problem.target,
    messageKey: problem.messageKey,
    params: { column: problem.column },
  }));
  if (mapping.columns.type === undefined && !mapping.problems.some((problem) => problem.target === 'type')) {
    headerIssues.push({ row: 0, column: null, target: 'type', messageKey: key('typeColumnMissing') });
  }

  const corrections = new Map<number, Map<number, string>>();
  for (const correction of options.corrections ?? []) {
    const column = headers.indexOf(correction.column);
    if (column < 0) continue;
    let cells = corrections.get(correction.row);
    if (!cells) corrections.set(correction.row, (cells = new Map<number, string>()));
    cells.set(column, correction.value);
  }
  const skipRows = new Set(options.skipRows ?? []);
  const defaultVat = options.pricesIncludeVat ?? mapping.vatHint ?? true;

  const columns = mapping.columns;
  const columnName = (target: ImportTarget) => mapping.mapping[target] ?? null;
  const parsers = {
    type: remembered(parseDeviceType),
    quantity: remembered(parseQuantity),
    startDate: remembered(parseImportDate),
    unitPrice: remembered(parseImportMoney),
    vatIncluded: remembered(parseVat),
    contract: remembered(parseContract),
    use: remembered(parseUse),
    status: remembered(parseStatus),
    lifetimeYears: remembered(parseLifetime),
    funding: remembered(parseFunding),
  };

  const seenSerials = new Map<string, number>();
  const outcomes: RowOutcome[] = [];
  let valid = 0;
  let skipped = 0;
  let issueCount = headerIssues.length;
  let warningCount = 0;
  const lineCheck = createLineCheck();

  // The row being read; the helpers below are made once, not per row (50,000 rows).
  let row = 0;
  let cells: ImportCell[] = [];
  let errors: ImportIssue[] = NONE;
  let warnings: ImportIssue[] = NONE;
  const report = (target: ImportTarget | null, found: CellIssue, warning = false) => {
    const issue: ImportIssue = { row, column: target === null ? null : columnName(target), target, ...found };
    if (warning) {
      if (warnings === NONE) warnings = [];
      warnings.push(issue);
    } else {
      if (errors === NONE) errors = [];
      errors.push(issue);
    }
  };
  const cellOf = (target: ImportTarget): ImportCell => {
    const indexes = columns[target];
    return indexes === undefined ? null : (cells[indexes[0]!] ?? null);
  };
  function read<T>(target: ImportTarget, parse: (cell: ImportCell) => CellResult<T>): T | undefined {
    if (columns[target] === undefined) return undefined;
    const result = parse(cellOf(target));
    if (!result.ok) {
      report(target, result.issue);
      return undefined;
    }
    if (result.warning) report(target, result.warning, true);
    return result.value;
  }
  const text = (target: ImportTarget): string | undefined => {
    const indexes = columns[target];
    if (indexes === undefined) return undefined;
    const first = readText(target, cells[indexes[0]!] ?? null);
    return indexes.length === 2 ? joinBrandModel(first, readText(target, cells[indexes[1]!] ?? null)) : first;
  };
  const readText = (target: ImportTarget, cell: ImportCell): string => {
    // parseText's answer for the common case (text not starting with `=`), without its result object.
    if (typeof cell === 'string') {
      const trimmed = cell.trim();
      if (trimmed.length < 2 || trimmed.charCodeAt(0) !== EQUALS) return trimmed;
    }
    const result = parseText(cell);
    if (result.ok && result.warning) report(target, result.warning, true);
    return result.ok ? result.value : '';
  };

  for (const source of table.rows) {
    row = source.row;
    cells = source.cells;
    errors = NONE;
    warnings = NONE;
    const fixes = corrections.get(row);
    if (fixes) {
      cells = [...cells];
      for (const [column, value] of fixes) cells[column] = value;
    }
    if (skipRows.has(row)) {
      skipped++;
      outcomes.push({ row, cells, line: null, errors: NONE, warnings: NONE, skipped: true });
      continue;
    }

    if (cells.length !== headers.length) {
      report(null, { messageKey: key('columnCount'), params: { found: cells.length, expected: headers.length } });
    } else if (fixes) {
      for (const [column, value] of fixes) {
        if (value.length > MAX_CELL_LENGTH) {
          if (errors === NONE) errors = [];
          errors.push({ row, column: headers[column]!, target: null, messageKey: key('cellTooLong'), params: { max: MAX_CELL_LENGTH } });
        }
      }
    }

    let line: LineDraft | null = null;
    if (errors === NONE) {
      const type = read('type', parsers.type);
      const startDate = read('startDate', parsers.startDate);
      const serial = text('serial');
      // Every field, with the defaults of a new line where the file says nothing.
      const candidate: InventoryLine = {
        id: LINE_ID,
        type: type ?? DEFAULTS.type,
        brandModel: text('brandModel') ?? DEFAULTS.brandModel,
        quantity: read('quantity', parsers.quantity) ?? DEFAULTS.quantity,
        serial: serial ?? DEFAULTS.serial,
        startDate: startDate ?? DEFAULTS.startDate,
        unitPriceCents: read('unitPrice', parsers.unitPrice) ?? DEFAULTS.unitPriceCents,
        priceUnit: DEFAULTS.priceUnit,
        vatIncluded: read('vatIncluded', parsers.vatIncluded) ?? defaultVat,
        contract: read('contract', parsers.contract) ?? DEFAULTS.contract,
        supplier: text('supplier') ?? DEFAULTS.supplier,
        framework: text('framework') ?? DEFAULTS.framework,
        use: read('use', parsers.use) ?? DEFAULTS.use,
        status: read('status', parsers.status) ?? DEFAULTS.status,
        // A date reads the same whatever the start (and is remembered); months count from it.
        warrantyEnd:
          read('warrantyEnd', (cell) => (warrantyMonths(cell) === null ? parsers.startDate(cell) : parseWarrantyEnd(cell, startDate ?? ''))) ??
          DEFAULTS.warrantyEnd,
        lifetimeYears: read('lifetimeYears', parsers.lifetimeYears) ?? DEFAULTS.lifetimeYears,
        funding: read('funding', parsers.funding) ?? DEFAULTS.funding,
        note: text('note') ?? DEFAULTS.note,
      };

      const serialId = serial ? serialKey(serial) : '';
      if (serialId !== '') {
        const first = seenSerials.get(serialId);
        if (first !== undefined) report('serial', { messageKey: key('duplicateSerial'), params: { serial: serial!, first } });
        else seenSerials.set(serialId, row);
        if (context.existingSerials?.has(serialId)) report('serial', { messageKey: key('serialExists'), params: { serial: serial! } });
      }

      if (errors === NONE && type !== undefined) {
        line = lineCheck(candidate) ? candidate : checkedLine(candidate, report);
      }
    }

    if (line !== null && errors === NONE) valid++;
    else line = null;
    issueCount += errors.length;
    warningCount += warnings.length;
    outcomes.push({ row, cells, line, errors, warnings, skipped: false });
  }

  if (table.rows.length > 0 && skipped === table.rows.length) {
    headerIssues.push({ row: 0, column: null, target: null, messageKey: key('nothingToImport') });
    issueCount++;
  }
  return { mapping, headerIssues, outcomes, valid, skipped, issueCount, warningCount };
}

const EQUALS = 0x3d;

/** A row without problems shares this empty list instead of making two of its own. */
const NONE: ImportIssue[] = Object.freeze([]) as unknown as ImportIssue[];
/** The id a line is checked with; the commit gives each line its own. */
export const LINE_ID = 'line';
/** What a field is when the file says nothing: the defaults every new line gets. */
const DEFAULTS = newLine(LINE_ID, { type: 'other' });

/**
 * The line through the schema every saved line passes (the quick check said no, or was not
 * sure): its issues, with the column they came from, or the line as the schema returns it.
 */
function checkedLine(candidate: InventoryLine, report: (target: ImportTarget | null, issue: CellIssue) => void): LineDraft | null {
  const parsed = InventoryLineSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const zodIssue of parsed.error.issues) {
    const field = zodIssue.path[0] as keyof InventoryLine | undefined;
    const params: Record<string, number> = {};
    if (zodIssue.code === 'too_big') params.max = Number(zodIssue.maximum);
    if (zodIssue.code === 'too_small') params.min = Number(zodIssue.minimum);
    const messageKey = zodIssue.message.startsWith('validation.') ? zodIssue.message : 'validation.invalid';
    report(field === undefined ? null : (targetOfField[field] ?? null), Object.keys(params).length > 0 ? { messageKey, params } : { messageKey });
  }
  return null;
}

/** Display text of the cells, for the preview. */
export function cellsAsText(cells: ImportCell[]): string[] {
  return cells.map(cellText);
}
