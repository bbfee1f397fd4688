// The one write path. Every user action runs in one transaction through `mutate`, which
// records a before and after image of each row it touches; undo and redo replay those
// images. Images hold only the columns written, so undoing a rename does not also undo
// an unrelated edit to the same row.
import type { Db } from './database.ts';

type Value = string | number | null;
export type Row = Record<string, Value>;

/** Tables the journal may write, with their key columns. Column names never come from input. */
const tables = {
  plans: ['id'],
  plan_parts: ['plan_id', 'part'],
  plan_items: ['plan_id', 'kind', 'id'],
  plan_versions: ['plan_id', 'id'],
  inventory: ['plan_id', 'id'],
  reference_price_lists: ['id'],
} as const;
export type TableName = keyof typeof tables;

interface RowChange {
  table: TableName;
  key: Row;
  before: Row | null;
  after: Row | null;
}

/**
 * Many rows of one table in one change, written compactly (a column list and value
 * arrays): an import of 50,000 inventory lines is one undo step without 50,000 objects.
 * `before`/`after` hold full rows for inserts and removals, the written columns for updates.
 */
interface BulkChange {
  table: TableName;
  bulk: 'insert' | 'update' | 'remove';
  columns: string[];
  keys: Value[][];
  before: Value[][] | null;
  after: Value[][] | null;
}

type Change = RowChange | BulkChange;

const isBulk = (change: Change): change is BulkChange => 'bulk' in change;

export interface MutationMeta {
  /** `library` for the list of plans, or a plan id for edits inside one plan. */
  scope: string;
  labelKey: string;
  /** Consecutive edits with the same key within a few seconds become one undo step. */
  coalesceKey?: string;
}

export interface Writer {
  insert(table: TableName, row: Row): void;
  update(table: TableName, key: Row, columns: Row): void;
  /** Update the row if it exists, insert it (key + columns) if not. */
  put(table: TableName, key: Row, columns: Row): void;
  remove(table: TableName, key: Row): void;
  /** Inserts rows that all have the same columns; one compact change. */
  insertMany(table: TableName, rows: Row[]): void;
  /** Writes the same columns on many existing rows. */
  updateMany(table: TableName, keys: Row[], columns: Row): void;
  removeMany(table: TableName, keys: Row[]): void;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabelKey: string | null;
  redoLabelKey: string | null;
}

export interface UndoOutcome {
  labelKey: string;
  /** Plans whose rows the step touched, so callers know what to reload. */
  planIds: string[];
}

const COALESCE_WINDOW_MS = 4000;
const MAX_ENTRIES_PER_SCOPE = 200;

interface EntryRow {
  id: number;
  label_key: string;
  coalesce_key: string | null;
  changes: string;
  created_at: string;
}

export class Journal {
  private readonly db: Db;
  private readonly now: () => Date;

  constructor(db: Db, now: () => Date) {
    this.db = db;
    this.now = now;
  }

  mutate<T>(meta: MutationMeta, action: (writer: Writer) => T): T {
    return this.db.transaction(() => {
      const changes: Change[] = [];
      const result = action(this.writer(changes));
      if (changes.length > 0) this.record(meta, changes);
      return result;
    })();
  }

  undo(scope: string): UndoOutcome | null {
    return this.db.transaction(() => {
      const entry = this.db
        .prepare<[string], EntryRow>(
          `SELECT * FROM undo_entries WHERE scope = ? AND state = 'done' ORDER BY id DESC LIMIT 1`,
        )
        .get(scope);
      if (!entry) return null;
      const changes = JSON.parse(entry.changes) as Change[];
      for (const change of [...changes].reverse()) this.replay(change, 'before');
      this.db.prepare(`UPDATE undo_entries SET state = 'undone' WHERE id = ?`).run(entry.id);
      return { labelKey: entry.label_key, planIds: planIdsOf(changes) };
    })();
  }

  redo(scope: string): UndoOutcome | null {
    return this.db.transaction(() => {
      const entry = this.db
        .prepare<[string], EntryRow>(
          `SELECT * FROM undo_entries WHERE scope = ? AND state = 'undone' ORDER BY id ASC LIMIT 1`,
        )
        .get(scope);
      if (!entry) return null;
      const changes = JSON.parse(entry.changes) as Change[];
      for (const change of changes) this.replay(change, 'after');
      this.db.prepare(`UPDATE undo_entries SET state = 'done' WHERE id = ?`).run(entry.id);
      return { labelKey: entry.label_key, planIds: planIdsOf(changes) };
    })();
  }

  state(scope: string): UndoState {
    const last = this.db
      .prepare<[string], { label_key: string }>(
        `SELECT label_key FROM undo_entries WHERE scope = ? AND state = 'done' ORDER BY id DESC LIMIT 1`,
      )
      .get(scope);
    const next = this.db
      .prepare<[string], { label_key: string }>(
        `SELECT label_key FROM undo_entries WHERE scope = ? AND state = 'undone' ORDER BY id ASC LIMIT 1`,
      )
      .get(scope);
    return {
      canUndo: last !== undefined,
      canRedo: next !== undefined,
      undoLabelKey: last?.label_key ?? null,
      redoLabelKey: next?.label_key ?? null,
    };
  }

  /** Forgets the history of a scope, e.g. when a plan is removed for good. */
  forget(scope: string): void {
    this.db.prepare('DELETE FROM undo_entries WHERE scope = ?').run(scope);
  }

  /**
   * Writes without recording: for rows that are not yet anyone's history, such as the
   * content of a plan that is still in the trash while it is being created.
   */
  unrecorded(): Writer {
    return this.writer(null);
  }

  private writer(changes: Change[] | null): Writer {
    const writer: Writer = {
      insert: (table, row) => {
        const key = keyOf(table, row);
        this.apply(table, key, row);
        changes?.push({ table, key, before: null, after: row });
      },
      update: (table, key, columns) => {
        if (Object.keys(columns).length === 0) return;
        const before = this.select(table, key, Object.keys(columns));
        if (!before) throw new Error(`update of a missing ${table} row`);
        // Saving what is already there is not a step anyone wants to undo.
        if (Object.keys(columns).every((column) => before[column] === columns[column])) return;
        this.apply(table, key, columns);
        changes?.push({ table, key, before, after: columns });
      },
      put: (table, key, columns) => {
        if (this.select(table, key, Object.keys(columns))) writer.update(table, key, columns);
        else writer.insert(table, { ...key, ...columns });
      },
      remove: (table, key) => {
        const before = this.select(table, key, null);
        if (!before) return;
        this.apply(table, key, null);
        changes?.push({ table, key, before, after: null });
      },
      insertMany: (table, rows) => {
        if (rows.length === 0) return;
        const columns = Object.keys(rows[0]!);
        const values = rows.map((row) => columns.map((column) => row[column] ?? null));
        const insert = this.db.prepare(
          `INSERT INTO ${table} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of values) insert.run(...row);
        changes?.push({ table, bulk: 'insert', columns, keys: rows.map((row) => keyValues(table, keyOf(table, row))), before: null, after: values });
      },
      updateMany: (table, keys, columnsToWrite) => {
        if (keys.length === 0 || Object.keys(columnsToWrite).length === 0) return;
        const columns = Object.keys(columnsToWrite);
        const read = this.db.prepare(`SELECT ${columns.map(quoteIdent).join(', ')} FROM ${table} WHERE ${whereClause(table)}`).raw();
        const write = this.db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${quoteIdent(c)} = ?`).join(', ')} WHERE ${whereClause(table)}`);
        const after = columns.map((column) => columnsToWrite[column] ?? null);
        const keyRows: Value[][] = [];
        const before: Value[][] = [];
        for (const key of keys) {
          const values = keyValues(table, key);
          const old = read.get(...values) as Value[] | undefined;
          if (!old || old.every((value, i) => value === after[i])) continue;
          write.run(...after, ...values);
          keyRows.push(values);
          before.push(old);
        }
        if (keyRows.length > 0) {
          changes?.push({ table, bulk: 'update', columns, keys: keyRows, before, after: keyRows.map(() => after) });
        }
      },
      removeMany: (table, keys) => {
        if (keys.length === 0) return;
        const read = this.db.prepare(`SELECT * FROM ${table} WHERE ${whereClause(table)}`);
        const remove = this.db.prepare(`DELETE FROM ${table} WHERE ${whereClause(table)}`);
        let columns: string[] | null = null;
        const keyRows: Value[][] = [];
        const before: Value[][] = [];
        for (const key of keys) {
          const values = keyValues(table, key);
          const row = read.get(...values) as Row | undefined;
          if (!row) continue;
          columns ??= Object.keys(row);
          before.push(columns.map((column) => row[column] ?? null));
          keyRows.push(values);
          remove.run(...values);
        }
        if (columns && keyRows.length > 0) changes?.push({ table, bulk: 'remove', columns, keys: keyRows, before, after: null });
      },
    };
    return writer;
  }

  /** Puts the rows of a change back in its `before` or `after` state. */
  private replay(change: Change, side: 'before' | 'after'): void {
    if (!isBulk(change)) {
      this.apply(change.table, change.key, change[side]);
      return;
    }
    const { table, columns, keys } = change;
    const rows = change[side];
    const present = side === 'after' ? change.bulk !== 'remove' : change.bulk !== 'insert';
    if (!present) {
      const remove = this.db.prepare(`DELETE FROM ${table} WHERE ${whereClause(table)}`);
      for (const key of keys) remove.run(...key);
      return;
    }
    if (change.bulk === 'update') {
      const write = this.db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${quoteIdent(c)} = ?`).join(', ')} WHERE ${whereClause(table)}`);
      keys.forEach((key, i) => write.run(...rows![i]!, ...key));
      return;
    }
    const insert = this.db.prepare(
      `INSERT INTO ${table} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows!) insert.run(...row);
  }

  private record(meta: MutationMeta, changes: Change[]): void {
    const now = this.now();
    this.db.prepare(`DELETE FROM undo_entries WHERE scope = ? AND state = 'undone'`).run(meta.scope);
    const last = this.db
      .prepare<[string], EntryRow>(`SELECT * FROM undo_entries WHERE scope = ? ORDER BY id DESC LIMIT 1`)
      .get(meta.scope);
    if (
      meta.coalesceKey !== undefined &&
      last?.coalesce_key === meta.coalesceKey &&
      now.getTime() - Date.parse(last.created_at) < COALESCE_WINDOW_MS
    ) {
      const merged = mergeChanges(JSON.parse(last.changes) as Change[], changes);
      this.db
        .prepare('UPDATE undo_entries SET changes = ?, created_at = ? WHERE id = ?')
        .run(JSON.stringify(merged), now.toISOString(), last.id);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO undo_entries (scope, label_key, coalesce_key, changes, state, created_at)
         VALUES (?, ?, ?, ?, 'done', ?)`,
      )
      .run(meta.scope, meta.labelKey, meta.coalesceKey ?? null, JSON.stringify(changes), now.toISOString());
    this.db
      .prepare(
        `DELETE FROM undo_entries WHERE scope = ? AND id NOT IN
           (SELECT id FROM undo_entries WHERE scope = ? ORDER BY id DESC LIMIT ${MAX_ENTRIES_PER_SCOPE})`,
      )
      .run(meta.scope, meta.scope);
  }

  private select(table: TableName, key: Row, columns: string[] | null): Row | null {
    const where = whereClause(table);
    const list = columns === null ? '*' : columns.map(quoteIdent).join(', ');
    const row = this.db.prepare(`SELECT ${list} FROM ${table} WHERE ${where}`).get(keyValues(table, key)) as
      | Row
      | undefined;
    return row ?? null;
  }

  /** Makes the row look like `image`: null deletes it, otherwise insert or update the given columns. */
  private apply(table: TableName, key: Row, image: Row | null): void {
    const where = whereClause(table);
    if (image === null) {
      this.db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(keyValues(table, key));
      return;
    }
    const exists = this.db.prepare(`SELECT 1 FROM ${table} WHERE ${where}`).get(keyValues(table, key));
    const columns = Object.keys(image);
    if (exists) {
      const assignments = columns.map((c) => `${quoteIdent(c)} = ?`).join(', ');
      this.db
        .prepare(`UPDATE ${table} SET ${assignments} WHERE ${where}`)
        .run(...columns.map((c) => image[c] ?? null), ...keyValues(table, key));
    } else {
      const full = { ...key, ...image };
      const names = Object.keys(full);
      this.db
        .prepare(`INSERT INTO ${table} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        .run(...names.map((c) => full[c] ?? null));
    }
  }
}

function keyOf(table: TableName, row: Row): Row {
  return Object.fromEntries(tables[table].map((column) => [column, row[column] ?? null]));
}

function whereClause(table: TableName): string {
  return tables[table].map((column) => `${quoteIdent(column)} = ?`).join(' AND ');
}

function keyValues(table: TableName, key: Row): Value[] {
  return tables[table].map((column) => key[column] ?? null);
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected column name ${name}`);
  return `"${name}"`;
}

function sameRow(a: RowChange, b: RowChange): boolean {
  return a.table === b.table && JSON.stringify(a.key) === JSON.stringify(b.key);
}

/** Folds a later set of changes into an earlier one: earliest before, latest after. */
function mergeChanges(earlier: Change[], later: Change[]): Change[] {
  const merged = earlier.map((change) => ({ ...change }));
  for (const change of later) {
    const existing = isBulk(change)
      ? undefined
      : merged.find((candidate): candidate is RowChange => !isBulk(candidate) && sameRow(candidate, change));
    if (!existing || isBulk(change)) {
      merged.push(change);
      continue;
    }
    if (existing.before !== null && change.before !== null) {
      existing.before = { ...change.before, ...existing.before };
    }
    existing.after = change.after === null || existing.after === null ? change.after : { ...existing.after, ...change.after };
  }
  return merged;
}

function planIdsOf(changes: Change[]): string[] {
  const ids = changes.map((c) => {
    if (isBulk(c)) return tables[c.table].indexOf('plan_id' as never) === 0 ? c.keys[0]?.[0] : undefined;
    return c.table === 'plans' ? c.key.id : c.key.plan_id;
  });
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
