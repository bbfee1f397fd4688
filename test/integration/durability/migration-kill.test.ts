// A kill during a schema migration: the `.migrating` marker is left behind, the next start
// with the old migrations puts the backup back, and a start with the new ones finishes the job.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend.ts';
import { DATABASE_FILE } from '../../../electron/paths.ts';
import { openDatabase, type Db } from '../../../electron/store/database.ts';
import { latestSchemaVersion, migrations } from '../../../electron/store/migrations.ts';
import { nodeBin, repoRoot } from '../../fixtures/bridge-child.ts';
import { integrityCheck, snapshot, type Snapshot } from '../../fixtures/database.ts';
import { BULK_TABLE, slowMigration } from '../../fixtures/slow-migration.ts';

const ROWS = 300_000;

let dataDir: string;
let file: string;
let original: Snapshot;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'digiplan-migrate-'));
  file = join(dataDir, DATABASE_FILE);
  // A version 1 database with real data in it: the example plus a plan and edits of our own.
  const backend = openBackend({ dataDir, appVersion: '0.0.0-test' });
  const created = await backend.dispatch('plans.create', { schoolName: 'Basisschool De Linde', levels: ['basis'] });
  expect(created.ok).toBe(true);
  const planId = (created as { value: { id: string } }).value.id;
  expect((await backend.dispatch('profile.update', { planId, patch: { staff: { teaching: 21, other: 4 } } })).ok).toBe(true);
  expect((await backend.dispatch('settings.update', { language: 'en' })).ok).toBe(true);
  original = snapshot(backend.store.db);
  backend.close();
  expect(original.counts.plans).toBe(2);
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the migrating child and SIGKILLs it as soon as it says the slow migration started. */
async function killDuringMigration(): Promise<string> {
  const child = spawn(nodeBin, ['test/fixtures/migrating-child.ts', file, String(ROWS)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.includes('MIGRATING')) child.kill('SIGKILL');
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // The kill must have landed inside the migration, or this test would prove nothing.
  expect(exit, output).toEqual({ code: null, signal: 'SIGKILL' });
  expect(output).toContain('MIGRATING');
  expect(output).not.toContain('MIGRATED');
  return output;
}

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

describe('a kill during a migration', () => {
  it('leaves the marker pointing at a complete backup of the version before', async () => {
    await killDuringMigration();
    const marker = `${file}.migrating`;
    expect(existsSync(marker)).toBe(true);
    const backup = readFileSync(marker, 'utf8').trim();
    expect(backup.startsWith(`${file}.backup-v${latestSchemaVersion}-`)).toBe(true);
    const copy = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      expect(integrityCheck(copy)).toBe('ok');
      expect(userVersion(copy)).toBe(latestSchemaVersion);
      expect(snapshot(copy)).toEqual(original);
    } finally {
      copy.close();
    }
  });

  it('puts the backup back when the app opens it with the old migrations', async () => {
    await killDuringMigration();
    const db = openDatabase(file, { migrations });
    try {
      expect(existsSync(`${file}.migrating`)).toBe(false);
      expect(userVersion(db)).toBe(latestSchemaVersion);
      expect(integrityCheck(db)).toBe('ok');
      expect(hasTable(db, BULK_TABLE)).toBe(false);
      expect(snapshot(db)).toEqual(original);
    } finally {
      db.close();
    }
    // And the app starts on it as if nothing happened.
    const backend = openBackend({ dataDir, appVersion: '0.0.0-test' });
    try {
      expect(backend.store.listPlans().map((plan) => plan.schoolName)).toContain('Basisschool De Linde');
    } finally {
      backend.close();
    }
  });

  it('finishes the migration when opened again with the new migrations', async () => {
    await killDuringMigration();
    const db = openDatabase(file, { migrations: [...migrations, slowMigration(ROWS)] });
    try {
      expect(existsSync(`${file}.migrating`)).toBe(false);
      expect(userVersion(db)).toBe(latestSchemaVersion + 1);
      expect(integrityCheck(db)).toBe('ok');
      expect(db.prepare(`SELECT count(*) AS n FROM ${BULK_TABLE}`).get()).toEqual({ n: ROWS });
      expect(snapshot(db)).toEqual(original);
    } finally {
      db.close();
    }
  });
});
