// A plan: one school (or one school of a group) for the Digiplan term. The stored plan,
// the `show --json` output and, later, the submission file all use this one schema.
import { z } from 'zod';
import { AssessmentSchema, emptyAssessment } from '../policy/assessment.ts';
import { EvaluationsSchema, GoalSchema } from '../policy/goals.ts';
import { emptySections, SectionSchema, sectionIds } from '../policy/sections.ts';
import { emptyProfile, EducationLevelSchema, ProfileSchema, groupKinds } from '../profile/schema.ts';
import { ActivitySchema, emptyTraining, TrainingSchema } from '../training/schema.ts';
import { ProcurementSchema } from '../devices/procurement.ts';
import { defaultDevicesSettings, DevicesSettingsSchema, FleetCohortSchema } from '../devices/schema.ts';
import { TcoComparisonSchema } from '../devices/tco.ts';
import { DecisionSchema, emptyFees, emptyLoanService, FeesSchema, LoanServiceSchema } from '../fees/schema.ts';
import { emptyFunding, FundingSchema } from '../funding/schema.ts';
import { isoTimestamp, shortText } from '../validation.ts';
import { schoolYears } from './term.ts';

export const PLAN_SCHEMA_VERSION = 1;

export const PlanIdSchema = z.uuid({ error: 'validation.planId' });

/** As long as a school name may be, since a new plan is named after its school. */
export const PlanNameSchema = shortText().min(1, { error: 'validation.required' });

export const PlanSummarySchema = z.object({
  id: PlanIdSchema,
  name: z.string(),
  schoolName: z.string(),
  institutionNumber: z.string(),
  levels: z.array(EducationLevelSchema),
  groupKind: z.enum(groupKinds),
  groupName: z.string(),
  isExample: z.boolean(),
  createdAt: isoTimestamp(),
  updatedAt: isoTimestamp(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/** Every section of the policy plan is present, empty or not. */
export const SectionsSchema = z.strictObject(
  Object.fromEntries(sectionIds.map((id) => [id, SectionSchema])) as Record<(typeof sectionIds)[number], typeof SectionSchema>,
);

/** What a plan holds, apart from its identity: the part a copy or a version carries over. */
export const PlanContentSchema = z.object({
  profile: ProfileSchema,
  sections: SectionsSchema,
  assessment: AssessmentSchema,
  goals: z.array(GoalSchema),
  evaluations: EvaluationsSchema,
  training: TrainingSchema,
  activities: z.array(ActivitySchema),
  devices: DevicesSettingsSchema,
  tcos: z.array(TcoComparisonSchema),
  procurements: z.array(ProcurementSchema),
  loan: LoanServiceSchema,
  fees: FeesSchema,
  decisions: z.array(DecisionSchema),
  /** Versions frozen before the funding step existed read with the shipped parameters and no lines. */
  funding: FundingSchema.default(emptyFunding),
});
export type PlanContent = z.infer<typeof PlanContentSchema>;

export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: PlanIdSchema,
  name: z.string(),
  isExample: z.boolean(),
  createdAt: isoTimestamp(),
  updatedAt: isoTimestamp(),
  term: z.tuple([z.literal(schoolYears[0]), z.literal(schoolYears[1]), z.literal(schoolYears[2])]),
  ...PlanContentSchema.shape,
  /** The inventory, grouped: computed from the inventory table when the plan is read. */
  fleet: z.array(FleetCohortSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export function emptyContent(): PlanContent {
  return {
    profile: emptyProfile(),
    sections: emptySections(),
    assessment: emptyAssessment(),
    goals: [],
    evaluations: {},
    training: emptyTraining(),
    activities: [],
    devices: defaultDevicesSettings(),
    tcos: [],
    procurements: [],
    loan: emptyLoanService(),
    fees: emptyFees(),
    decisions: [],
    funding: emptyFunding(),
  };
}

export function contentOf(plan: Plan): PlanContent {
  const { profile, sections, assessment, goals, evaluations, training, activities, devices, tcos, procurements, loan, fees, decisions, funding } = plan;
  return { profile, sections, assessment, goals, evaluations, training, activities, devices, tcos, procurements, loan, fees, decisions, funding };
}
