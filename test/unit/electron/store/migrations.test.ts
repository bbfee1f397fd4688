// Migrations: one case per migration from data in the previous shape, and a committed schema snapshot.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/store/database.ts';
import { latestSchemaVersion, migrations } from '../../../../electron/store/migrations.ts';
import { tempDataDir, type TempDir } from '../../../builders/backend.ts';

const snapshotFile = join(import.meta.dirname, 'schema.snapshot.sql');

/** The schema as SQLite keeps it, in a stable order, with the version on top. */
function dumpSchema(db: Db): string {
  const rows = db
    .prepare<[], { sql: string }>(
      `SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_autoindex_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`,
    )
    .all();
  const version = db.pragma('user_version', { simple: true }) as number;
  return `-- user_version = ${version}\n${rows.map((row) => `${row.sql.trim()};`).join('\n\n')}\n`;
}

interface MigrationCase {
  version: number;
  /** Writes data in the shape the database had before this migration. */
  seed(db: Db): void;
  /** Checks that the data and the new shape are as this migration promises. */
  check(db: Db): void;
}

const cases: MigrationCase[] = [
  {
    version: 1,
    seed() {
      // Version 0 is an empty file: nothing to write.
    },
    check(db) {
      const tables = db
        .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
        .all()
        .map((row) => row.name);
      expect(tables).toEqual(['plan_parts', 'plans', 'settings', 'sqlite_sequence', 'undo_entries']);
      db.prepare(
        `INSERT INTO plans (id, name, created_at, updated_at) VALUES ('p1', 'Plan', '2026-01-01', '2026-01-01')`,
      ).run();
      db.prepare(`INSERT INTO plan_parts (plan_id, part, data) VALUES ('p1', 'profile', '{}')`).run();
      expect(() => db.prepare(`INSERT INTO plan_parts (plan_id, part, data) VALUES ('p1', 'x', 'not json')`).run()).toThrow(
        /CHECK constraint/,
      );
      expect(() =>
        db.prepare(`INSERT INTO plan_parts (plan_id, part, data) VALUES ('nobody', 'profile', '{}')`).run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        db.prepare(`INSERT INTO plans (id, name, is_example, created_at, updated_at) VALUES ('p2', 'x', 'yes', 'a', 'b')`).run(),
      ).toThrow(/cannot store TEXT value in INTEGER column/);
      db.prepare(`DELETE FROM plans WHERE id = 'p1'`).run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM plan_parts').get()).toEqual({ n: 0 });
    },
  },
  {
    version: 2,
    seed(db) {
      db.prepare(
        `INSERT INTO plans (id, name, created_at, updated_at) VALUES ('p1', 'Plan', '2026-01-01', '2026-01-01')`,
      ).run();
      db.prepare(`INSERT INTO plan_parts (plan_id, part, data) VALUES ('p1', 'profile', '{"schoolName":"Atheneum"}')`).run();
    },
    check(db) {
      expect(db.prepare(`SELECT data FROM plan_parts WHERE plan_id = 'p1'`).get()).toEqual({ data: '{"schoolName":"Atheneum"}' });
      db.prepare(`INSERT INTO plan_items (plan_id, kind, id, position, data) VALUES ('p1', 'goal', 'g1', 1, '{}')`).run();
      db.prepare(
        `INSERT INTO plan_versions (plan_id, id, label, created_at, snapshot) VALUES ('p1', 'v1', 'Eerste', '2026-01-02', '{}')`,
      ).run();
      expect(() =>
        db.prepare(`INSERT INTO plan_items (plan_id, kind, id, position, data) VALUES ('p1', 'goal', 'g1', 2, '{}')`).run(),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db.prepare(`INSERT INTO plan_items (plan_id, kind, id, position, data) VALUES ('nobody', 'goal', 'g2', 1, '{}')`).run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        db.prepare(`INSERT INTO plan_versions (plan_id, id, label, created_at, snapshot) VALUES ('p1', 'v2', 'x', 'y', 'nope')`).run(),
      ).toThrow(/CHECK constraint/);
      db.prepare(`DELETE FROM plans WHERE id = 'p1'`).run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM plan_items').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM plan_versions').get()).toEqual({ n: 0 });
    },
  },
  {
    version: 3,
    seed(db) {
      db.prepare(
        `INSERT INTO plans (id, name, created_at, updated_at) VALUES ('p1', 'Plan', '2026-01-01', '2026-01-01')`,
      ).run();
      db.prepare(`INSERT INTO plan_items (plan_id, kind, id, position, data) VALUES ('p1', 'goal', 'g1', 1, '{}')`).run();
    },
    check(db) {
      expect(db.prepare(`SELECT id FROM plan_items WHERE plan_id = 'p1'`).all()).toEqual([{ id: 'g1' }]);
      const line = (id: string, quantity: number, price: number | null) =>
        db
          .prepare(
            `INSERT INTO inventory (plan_id, id, position, type, brand_model, quantity, serial, start_date, unit_price_cents,
               price_unit, vat_included, contract, supplier, framework, use, status, warranty_end, lifetime_years, funding, note)
             VALUES ('p1', ?, 1, 'laptop', 'X', ?, '', '2026-09-01', ?, 'once', 1, 'bought', '', '', 'teachers', 'in-use', '', 5, 'own', '')`,
          )
          .run(id, quantity, price);
      line('l1', 3, 60_000);
      expect(() => line('l2', 0, 60_000)).toThrow(/CHECK constraint/);
      expect(() => line('l3', 1, -5)).toThrow(/CHECK constraint/);
      db.prepare(
        `INSERT INTO reference_price_lists (id, name, source, published_on, valid_from, valid_to, is_example, imported_at, sha256, items)
         VALUES ('r1', 'Lijst', 'Bron', '2025-06-01', '2025-06-01', '', 0, '2026-01-01', 'x', '[]')`,
      ).run();
      db.prepare(`DELETE FROM plans WHERE id = 'p1'`).run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM inventory').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM reference_price_lists').get()).toEqual({ n: 1 });
    },
  },
];

describe('migrations', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => {
    dir.remove();
  });

  it('are numbered 1, 2, 3… without gaps, and every one has a case here', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(cases.map((c) => c.version)).toEqual(migrations.map((m) => m.version));
  });

  it.each(cases)('migration $version takes data in the previous shape to the new one', ({ version, seed, check }) => {
    const file = join(dir.path, 'digiplan.sqlite');
    if (version > 1) {
      openDatabase(file, { migrations: migrations.filter((m) => m.version < version) }).close();
    }
    const before = new Database(file);
    seed(before);
    expect(before.pragma('user_version', { simple: true })).toBe(version - 1);
    before.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= version) });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      check(db);
    } finally {
      db.close();
    }
  });

  it('leave a database at the latest version untouched when it is opened again', () => {
    const file = join(dir.path, 'digiplan.sqlite');
    const first = openDatabase(file);
    const schema = dumpSchema(first);
    first.close();
    const again = openDatabase(file);
    expect(dumpSchema(again)).toBe(schema);
    expect(again.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    again.close();
  });

  it('produce the schema recorded in schema.snapshot.sql', () => {
    const db = openDatabase(join(dir.path, 'digiplan.sqlite'));
    const schema = dumpSchema(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(snapshotFile, schema);
    // A schema change needs a new migration and a new snapshot: rerun with
    // UPDATE_SCHEMA_SNAPSHOT=1 and review the difference.
    expect(schema).toBe(readFileSync(snapshotFile, 'utf8'));
  });
});
