// The inventory table: lines of devices, tens of thousands per plan if need be. Queries
// page, filter, sort and group in SQL; the plan sees the fleet only as cohorts (lines
// grouped by what rules and charts need). Rows are parsed with the shared schema when read.
import {
  InventoryLineSchema,
  type FleetCohort,
  type GroupColumn,
  type InventoryColumn,
  type InventoryFilter,
  type InventoryLine,
} from '../../shared/devices/schema.ts';
import { AppError } from '../../shared/result.ts';
import type { Db } from './database.ts';
import type { Row } from './journal.ts';

/** Line field → column. Column names never come from input: only from this table. */
const columnOf: Record<Exclude<keyof InventoryLine, 'id'>, string> = {
  type: 'type',
  brandModel: 'brand_model',
  quantity: 'quantity',
  serial: 'serial',
  startDate: 'start_date',
  unitPriceCents: 'unit_price_cents',
  priceUnit: 'price_unit',
  vatIncluded: 'vat_included',
  contract: 'contract',
  supplier: 'supplier',
  framework: 'framework',
  use: 'use',
  status: 'status',
  warrantyEnd: 'warranty_end',
  lifetimeYears: 'lifetime_years',
  funding: 'funding',
  note: 'note',
};
const fields = Object.keys(columnOf) as (keyof typeof columnOf)[];

/** The start year of a school year, computed in SQL from an ISO start date. */
const START_YEAR_SQL = `CASE WHEN start_date = '' THEN NULL
  ELSE CAST(substr(start_date, 1, 4) AS INTEGER) - (CASE WHEN CAST(substr(start_date, 6, 2) AS INTEGER) >= 9 THEN 0 ELSE 1 END) END`;

export function lineToRow(planId: string, line: InventoryLine, position: number): Row {
  const row: Row = { plan_id: planId, id: line.id, position };
  for (const field of fields) {
    const value = line[field];
    row[columnOf[field]] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return row;
}

/** Columns of a patch, for an UPDATE: only the fields the patch holds. */
export function patchToColumns(patch: Partial<Omit<InventoryLine, 'id'>>): Row {
  const columns: Row = {};
  for (const field of fields) {
    if (!(field in patch)) continue;
    const value = patch[field];
    columns[columnOf[field]] = typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null);
  }
  return columns;
}

function rowToLine(row: Record<string, unknown>): InventoryLine {
  const raw: Record<string, unknown> = { id: row.id };
  for (const field of fields) raw[field] = row[columnOf[field]];
  raw.vatIncluded = row.vat_included === 1;
  const parsed = InventoryLineSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('DB_CORRUPT', 'errors.partCorrupt', { params: { part: 'inventory' } });
  return parsed.data;
}

interface Where {
  sql: string;
  params: (string | number)[];
}

function whereOf(planId: string, filter: InventoryFilter): Where {
  const clauses = ['plan_id = ?'];
  const params: (string | number)[] = [planId];
  const text = filter.text?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(`(brand_model LIKE ? ESCAPE '\\' OR serial LIKE ? ESCAPE '\\' OR supplier LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like);
  }
  const oneOf = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  oneOf('type', filter.type);
  oneOf('status', filter.status);
  oneOf('contract', filter.contract);
  oneOf('use', filter.use);
  oneOf('funding', filter.funding);
  if (filter.startFrom) {
    clauses.push(`start_date >= ?`);
    params.push(filter.startFrom);
  }
  if (filter.startTo) {
    clauses.push(`start_date <> '' AND start_date <= ?`);
    params.push(filter.startTo);
  }
  return { sql: clauses.join(' AND '), params };
}

export interface InventoryPage {
  total: number;
  quantity: number;
  valueCents: number;
  rows: InventoryLine[];
}

const VALUE_SQL = `CASE WHEN price_unit = 'once' AND unit_price_cents IS NOT NULL THEN quantity * unit_price_cents ELSE 0 END`;

export function queryInventory(
  db: Db,
  planId: string,
  query: { filter: InventoryFilter; sort: { column: InventoryColumn; direction: 'asc' | 'desc' } | null; offset: number; limit: number },
): InventoryPage {
  const where = whereOf(planId, query.filter);
  const totals = db
    .prepare(`SELECT COUNT(*) AS total, COALESCE(SUM(quantity), 0) AS quantity, COALESCE(SUM(${VALUE_SQL}), 0) AS value FROM inventory WHERE ${where.sql}`)
    .get(...where.params) as { total: number; quantity: number; value: number };
  const sortColumn = query.sort ? columnOf[query.sort.column] : 'position';
  const direction = query.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const nulls = query.sort ? `${sortColumn} IS NULL OR ${sortColumn} = '', ` : '';
  const rows = db
    .prepare(`SELECT * FROM inventory WHERE ${where.sql} ORDER BY ${nulls}${sortColumn} ${direction}, position ASC LIMIT ? OFFSET ?`)
    .all(...where.params, query.limit, query.offset) as Record<string, unknown>[];
  return { total: totals.total, quantity: totals.quantity, valueCents: totals.value, rows: rows.map(rowToLine) };
}

/** The whole inventory of a plan, read page by page: exports need every line. */
export function allInventory(db: Db, planId: string): InventoryLine[] {
  const page = 5_000;
  const lines: InventoryLine[] = [];
  for (let offset = 0; ; offset += page) {
    const { rows } = queryInventory(db, planId, { filter: {}, sort: null, offset, limit: page });
    lines.push(...rows);
    if (rows.length < page) return lines;
  }
}

export function readLine(db: Db, planId: string, id: string): InventoryLine | null {
  const row = db.prepare('SELECT * FROM inventory WHERE plan_id = ? AND id = ?').get(planId, id) as Record<string, unknown> | undefined;
  return row ? rowToLine(row) : null;
}

export function idsMatching(db: Db, planId: string, filter: InventoryFilter): string[] {
  const where = whereOf(planId, filter);
  return (db.prepare(`SELECT id FROM inventory WHERE ${where.sql} ORDER BY position`).all(...where.params) as { id: string }[]).map((row) => row.id);
}

export function serialsIn(db: Db, planId: string): Set<string> {
  const rows = db.prepare(`SELECT serial FROM inventory WHERE plan_id = ? AND serial <> ''`).all(planId) as { serial: string }[];
  return new Set(rows.map((row) => row.serial));
}

export function nextInventoryPosition(db: Db, planId: string): number {
  const row = db.prepare('SELECT MAX(position) AS last FROM inventory WHERE plan_id = ?').get(planId) as { last: number | null };
  return (row.last ?? 0) + 1;
}

export interface InventoryGroup {
  key: string;
  lines: number;
  quantity: number;
  valueCents: number;
}

export function groupInventory(db: Db, planId: string, filter: InventoryFilter, by: GroupColumn): InventoryGroup[] {
  const where = whereOf(planId, filter);
  const key = by === 'startYear' ? `COALESCE(${START_YEAR_SQL}, '')` : columnOf[by];
  const rows = db
    .prepare(
      `SELECT ${key} AS key, COUNT(*) AS lines, SUM(quantity) AS quantity, SUM(${VALUE_SQL}) AS value
       FROM inventory WHERE ${where.sql} GROUP BY ${key} ORDER BY quantity DESC, key`,
    )
    .all(...where.params) as { key: string | number; lines: number; quantity: number; value: number }[];
  return rows.map((row) => ({
    key: by === 'startYear' && row.key !== '' ? `${row.key}-${Number(row.key) + 1}` : String(row.key),
    lines: row.lines,
    quantity: row.quantity,
    valueCents: row.value,
  }));
}

/** The fleet grouped by type, start year, lifetime, status, contract, use and funding. */
export function fleetCohorts(db: Db, planId: string): FleetCohort[] {
  const rows = db
    .prepare(
      `SELECT type, ${START_YEAR_SQL} AS start, lifetime_years, status, contract, use, funding,
              SUM(quantity) AS quantity, COUNT(*) AS lines, SUM(${VALUE_SQL}) AS value
       FROM inventory WHERE plan_id = ?
       GROUP BY type, start, lifetime_years, status, contract, use, funding
       ORDER BY start, type`,
    )
    .all(planId) as {
    type: FleetCohort['type'];
    start: number | null;
    lifetime_years: number | null;
    status: FleetCohort['status'];
    contract: FleetCohort['contract'];
    use: FleetCohort['use'];
    funding: FleetCohort['funding'];
    quantity: number;
    lines: number;
    value: number;
  }[];
  return rows.map((row) => ({
    type: row.type,
    startYear: row.start === null ? '' : `${row.start}-${row.start + 1}`,
    lifetimeYears: row.lifetime_years,
    status: row.status,
    contract: row.contract,
    use: row.use,
    funding: row.funding,
    quantity: row.quantity,
    lines: row.lines,
    valueCents: row.value,
  }));
}

/** Copies every line of one plan into another (a duplicate starts with the same fleet). */
export function copyInventory(db: Db, fromPlanId: string, toPlanId: string): void {
  const columns = ['id', 'position', ...fields.map((field) => columnOf[field])];
  db.prepare(
    `INSERT INTO inventory (plan_id, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM inventory WHERE plan_id = ?`,
  ).run(toPlanId, fromPlanId);
}
