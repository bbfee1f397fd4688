// Schema migrations, numbered by PRAGMA user_version. Append-only: a released migration
// is never edited; a change to the schema is a new entry with its own test.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'plans, plan parts, undo journal and settings',
    up(db) {
      db.exec(`
        CREATE TABLE plans (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;

        CREATE TABLE plan_parts (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          part TEXT NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data)),
          PRIMARY KEY (plan_id, part)
        ) STRICT;

        CREATE TABLE undo_entries (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          scope TEXT NOT NULL,
          label_key TEXT NOT NULL,
          coalesce_key TEXT,
          changes TEXT NOT NULL CHECK (json_valid(changes)),
          state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX undo_entries_by_scope ON undo_entries (scope, state, id);

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'plan items (goals, training activities) and frozen versions',
    up(db) {
      db.exec(`
        CREATE TABLE plan_items (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          kind TEXT NOT NULL,
          id TEXT NOT NULL,
          position REAL NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data)),
          PRIMARY KEY (plan_id, kind, id)
        ) STRICT;
        CREATE INDEX plan_items_in_order ON plan_items (plan_id, kind, position);

        CREATE TABLE plan_versions (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          label TEXT NOT NULL,
          created_at TEXT NOT NULL,
          snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
          PRIMARY KEY (plan_id, id)
        ) STRICT;
      `);
    },
  },
  {
    version: 3,
    name: 'inventory lines and reference price lists',
    up(db) {
      db.exec(`
        CREATE TABLE inventory (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          type TEXT NOT NULL,
          brand_model TEXT NOT NULL,
          quantity INTEGER NOT NULL CHECK (quantity >= 1),
          serial TEXT NOT NULL,
          start_date TEXT NOT NULL,
          unit_price_cents INTEGER CHECK (unit_price_cents IS NULL OR unit_price_cents >= 0),
          price_unit TEXT NOT NULL,
          vat_included INTEGER NOT NULL CHECK (vat_included IN (0, 1)),
          contract TEXT NOT NULL,
          supplier TEXT NOT NULL,
          framework TEXT NOT NULL,
          use TEXT NOT NULL,
          status TEXT NOT NULL,
          warranty_end TEXT NOT NULL,
          lifetime_years INTEGER,
          funding TEXT NOT NULL,
          note TEXT NOT NULL,
          PRIMARY KEY (plan_id, id)
        ) STRICT;
        CREATE INDEX inventory_in_order ON inventory (plan_id, position);

        CREATE TABLE reference_price_lists (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          source TEXT NOT NULL,
          published_on TEXT NOT NULL,
          valid_from TEXT NOT NULL,
          valid_to TEXT NOT NULL,
          is_example INTEGER NOT NULL CHECK (is_example IN (0, 1)),
          imported_at TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          items TEXT NOT NULL CHECK (json_valid(items))
        ) STRICT;
      `);
    },
  },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
