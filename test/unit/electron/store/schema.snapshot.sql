-- user_version = 2
CREATE TABLE plan_items (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          kind TEXT NOT NULL,
          id TEXT NOT NULL,
          position REAL NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data)),
          PRIMARY KEY (plan_id, kind, id)
        ) STRICT;

CREATE TABLE plan_parts (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          part TEXT NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data)),
          PRIMARY KEY (plan_id, part)
        ) STRICT;

CREATE TABLE plan_versions (
          plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          label TEXT NOT NULL,
          created_at TEXT NOT NULL,
          snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
          PRIMARY KEY (plan_id, id)
        ) STRICT;

CREATE TABLE plans (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;

CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

CREATE TABLE sqlite_sequence(name,seq);

CREATE TABLE undo_entries (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          scope TEXT NOT NULL,
          label_key TEXT NOT NULL,
          coalesce_key TEXT,
          changes TEXT NOT NULL CHECK (json_valid(changes)),
          state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
          created_at TEXT NOT NULL
        ) STRICT;

CREATE INDEX plan_items_in_order ON plan_items (plan_id, kind, position);

CREATE INDEX undo_entries_by_scope ON undo_entries (scope, state, id);
