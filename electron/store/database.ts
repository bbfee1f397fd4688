// Opens the SQLite file: pragmas, a refusal of databases newer than this app, and
// migrations with a backup copy written first. If a migration was cut off (a crash, a
// kill), the next start restores that backup before trying again.
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

  let db: Db | undefined;
  let found: number;
  try {
    db = new Database(file);
    // The version is read before any pragma that writes (WAL rewrites the file header),
    // so a database this app refuses is left byte for byte as it was.
    found = db.pragma('user_version', { simple: true }) as number;
    if (found <= latest) {
      db.pragma('journal_mode = WAL');
      // NORMAL is SQLite's advice for WAL: a crash or kill of the app loses no committed
      // transaction and never corrupts; only a power cut can drop the last moments of
      // edits. FULL would add a disk flush to every keystroke's save.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    }
  } catch (error) {
    db?.close();
    throw new AppError('DB_CORRUPT', 'errors.dbCorrupt', { params: { file: basename(file), reason: String(error) } });
  }

  if (found > latest) {
    db.close();
    throw new AppError('DB_TOO_NEW', 'errors.dbTooNew', { params: { found, supported: latest } });
  }
  if (found < latest) {
    try {
      migrate(db, file, found, migrations, options);
    } catch (error) {
      // The `.migrating` marker stays, so the next open restores the backup first.
      db.close();
      throw error;
    }
  }
  reuseStatements(db);
  return db;
}

/** How many distinct statements stay prepared: filtered inventory queries build their SQL. */
const PREPARED_STATEMENTS = 256;

/**
 * Every edit reads the whole plan back with the same few dozen queries; preparing them
 * again each time cost more than running them. A statement is prepared once per SQL text
 * and handed out again in its default mode (a caller that wants raw rows asks again).
 */
function reuseStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const prepared = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = prepared.get(sql);
    if (statement) {
      prepared.delete(sql);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(sql);
      if (prepared.size >= PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
    }
    prepared.set(sql, statement);
    return statement;
  }) as Db['prepare'];
}

function migrate(db: Db, file: string, from: number, migrations: readonly Migration[], options: OpenOptions): void {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  const hasData = from > 0 && file !== ':memory:';
  if (hasData) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    // VACUUM INTO refuses an existing file; a clock that repeats (a fixed test clock, a PC
    // whose clock was reset) must not make the app unable to start.
    let backup = `${file}.backup-v${from}-${stamp}`;
    for (let n = 2; existsSync(backup); n++) backup = `${file}.backup-v${from}-${stamp}-${n}`;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.prepare('VACUUM INTO ?').run(backup);
    // SQLite does not fsync a VACUUM INTO copy; the marker must never point at a torn one.
    fsyncFile(backup);
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
    fsyncFile(file);
  }
  rmSync(marker, { force: true });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
