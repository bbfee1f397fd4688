// The store: plans and their parts in SQLite, read through the shared schemas (parse at
// the border, also for rows an older version wrote) and written only through the journal.
import { AppError } from '../../shared/result.ts';
import { emptyProfile, ProfileSchema, type Profile } from '../../shared/profile/schema.ts';
import { PLAN_SCHEMA_VERSION, type Plan, type PlanSummary } from '../../shared/plan/schema.ts';
import { readContent, readPart } from './content.ts';
import { fleetCohorts } from './inventory.ts';
import { schoolYears } from '../../shared/plan/term.ts';
import { openDatabase, type Db, type OpenOptions } from './database.ts';
import { Journal, type MutationMeta, type Writer } from './journal.ts';

interface PlanRow {
  id: string;
  name: string;
  is_example: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** How long a deleted plan stays restorable before it is removed for good. */
const TRASH_DAYS = 30;

export class Store {
  readonly db: Db;
  readonly journal: Journal;
  private readonly clock: Clock;

  constructor(db: Db, clock: Clock) {
    this.db = db;
    this.clock = clock;
    this.journal = new Journal(db, () => clock.now());
  }

  static open(file: string, clock: Clock = systemClock, options: OpenOptions = {}): Store {
    return new Store(openDatabase(file, { now: () => clock.now(), ...options }), clock);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  nowIso(): string {
    return this.clock.now().toISOString();
  }

  mutate<T>(meta: MutationMeta, action: (writer: Writer) => T): T {
    return this.journal.mutate(meta, action);
  }

  listPlans(): PlanSummary[] {
    const rows = this.db
      .prepare<[], PlanRow & { profile: string | null }>(
        `SELECT p.*, pp.data AS profile FROM plans p
         LEFT JOIN plan_parts pp ON pp.plan_id = p.id AND pp.part = 'profile'
         WHERE p.deleted_at IS NULL
         ORDER BY p.is_example DESC, p.name COLLATE NOCASE, p.created_at`,
      )
      .all();
    // One damaged plan must not hide the others: list it with what can be read, and let
    // opening it report the damage.
    return rows.map((row) => summaryOf(row, readableProfile(row.profile)));
  }

  planRow(planId: string, options: { includeDeleted?: boolean } = {}): PlanRow {
    const row = this.db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?').get(planId);
    if (!row || (row.deleted_at !== null && !options.includeDeleted)) {
      throw new AppError('NOT_FOUND', 'errors.planNotFound', { params: { planId } });
    }
    return row;
  }

  getPlan(planId: string): Plan {
    const row = this.planRow(planId);
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      id: row.id,
      name: row.name,
      isExample: row.is_example === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      term: [...schoolYears],
      ...readContent(this.db, planId),
      fleet: fleetCohorts(this.db, planId),
    };
  }

  getSummary(planId: string): PlanSummary {
    const row = this.planRow(planId);
    return summaryOf(row, this.getProfile(planId));
  }

  getProfile(planId: string): Profile {
    return readPart(this.db, planId, 'profile');
  }

  /** Marks a plan as changed; not journaled, so undoing a rename keeps the edit time honest. */
  touch(planId: string): void {
    this.db.prepare('UPDATE plans SET updated_at = ? WHERE id = ?').run(this.nowIso(), planId);
  }

  /**
   * Starts the trash term anew for a plan that an undo or redo just put in the trash: its
   * before-image carries the old time (undoing a creation restores the creation time), and
   * the next start would purge a plan that was trashed only a moment ago.
   */
  restartTrashTerm(planId: string): void {
    this.db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(this.nowIso(), planId);
  }

  getSetting(key: string): string | null {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
    return row?.value ?? null;
  }

  setSetting(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  /** Removes plans deleted longer ago than the trash keeps them, with their undo history. */
  purgeTrash(): number {
    const cutoff = new Date(this.clock.now().getTime() - TRASH_DAYS * 86_400_000).toISOString();
    return this.db.transaction(() => {
      const old = this.db
        .prepare<[string], { id: string }>('SELECT id FROM plans WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .all(cutoff);
      for (const { id } of old) {
        this.db.prepare('DELETE FROM plans WHERE id = ?').run(id);
        this.journal.forget(id);
      }
      if (old.length > 0) this.journal.forget('library');
      return old.length;
    })();
  }
}

function readableProfile(json: string | null): Profile {
  if (json === null) return emptyProfile();
  try {
    return parseProfile(json);
  } catch {
    return emptyProfile();
  }
}

function parseProfile(json: string): Profile {
  const parsed = ProfileSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('DB_CORRUPT', 'errors.partCorrupt', { params: { part: 'profile' } });
  return parsed.data;
}

function summaryOf(row: PlanRow, profile: Profile): PlanSummary {
  return {
    id: row.id,
    name: row.name,
    schoolName: profile.schoolName,
    institutionNumber: profile.institutionNumber,
    levels: profile.levels,
    groupKind: profile.group.kind,
    groupName: profile.group.name,
    isExample: row.is_example === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
