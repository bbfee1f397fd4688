// The self-assessment, in the spirit of SELFIE and MICTIVO: statements per area, scored
// 1 to 5 by the coordinator or by the team. Each statement stores how many people gave
// each score (counts, never names), so one coordinator's answer and a team survey are
// the same data.
import { z } from 'zod';
import type { SectionId } from './sections.ts';
import { count } from '../validation.ts';

/** The year before the term counts too: it is the baseline a school compares with. */
export const assessmentYears = ['2024-2025', '2025-2026', '2026-2027', '2027-2028'] as const;
export type AssessmentYear = (typeof assessmentYears)[number];
export const AssessmentYearSchema = z.enum(assessmentYears, { error: 'validation.invalidOption' });

export const assessmentAreas = [
  { id: 'vision', section: 'vision', statements: 4 },
  { id: 'didactics', section: 'didactics', statements: 4 },
  { id: 'cybersecurity', section: 'cybersecurity', statements: 4 },
  { id: 'wellbeing', section: 'wellbeing', statements: 4 },
  { id: 'workload', section: 'workload', statements: 3 },
  { id: 'infrastructure', section: 'infrastructure', statements: 4 },
  { id: 'access', section: 'access', statements: 3 },
  { id: 'sustainability', section: 'sustainability', statements: 3 },
  { id: 'dataProtection', section: 'dataProtection', statements: 3 },
] as const satisfies readonly { id: string; section: SectionId; statements: number }[];
export type AssessmentAreaId = (typeof assessmentAreas)[number]['id'];

/** `cybersecurity.2`: area and number; the statement's text is in the catalogs. */
export const statementIds: readonly string[] = assessmentAreas.flatMap((area) =>
  Array.from({ length: area.statements }, (_, i) => `${area.id}.${i + 1}`),
);
const StatementIdSchema = z.string().refine((id) => statementIds.includes(id), { error: 'validation.invalidOption' });

/** How many respondents gave 1, 2, 3, 4 and 5. */
export const ScoreCountsSchema = z.tuple([count(), count(), count(), count(), count()], { error: 'validation.invalidType' });
export type ScoreCounts = z.infer<typeof ScoreCountsSchema>;

export const AssessmentSchema = z.strictObject({
  mode: z.enum(['coordinator', 'team'], { error: 'validation.invalidOption' }),
  years: z.partialRecord(AssessmentYearSchema, z.record(StatementIdSchema, ScoreCountsSchema)),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const AssessmentPatchSchema = z.strictObject({
  mode: z.enum(['coordinator', 'team'], { error: 'validation.invalidOption' }).optional(),
  /** Statements given here replace their counts; `null` clears a statement. */
  years: z.partialRecord(AssessmentYearSchema, z.record(StatementIdSchema, ScoreCountsSchema.nullable())).optional(),
});

export function emptyAssessment(): Assessment {
  return { mode: 'coordinator', years: {} };
}

/** The mean score of a statement, or null when nobody answered. */
export function statementMean(counts: ScoreCounts | undefined): number | null {
  if (!counts) return null;
  const answers = counts.reduce((sum, n) => sum + n, 0);
  if (answers === 0) return null;
  return counts.reduce((sum, n, index) => sum + n * (index + 1), 0) / answers;
}

/** Mean of the area's answered statements; null when none was answered. */
export function areaScore(assessment: Assessment, year: AssessmentYear, area: AssessmentAreaId): number | null {
  const answers = assessment.years[year] ?? {};
  const means = statementIds
    .filter((id) => id.startsWith(`${area}.`))
    .map((id) => statementMean(answers[id]))
    .filter((mean): mean is number => mean !== null);
  return means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length;
}

export const LOW_SCORE = 2.5;

/** Areas scoring below LOW_SCORE in a year: where a goal would help most. */
export function lowAreas(assessment: Assessment, year: AssessmentYear): AssessmentAreaId[] {
  return assessmentAreas
    .map((area) => area.id)
    .filter((area) => {
      const score = areaScore(assessment, year, area);
      return score !== null && score < LOW_SCORE;
    });
}

export function previousAssessmentYear(year: AssessmentYear): AssessmentYear | null {
  const index = assessmentYears.indexOf(year);
  return index > 0 ? assessmentYears[index - 1]! : null;
}
