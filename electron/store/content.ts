// How a plan's content is laid out in the database: singleton parts (profile, each
// policy section, self-assessment, evaluations, training settings) in `plan_parts`, and
// collections (goals, training activities) as ordered rows in `plan_items`. Every row is
// parsed with its shared schema when read, so a row an older version wrote, or a damaged
// one, is caught at the border.
import type { z } from 'zod';
import { AssessmentSchema, emptyAssessment } from '../../shared/policy/assessment.ts';
import { EvaluationsSchema, GoalSchema } from '../../shared/policy/goals.ts';
import { emptySection, SectionSchema, sectionIds, type Section, type SectionId } from '../../shared/policy/sections.ts';
import { emptyContent, PlanContentSchema, type PlanContent } from '../../shared/plan/schema.ts';
import { emptyProfile, ProfileSchema } from '../../shared/profile/schema.ts';
import { AppError } from '../../shared/result.ts';
import { ActivitySchema, emptyTraining, TrainingSchema } from '../../shared/training/schema.ts';
import { ProcurementSchema } from '../../shared/devices/procurement.ts';
import { defaultDevicesSettings, DevicesSettingsSchema } from '../../shared/devices/schema.ts';
import { TcoComparisonSchema } from '../../shared/devices/tco.ts';
import { DecisionSchema, emptyFees, emptyLoanService, FeesSchema, LoanServiceSchema } from '../../shared/fees/schema.ts';
import { emptyFunding, FundingSchema } from '../../shared/funding/schema.ts';
import type { Db } from './database.ts';
import type { Writer } from './journal.ts';

const singletonParts = {
  profile: { schema: ProfileSchema, empty: emptyProfile },
  assessment: { schema: AssessmentSchema, empty: emptyAssessment },
  evaluations: { schema: EvaluationsSchema, empty: () => ({}) },
  training: { schema: TrainingSchema, empty: emptyTraining },
  devices: { schema: DevicesSettingsSchema, empty: defaultDevicesSettings },
  loan: { schema: LoanServiceSchema, empty: emptyLoanService },
  fees: { schema: FeesSchema, empty: emptyFees },
  funding: { schema: FundingSchema, empty: emptyFunding },
} as const;
export type SingletonPart = keyof typeof singletonParts;

export const sectionPart = (id: SectionId) => `section.${id}`;

export const itemKinds = {
  goal: GoalSchema,
  activity: ActivitySchema,
  tco: TcoComparisonSchema,
  procurement: ProcurementSchema,
  decision: DecisionSchema,
} as const;
export type ItemKind = keyof typeof itemKinds;

/**
 * Rows parse the same way every time, and a plan with hundreds of goals and activities is
 * read after every edit: remember parsed rows by their exact text. Values are frozen, so a
 * caller that wants to change one must copy it (the handlers always build new objects).
 */
const parsedRows = new Map<string, unknown>();
const PARSED_ROWS_LIMIT = 20_000;

function parseRow<T>(schema: z.ZodType<T>, json: string, part: string): T {
  const cacheKey = `${part}\u0000${json}`;
  const cached = parsedRows.get(cacheKey);
  if (cached !== undefined) return cached as T;
  const value = parseRowUncached(schema, json, part);
  if (parsedRows.size >= PARSED_ROWS_LIMIT) parsedRows.clear();
  parsedRows.set(cacheKey, deepFreeze(value));
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function parseRowUncached<T>(schema: z.ZodType<T>, json: string, part: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('DB_CORRUPT', 'errors.partCorrupt', { params: { part } });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('DB_CORRUPT', 'errors.partCorrupt', { params: { part } });
  return parsed.data;
}

export function readPart<P extends SingletonPart>(db: Db, planId: string, part: P): z.infer<(typeof singletonParts)[P]['schema']> {
  const row = db
    .prepare<[string, string], { data: string }>('SELECT data FROM plan_parts WHERE plan_id = ? AND part = ?')
    .get(planId, part);
  const { schema, empty } = singletonParts[part];
  return (row ? parseRow(schema as z.ZodType, row.data, part) : empty()) as z.infer<(typeof singletonParts)[P]['schema']>;
}

export function readContent(db: Db, planId: string): PlanContent {
  const content = emptyContent();
  const parts = db
    .prepare<[string], { part: string; data: string }>('SELECT part, data FROM plan_parts WHERE plan_id = ?')
    .all(planId);
  for (const { part, data } of parts) {
    if (part.startsWith('section.')) {
      const id = part.slice('section.'.length) as SectionId;
      if (sectionIds.includes(id)) content.sections[id] = parseRow(SectionSchema, data, part);
    } else if (part in singletonParts) {
      const name = part as SingletonPart;
      (content as Record<SingletonPart, unknown>)[name] = parseRow(singletonParts[name].schema as z.ZodType, data, part);
    }
  }
  const items = db
    .prepare<[string], { kind: string; data: string }>(
      'SELECT kind, data FROM plan_items WHERE plan_id = ? ORDER BY kind, position, id',
    )
    .all(planId);
  for (const { kind, data } of items) {
    if (kind === 'goal') content.goals.push(parseRow(GoalSchema, data, 'goal'));
    else if (kind === 'activity') content.activities.push(parseRow(ActivitySchema, data, 'activity'));
    else if (kind === 'tco') content.tcos.push(parseRow(TcoComparisonSchema, data, 'tco'));
    else if (kind === 'procurement') content.procurements.push(parseRow(ProcurementSchema, data, 'procurement'));
    else if (kind === 'decision') content.decisions.push(parseRow(DecisionSchema, data, 'decision'));
  }
  content.activities.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'nl-BE'));
  return content;
}

export function readSection(db: Db, planId: string, id: SectionId): Section {
  const part = sectionPart(id);
  const row = db
    .prepare<[string, string], { data: string }>('SELECT data FROM plan_parts WHERE plan_id = ? AND part = ?')
    .get(planId, part);
  return row ? parseRow(SectionSchema as z.ZodType<Section>, row.data, part) : emptySection();
}

/** One collection item, read by its key without assembling the whole plan. */
export function readItem<K extends ItemKind>(db: Db, planId: string, kind: K, id: string): z.infer<(typeof itemKinds)[K]> | null {
  const row = db
    .prepare<[string, string, string], { data: string }>('SELECT data FROM plan_items WHERE plan_id = ? AND kind = ? AND id = ?')
    .get(planId, kind, id);
  return row ? (parseRow(itemKinds[kind] as z.ZodType, row.data, kind) as z.infer<(typeof itemKinds)[K]>) : null;
}

export function putPart(w: Writer, planId: string, part: string, value: unknown): void {
  w.put('plan_parts', { plan_id: planId, part }, { data: JSON.stringify(value) });
}

export function putItem(w: Writer, planId: string, kind: ItemKind, id: string, position: number, value: unknown): void {
  w.put('plan_items', { plan_id: planId, kind, id }, { position, data: JSON.stringify(value) });
}

export function nextPosition(db: Db, planId: string, kind: ItemKind): number {
  const row = db
    .prepare<[string, string], { last: number | null }>(
      'SELECT MAX(position) AS last FROM plan_items WHERE plan_id = ? AND kind = ?',
    )
    .get(planId, kind);
  return (row?.last ?? 0) + 1;
}

/** Makes the stored content equal `content`: every part written, items replaced. */
export function writeContent(db: Db, w: Writer, planId: string, given: PlanContent): void {
  // Stored through the schema, so equal content is always the same text (key order).
  const content = PlanContentSchema.parse(given);
  putPart(w, planId, 'profile', content.profile);
  for (const id of sectionIds) putPart(w, planId, sectionPart(id), content.sections[id] ?? emptySection());
  putPart(w, planId, 'assessment', content.assessment);
  putPart(w, planId, 'evaluations', content.evaluations);
  putPart(w, planId, 'training', content.training);
  putPart(w, planId, 'devices', content.devices);
  putPart(w, planId, 'loan', content.loan);
  putPart(w, planId, 'fees', content.fees);
  putPart(w, planId, 'funding', content.funding);
  const existing = db
    .prepare<[string], { kind: string; id: string }>('SELECT kind, id FROM plan_items WHERE plan_id = ?')
    .all(planId);
  const keep = new Set([
    ...content.goals.map((g) => `goal:${g.id}`),
    ...content.activities.map((a) => `activity:${a.id}`),
    ...content.tcos.map((t) => `tco:${t.id}`),
    ...content.procurements.map((p) => `procurement:${p.id}`),
    ...content.decisions.map((d) => `decision:${d.id}`),
  ]);
  for (const item of existing) {
    if (!keep.has(`${item.kind}:${item.id}`)) w.remove('plan_items', { plan_id: planId, kind: item.kind, id: item.id });
  }
  content.goals.forEach((goal, index) => putItem(w, planId, 'goal', goal.id, index + 1, goal));
  content.activities.forEach((activity, index) => putItem(w, planId, 'activity', activity.id, index + 1, activity));
  content.tcos.forEach((tco, index) => putItem(w, planId, 'tco', tco.id, index + 1, tco));
  content.procurements.forEach((procurement, index) => putItem(w, planId, 'procurement', procurement.id, index + 1, procurement));
  content.decisions.forEach((decision, index) => putItem(w, planId, 'decision', decision.id, index + 1, decision));
}
