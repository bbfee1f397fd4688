// Goals with indicators (SMART), their actions, and the yearly evaluation (Digiplan §D).
// The owner is a role, never a person's name.
import { z } from 'zod';
import { schoolYears, type SchoolYear } from '../plan/term.ts';
import { shortText } from '../validation.ts';
import { SectionIdSchema } from './sections.ts';

export const SchoolYearSchema = z.enum(schoolYears, { error: 'validation.invalidOption' });

export const ownerRoles = [
  'directie',
  'ict-coordinator',
  'ict-werkgroep',
  'pedagogisch-coordinator',
  'leerlingenbegeleiding',
  'preventieadviseur',
  'informatieveiligheid',
  'vakgroepen',
  'schoolbestuur',
] as const;
export const indicatorUnits = ['percent', 'count', 'score', 'hours', 'yesno'] as const;
export const goalStatuses = ['achieved', 'on-track', 'behind', 'not-started', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const actionPeriods = ['sep-dec', 'jan-mar', 'apr-jun', 'whole-year'] as const;

/** A measured or target value: finite, sane, at most two decimals (72,5 %). */
const measure = () =>
  z
    .number({ error: 'validation.expectedNumber' })
    .finite({ error: 'validation.expectedNumber' })
    .min(-1_000_000, { error: 'validation.tooSmall' })
    .max(1_000_000, { error: 'validation.tooLarge' })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: 'validation.twoDecimals' });

export const ActionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  description: shortText(300).min(1, { error: 'validation.required' }),
  year: SchoolYearSchema,
  period: z.enum(actionPeriods, { error: 'validation.invalidOption' }),
  costCents: z.number().int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(100_000_000_00, { error: 'validation.tooLarge' }),
});
export type GoalAction = z.infer<typeof ActionSchema>;

export const EvaluationEntrySchema = z.strictObject({
  measured: measure().nullable(),
  status: z.enum(goalStatuses, { error: 'validation.invalidOption' }),
  note: shortText(1000),
});
export type EvaluationEntry = z.infer<typeof EvaluationEntrySchema>;

const goalFields = {
  sectionId: SectionIdSchema,
  title: shortText().min(1, { error: 'validation.required' }),
  indicator: shortText(300),
  unit: z.enum(indicatorUnits, { error: 'validation.invalidOption' }),
  baseline: measure().nullable(),
  targets: z.partialRecord(SchoolYearSchema, measure()),
  owner: z.enum(ownerRoles, { error: 'validation.invalidOption' }),
  actions: z.array(ActionSchema).max(50, { error: 'validation.tooMany' }),
  evaluations: z.partialRecord(SchoolYearSchema, EvaluationEntrySchema),
};

export const GoalSchema = z.strictObject({ id: z.string().min(1).max(64), ...goalFields });
export type Goal = z.infer<typeof GoalSchema>;

export const GoalInputSchema = z.strictObject(goalFields).partial().extend({
  sectionId: SectionIdSchema,
  title: goalFields.title,
});
export type GoalInput = z.input<typeof GoalInputSchema>;
export const GoalPatchSchema = z.strictObject(goalFields).partial();

export function newGoal(id: string, input: z.output<typeof GoalInputSchema>): Goal {
  return {
    id,
    indicator: '',
    unit: 'percent',
    baseline: null,
    targets: {},
    owner: 'ict-coordinator',
    actions: [],
    evaluations: {},
    ...input,
  };
}

/** Measurable: an indicator and a numeric target for at least one school year. */
export function isMeasurable(goal: Goal): boolean {
  return goal.indicator.trim() !== '' && Object.keys(goal.targets).length > 0;
}

/** The record of a yearly evaluation: when it was taken and what the team concluded. */
export const YearEvaluationSchema = z.strictObject({
  recordedAt: z.string().datetime({ offset: true }),
  reflection: shortText(4000),
});
export const EvaluationsSchema = z.partialRecord(SchoolYearSchema, YearEvaluationSchema);
export type Evaluations = z.infer<typeof EvaluationsSchema>;

export interface EvaluationSummary {
  year: SchoolYear;
  goals: number;
  byStatus: Record<GoalStatus | 'unrated', number>;
  rows: {
    goalId: string;
    title: string;
    unit: Goal['unit'];
    baseline: number | null;
    target: number | null;
    measured: number | null;
    status: GoalStatus | null;
    /** Share of the way from baseline to target, 0..1 (may exceed 1); null if unknown. */
    progress: number | null;
  }[];
}

export function evaluationSummary(goals: readonly Goal[], year: SchoolYear): EvaluationSummary {
  const byStatus: EvaluationSummary['byStatus'] = {
    achieved: 0,
    'on-track': 0,
    behind: 0,
    'not-started': 0,
    dropped: 0,
    unrated: 0,
  };
  const rows = goals.map((goal) => {
    const entry = goal.evaluations[year];
    byStatus[entry?.status ?? 'unrated'] += 1;
    const target = goal.targets[year] ?? null;
    const measured = entry?.measured ?? null;
    const progress =
      target !== null && measured !== null && goal.baseline !== null && target !== goal.baseline
        ? (measured - goal.baseline) / (target - goal.baseline)
        : null;
    return {
      goalId: goal.id,
      title: goal.title,
      unit: goal.unit,
      baseline: goal.baseline,
      target,
      measured,
      status: entry?.status ?? null,
      progress,
    };
  });
  return { year, goals: goals.length, byStatus, rows };
}

/** A school year is over on 1 September of its second calendar year. */
export function isFinished(year: SchoolYear, todayIso: string): boolean {
  const endYear = Number(year.slice(5));
  return todayIso.slice(0, 10) >= `${endYear}-09-01`;
}
