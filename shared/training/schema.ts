// Professional development (Digiplan §B.2, §C.2): the team's DigCompEdu profile as counts
// of staff per level, the training activities, and how many teachers were reached.
// Counts only: the app never holds a teacher's name.
import { z } from 'zod';
import { AssessmentYearSchema, type AssessmentYear } from '../policy/assessment.ts';
import { SchoolYearSchema } from '../policy/goals.ts';
import { schoolYearOf, type SchoolYear } from '../plan/term.ts';
import { isRealIsoDate } from '../format.ts';
import { count, shortText } from '../validation.ts';

/** The six areas of the European DigCompEdu framework. */
export const digCompAreas = [
  'professional-engagement',
  'digital-resources',
  'teaching-learning',
  'assessment',
  'empowering-learners',
  'learner-competence',
] as const;
export type DigCompArea = (typeof digCompAreas)[number];
export const DigCompAreaSchema = z.enum(digCompAreas, { error: 'validation.invalidOption' });

export const digCompLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** Staff per level A1..C2. */
export const LevelCountsSchema = z.tuple([count(), count(), count(), count(), count(), count()], {
  error: 'validation.invalidType',
});
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

export const trainingThemes = ['didactics', 'cybersecurity', 'data-literacy', 'other'] as const;
export type TrainingTheme = (typeof trainingThemes)[number];

const isoDate = () =>
  z.string({ error: 'validation.expectedText' }).refine(isRealIsoDate, { error: 'validation.date' });

const activityFields = {
  title: shortText().min(1, { error: 'validation.required' }),
  provider: shortText(),
  keurmerk: z.boolean({ error: 'validation.invalidType' }),
  theme: z.enum(trainingThemes, { error: 'validation.invalidOption' }),
  areas: z.array(DigCompAreaSchema).max(digCompAreas.length, { error: 'validation.tooMany' }),
  /** Duration per participant, in minutes (hours on screen). */
  minutes: z.number().int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(100_000, { error: 'validation.tooLarge' }),
  participants: count(),
  startDate: isoDate(),
  endDate: isoDate(),
  costCents: z.number().int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(100_000_000_00, { error: 'validation.tooLarge' }),
  status: z.enum(['planned', 'done'], { error: 'validation.invalidOption' }),
};

const endNotBeforeStart = (activity: { startDate?: string; endDate?: string }) =>
  activity.startDate === undefined || activity.endDate === undefined || activity.endDate >= activity.startDate;

export const ActivitySchema = z
  .strictObject({ id: z.string().min(1).max(64), ...activityFields })
  .refine(endNotBeforeStart, { error: 'validation.endBeforeStart', path: ['endDate'] });
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityInputSchema = z.strictObject(activityFields).partial().extend({ title: activityFields.title });
export const ActivityPatchSchema = z.strictObject(activityFields).partial();

export function newActivity(id: string, input: z.output<typeof ActivityInputSchema>, today: string): Activity {
  return {
    id,
    provider: '',
    keurmerk: false,
    theme: 'didactics',
    areas: [],
    minutes: 0,
    participants: 0,
    startDate: today,
    endDate: input.startDate ?? today,
    costCents: 0,
    status: 'planned',
    ...input,
  };
}

export const TrainingSchema = z.strictObject({
  digcomp: z.partialRecord(AssessmentYearSchema, z.partialRecord(DigCompAreaSchema, LevelCountsSchema)),
  /** Teachers who took part in at least one activity on digital didactics, per school year. */
  teachersReached: z.partialRecord(SchoolYearSchema, count()),
  /** Below this share of teaching staff reached, the check gives a tip. */
  participationThresholdPercent: z.number().int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(100, { error: 'validation.tooLarge' }),
});
export type TrainingSettings = z.infer<typeof TrainingSchema>;

export const TrainingPatchSchema = z.strictObject({
  digcomp: z.partialRecord(AssessmentYearSchema, z.partialRecord(DigCompAreaSchema, LevelCountsSchema)).optional(),
  teachersReached: z.partialRecord(SchoolYearSchema, count().nullable()).optional(),
  participationThresholdPercent: TrainingSchema.shape.participationThresholdPercent.optional(),
});

export function emptyTraining(): TrainingSettings {
  return { digcomp: {}, teachersReached: {}, participationThresholdPercent: 60 };
}

/** Mean level of an area on a 1 (A1) to 6 (C2) scale; null without counts. */
export function areaLevel(counts: LevelCounts | undefined): number | null {
  if (!counts) return null;
  const staff = counts.reduce((a, b) => a + b, 0);
  if (staff === 0) return null;
  return counts.reduce((sum, n, index) => sum + n * (index + 1), 0) / staff;
}

/** The areas with the lowest mean level, weakest first: where training should go. */
export function weakestAreas(training: TrainingSettings, year: AssessmentYear, howMany = 2): DigCompArea[] {
  const profile = training.digcomp[year] ?? {};
  return digCompAreas
    .map((area) => ({ area, level: areaLevel(profile[area]) }))
    .filter((entry): entry is { area: DigCompArea; level: number } => entry.level !== null)
    .sort((a, b) => a.level - b.level || digCompAreas.indexOf(a.area) - digCompAreas.indexOf(b.area))
    .slice(0, howMany)
    .map((entry) => entry.area);
}

export function activityYear(activity: Activity): string {
  return schoolYearOf(activity.startDate);
}

/** Share of teaching staff reached in a year (0..1), or null when unknown. */
export function participationRate(training: TrainingSettings, year: SchoolYear, teachingStaff: number): number | null {
  const reached = training.teachersReached[year];
  if (reached === undefined || teachingStaff === 0) return null;
  return reached / teachingStaff;
}

export interface TrainingTotals {
  activities: number;
  participantHours: number;
  costCents: number;
  keurmerk: number;
}

export function trainingTotals(activities: readonly Activity[], year?: string): TrainingTotals {
  const chosen = year === undefined ? activities : activities.filter((a) => activityYear(a) === year);
  return {
    activities: chosen.length,
    participantHours: chosen.reduce((sum, a) => sum + (a.minutes * a.participants) / 60, 0),
    costCents: chosen.reduce((sum, a) => sum + a.costCents, 0),
    keurmerk: chosen.filter((a) => a.keurmerk).length,
  };
}
