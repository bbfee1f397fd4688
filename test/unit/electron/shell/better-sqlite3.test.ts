// Smoke test: better-sqlite3's Node-API binary loads and runs a query under the test Node.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

describe('better-sqlite3', () => {
  it('runs under Node 22 or newer (it crashes on Node 20)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('opens an in-memory database and runs a query', () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
      const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
      for (const n of [1, 2, 3]) insert.run(n);
      const row = db.prepare('SELECT sum(n) AS total, sqlite_version() AS version FROM t').get() as {
        total: number;
        version: string;
      };
      expect(row.total).toBe(6);
      expect(row.version).toMatch(/^3\.\d+\.\d+$/);
    } finally {
      db.close();
    }
  });
});
