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
} as const;
export type TableName = keyof typeof tables;

interface Change {
  table: TableName;
  key: Row;
  before: Row | null;
  after: Row | null;
}

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
      for (const change of [...changes].reverse()) this.apply(change.table, change.key, change.before);
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
      for (const change of changes) this.apply(change.table, change.key, change.after);
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
    };
    return writer;
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

function sameRow(a: Change, b: Change): boolean {
  return a.table === b.table && JSON.stringify(a.key) === JSON.stringify(b.key);
}

/** Folds a later set of changes into an earlier one: earliest before, latest after. */
function mergeChanges(earlier: Change[], later: Change[]): Change[] {
  const merged = earlier.map((change) => ({ ...change }));
  for (const change of later) {
    const existing = merged.find((candidate) => sameRow(candidate, change));
    if (!existing) {
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
  const ids = changes.map((c) => (c.table === 'plans' ? c.key.id : c.key.plan_id));
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
