// A plan: one school (or one school of a group) for the Digiplan term. The stored plan,
// the `show --json` output and, later, the submission file all use this one schema.
import { z } from 'zod';
import { EducationLevelSchema, ProfileSchema, groupKinds } from '../profile/schema.ts';
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

export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: PlanIdSchema,
  name: z.string(),
  isExample: z.boolean(),
  createdAt: isoTimestamp(),
  updatedAt: isoTimestamp(),
  term: z.tuple([z.literal(schoolYears[0]), z.literal(schoolYears[1]), z.literal(schoolYears[2])]),
  profile: ProfileSchema,
});
export type Plan = z.infer<typeof PlanSchema>;

/** The parts of a plan stored side by side; later areas add theirs here. */
export const planParts = { profile: ProfileSchema } as const;
export type PlanPartName = keyof typeof planParts;
