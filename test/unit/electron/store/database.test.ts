// Opening the database: pragmas, backup and marker around migrations, refusals, and recovery after a crash.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/store/database.ts';
import { latestSchemaVersion, migrations, type Migration } from '../../../../electron/store/migrations.ts';
import { AppError } from '../../../../shared/result.ts';
import { tempDataDir, type TempDir } from '../../../builders/backend.ts';

const fixedNow = () => new Date('2026-03-02T09:00:00.000Z');

/** A second migration for tests: adds a column, so a half-applied one is visible. */
function withNoteColumn(up: Migration['up'] = (db) => db.exec('ALTER TABLE plans ADD COLUMN note TEXT')): Migration[] {
  return [...migrations, { version: migrations.length + 1, name: 'test: plan notes', up }];
}

function columnsOf(db: Database.Database, table: string): string[] {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((row) => row.name);
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('openDatabase', () => {
  let dir: TempDir;
  let file: string;
  beforeEach(() => {
    dir = tempDataDir();
    file = join(dir.path, 'digiplan.sqlite');
  });
  afterEach(() => {
    dir.remove();
  });

  /** A database at the current version holding one plan. */
  function existingDatabase(): void {
    const db = openDatabase(file, { now: fixedNow });
    db.prepare(
      `INSERT INTO plans (id, name, created_at, updated_at) VALUES ('p1', 'Bestaand plan', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).run();
    db.close();
  }

  it('turns on WAL, foreign keys and full sync', () => {
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('creates the data folder when it does not exist', () => {
    const nested = join(dir.path, 'a', 'b', 'digiplan.sqlite');
    openDatabase(nested).close();
    expect(existsSync(nested)).toBe(true);
  });

  it('writes no backup when it creates a new database', () => {
    openDatabase(file, { now: fixedNow }).close();
    expect(readdirSync(dir.path).filter((name) => name.includes('backup'))).toEqual([]);
  });

  it('writes a backup of an existing database before migrating it, and removes the marker after', () => {
    existingDatabase();
    const backup = `${file}.backup-v${latestSchemaVersion}-2026-03-02T09-00-00-000Z`;
    let seenDuringMigration: { marker: string | null; backupExists: boolean } | null = null;
    const db = openDatabase(file, {
      now: fixedNow,
      migrations: withNoteColumn((db) => {
        seenDuringMigration = {
          marker: existsSync(`${file}.migrating`) ? readFileSync(`${file}.migrating`, 'utf8') : null,
          backupExists: existsSync(backup),
        };
        db.exec('ALTER TABLE plans ADD COLUMN note TEXT');
      }),
    });
    expect(seenDuringMigration).toEqual({ marker: backup, backupExists: true });
    expect(existsSync(`${file}.migrating`)).toBe(false);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    expect(columnsOf(db, 'plans')).toContain('note');
    db.close();

    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(columnsOf(copy, 'plans')).not.toContain('note');
    expect(copy.prepare('SELECT name FROM plans').all()).toEqual([{ name: 'Bestaand plan' }]);
    copy.close();
  });

  it('keeps only the newest backups', () => {
    existingDatabase();
    let version = latestSchemaVersion;
    const extra: Migration[] = [];
    for (let day = 3; day <= 7; day++) {
      version += 1;
      extra.push({ version, name: `test ${version}`, up: () => undefined });
      openDatabase(file, {
        now: () => new Date(`2026-03-0${day}T09:00:00.000Z`),
        migrations: [...migrations, ...extra],
        keepBackups: 3,
      }).close();
    }
    const backups = readdirSync(dir.path).filter((name) => name.includes('.backup-'));
    expect(backups).toHaveLength(3);
    expect(backups.some((name) => name.includes('2026-03-07'))).toBe(true);
  });

  it('refuses a database made by a newer version with DB_TOO_NEW and leaves it byte for byte unchanged', () => {
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x TEXT)');
    newer.pragma(`user_version = ${migrations.length + 5}`);
    newer.close();
    const before = readFileSync(file);

    const error = catchError(() => openDatabase(file, { now: fixedNow }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toShape()).toEqual({
      code: 'DB_TOO_NEW',
      messageKey: 'errors.dbTooNew',
      details: { params: { found: migrations.length + 5, supported: migrations.length } },
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['digiplan.sqlite']);
  });

  it('refuses a newer database in WAL mode without touching it either', () => {
    const newer = new Database(file);
    newer.pragma('journal_mode = WAL');
    newer.exec('CREATE TABLE future (x TEXT)');
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('gives DB_CORRUPT for a file that is not a database, and leaves it alone', () => {
    const garbage = Buffer.from('Dit is geen database maar een boodschappenlijstje. '.repeat(200));
    writeFileSync(file, garbage);
    const error = catchError(() => openDatabase(file));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_CORRUPT');
    expect((error as AppError).messageKey).toBe('errors.dbCorrupt');
    expect((error as AppError).details?.params?.file).toBe('digiplan.sqlite');
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('restores the backup named by a leftover marker before opening, then migrates again', () => {
    existingDatabase();
    // A migration was cut off: the backup exists, the marker points at it, and the
    // database itself is half changed (a column added, a plan gone, the version not yet raised).
    const backup = `${file}.backup-v${latestSchemaVersion}-2026-03-01T00-00-00-000Z`;
    const db = new Database(file);
    db.prepare('VACUUM INTO ?').run(backup);
    db.exec(`ALTER TABLE plans ADD COLUMN note TEXT; DELETE FROM plans;`);
    db.close();
    writeFileSync(`${file}.migrating`, backup);

    const reopened = openDatabase(file, { now: fixedNow, migrations: withNoteColumn() });
    expect(reopened.prepare('SELECT id, name, note FROM plans').all()).toEqual([
      { id: 'p1', name: 'Bestaand plan', note: null },
    ]);
    expect(reopened.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    expect(existsSync(`${file}.migrating`)).toBe(false);
    reopened.close();
  });

  it('keeps the marker when a migration fails, so the next start restores the backup', () => {
    existingDatabase();
    const failing = withNoteColumn((db) => {
      db.exec('ALTER TABLE plans ADD COLUMN note TEXT');
      throw new Error('power cut');
    });
    expect(() => openDatabase(file, { now: fixedNow, migrations: failing })).toThrow('power cut');
    expect(existsSync(`${file}.migrating`)).toBe(true);

    // Simulate the damage a crash could leave despite the transaction.
    const damaged = new Database(file);
    damaged.exec('DELETE FROM plans');
    damaged.close();

    const reopened = openDatabase(file, { now: fixedNow, migrations: withNoteColumn() });
    expect(reopened.prepare('SELECT id FROM plans').all()).toEqual([{ id: 'p1' }]);
    expect(reopened.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    expect(existsSync(`${file}.migrating`)).toBe(false);
    reopened.close();
  });

  it('ignores a marker whose backup is gone', () => {
    existingDatabase();
    writeFileSync(`${file}.migrating`, join(dir.path, 'missing.backup'));
    const db = openDatabase(file);
    expect(db.prepare('SELECT id FROM plans').all()).toEqual([{ id: 'p1' }]);
    expect(existsSync(`${file}.migrating`)).toBe(false);
    db.close();
  });

  it('restores a backup even when stale WAL files lie next to the database', () => {
    existingDatabase();
    const backup = `${file}.backup-v1-x`;
    copyFileSync(file, backup);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('DELETE FROM plans');
    // Leave the WAL behind as a crash would: copy it aside, close, put it back.
    const wal = readFileSync(`${file}-wal`);
    db.close();
    writeFileSync(`${file}-wal`, wal);
    writeFileSync(`${file}.migrating`, backup);

    const reopened = openDatabase(file);
    expect(reopened.prepare('SELECT id FROM plans').all()).toEqual([{ id: 'p1' }]);
    reopened.close();
  });
});
