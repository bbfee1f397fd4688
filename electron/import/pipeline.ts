// The inventory import behind its two channels. The preview reads the file, maps and checks
// every row and shows the first rows and every problem; the commit reads the same file with
// the same options again and writes all lines in one undoable step, or nothing at all.
import type { ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import type { ImportIssue, ImportOptions, ImportPreview } from '../../shared/devices/import.ts';
import type { InventoryLine } from '../../shared/devices/schema.ts';
import { AppError, type IssueDetail } from '../../shared/result.ts';
import { editPlan } from '../handlers/edit.ts';
import type { HandlerDeps } from '../handlers/types.ts';
import { decodeBase64 } from '../store/attachments.ts';
import { idsMatching, nextInventoryPosition, serialsIn } from '../store/inventory.ts';
import type { Row } from '../store/journal.ts';
import type { Store } from '../store/store.ts';
import { readImportFile, type ReadResult } from './read.ts';
import { cellsAsText, serialKey, validateTable, type RowOutcome, type Validation } from './rows.ts';

/** The first rows the preview always shows. */
export const SAMPLE_ROWS = 50;
/** Rows with problems the preview shows beyond those. */
export const SAMPLE_PROBLEM_ROWS = 200;
/** Issues and warnings listed (the counts are always complete). */
export const LISTED_ISSUES = 200;

type ImportInput = ParsedInput<'inventory.importPreview'>;

async function readInput(input: ImportInput): Promise<ReadResult> {
  return readImportFile(decodeBase64(input.file.contentBase64), input.file.fileName);
}

function validate(store: Store, planId: string, read: ReadResult & { ok: true }, options: ImportOptions): Validation {
  const existing = options.mode === 'replace' ? null : new Set([...serialsIn(store.db, planId)].map(serialKey));
  return validateTable(read.table, { options, existingSerials: existing });
}

export async function previewImport(deps: HandlerDeps, input: ImportInput): Promise<ChannelOutput<'inventory.importPreview'>> {
  deps.store.planRow(input.planId);
  const read = await readInput(input);
  if (!read.ok) {
    return {
      ...read.file,
      headers: [],
      mapping: {},
      guessed: [],
      rows: 0,
      valid: 0,
      skipped: 0,
      sample: [],
      issues: [],
      issueCount: 0,
      warnings: [],
      warningCount: 0,
      fileIssue: read.issue,
    };
  }
  const validation = validate(deps.store, input.planId, read, input.options);
  const { table } = read;
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    mapping: validation.mapping.mapping,
    guessed: validation.mapping.guessed,
    rows: table.rows.length,
    valid: validation.valid,
    skipped: validation.skipped,
    sample: sampleOf(validation.outcomes),
    issues: listed(validation, 'errors'),
    issueCount: validation.issueCount,
    warnings: listed(validation, 'warnings'),
    warningCount: validation.warningCount,
    fileIssue: null,
  };
}

/** The first rows, then rows with errors, then rows with only warnings, in file order. */
function sampleOf(outcomes: RowOutcome[]): ImportPreview['sample'] {
  const chosen = new Set<RowOutcome>(outcomes.slice(0, SAMPLE_ROWS));
  let extra = 0;
  for (const pass of ['errors', 'warnings'] as const) {
    for (const outcome of outcomes) {
      if (extra >= SAMPLE_PROBLEM_ROWS) break;
      if (outcome[pass].length > 0 && !chosen.has(outcome)) {
        chosen.add(outcome);
        extra++;
      }
    }
  }
  return [...chosen]
    .sort((a, b) => a.row - b.row)
    .map((outcome) => ({ row: outcome.row, cells: cellsAsText(outcome.cells), line: withoutId(outcome.line), issues: outcome.errors }));
}

function withoutId(line: InventoryLine | null): Omit<InventoryLine, 'id'> | null {
  if (line === null) return null;
  const { id: _id, ...rest } = line;
  return rest;
}

function listed(validation: Validation, kind: 'errors' | 'warnings'): ImportIssue[] {
  const out: ImportIssue[] = kind === 'errors' ? validation.headerIssues.slice(0, LISTED_ISSUES) : [];
  for (const outcome of validation.outcomes) {
    if (out.length >= LISTED_ISSUES) break;
    for (const issue of outcome[kind]) {
      if (out.length >= LISTED_ISSUES) break;
      out.push(issue);
    }
  }
  return out;
}

function refuse(issues: ImportIssue[], count: number): never {
  const details: IssueDetail[] = issues.slice(0, LISTED_ISSUES).map((issue) => ({
    path: issue.column === null ? [issue.row] : [issue.row, issue.column],
    messageKey: issue.messageKey,
    ...(issue.params ? { params: issue.params } : {}),
  }));
  throw new AppError('INVALID_INPUT', 'errors.importRefused', { issues: details, params: { count } });
}

export async function commitImport(deps: HandlerDeps, input: ParsedInput<'inventory.importCommit'>): Promise<ChannelOutput<'inventory.importCommit'>> {
  const { store, newId } = deps;
  const { planId, options } = input;
  store.planRow(planId);
  const read = await readInput(input);
  if (!read.ok) refuse([read.issue], 1);
  // From here on everything is synchronous: the serials checked are the serials written next to.
  const validation = validate(store, planId, read, options);
  if (validation.issueCount > 0) refuse(listed(validation, 'errors'), validation.issueCount);

  const lines = validation.outcomes.filter((outcome) => outcome.line !== null);
  const state = editPlan(store, planId, { labelKey: 'undo.importInventory' }, (w) => {
    if (options.mode === 'replace') {
      w.removeMany(
        'inventory',
        idsMatching(store.db, planId, {}).map((id) => ({ plan_id: planId, id })),
      );
    }
    const first = nextInventoryPosition(store.db, planId);
    const rows: Row[] = lines.map((outcome, i) => rowOf(planId, newId(), outcome.line!, first + i));
    w.insertMany('inventory', rows);
  });
  return { ...state, affected: lines.length };
}

/**
 * The inventory row of a line, exactly as `lineToRow` makes it (a test holds the two
 * together), written as one object literal: `lineToRow` assigns columns by name in a loop,
 * which makes objects V8 handles about ten times slower, and an import makes 50,000.
 */
export function rowOf(planId: string, id: string, line: InventoryLine, position: number): Row {
  return {
    plan_id: planId,
    id,
    position,
    type: line.type,
    brand_model: line.brandModel,
    quantity: line.quantity,
    serial: line.serial,
    start_date: line.startDate,
    unit_price_cents: line.unitPriceCents,
    price_unit: line.priceUnit,
    vat_included: line.vatIncluded ? 1 : 0,
    contract: line.contract,
    supplier: line.supplier,
    framework: line.framework,
    use: line.use,
    status: line.status,
    warranty_end: line.warrantyEnd,
    lifetime_years: line.lifetimeYears,
    funding: line.funding,
    note: line.note,
  };
}
