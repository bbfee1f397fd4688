// Opens the SQLite file: pragmas, a refusal of databases newer than this app, and
// migrations with a backup copy written first. If a migration was cut off (a crash, a
// kill), the next start restores that backup before trying again.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/result.ts';
import { migrations as defaultMigrations, type Migration } from './migrations.ts';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Used to name backup files; injected so tests are repeatable. */
  now?: () => Date;
  /** How many pre-migration backups to keep next to the database. */
  keepBackups?: number;
}

const markerPath = (file: string) => `${file}.migrating`;

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? defaultMigrations;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    restoreInterruptedMigration(file);
  }

  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new AppError('DB_CORRUPT', 'errors.dbCorrupt', { params: { file: basename(file), reason: String(error) } });
  }

  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > latest) {
    db.close();
    throw new AppError('DB_TOO_NEW', 'errors.dbTooNew', { params: { found, supported: latest } });
  }
  if (found < latest) {
    migrate(db, file, found, migrations, options);
  }
  return db;
}

function migrate(db: Db, file: string, from: number, migrations: readonly Migration[], options: OpenOptions): void {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  const hasData = from > 0 && file !== ':memory:';
  if (hasData) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const backup = `${file}.backup-v${from}-${stamp}`;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.prepare('VACUUM INTO ?').run(backup);
    writeFileSync(markerPath(file), backup, { flush: true });
  }
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  if (hasData) {
    rmSync(markerPath(file), { force: true });
    pruneBackups(file, options.keepBackups ?? 3);
  }
}

/** A marker left behind means the last migration never finished: put the backup back. */
function restoreInterruptedMigration(file: string): void {
  const marker = markerPath(file);
  if (!existsSync(marker)) return;
  const backup = readFileSync(marker, 'utf8').trim();
  if (backup !== '' && existsSync(backup)) {
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    copyFileSync(backup, file);
  }
  rmSync(marker, { force: true });
}

function pruneBackups(file: string, keep: number): void {
  const prefix = `${basename(file)}.backup-v`;
  const folder = dirname(file);
  const backups = readdirSync(folder)
    .filter((name) => name.startsWith(prefix))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) {
    rmSync(join(folder, old), { force: true });
  }
}
