// The submission bundle (Digiplan indiening): one zip per school and school year with a
// machine-readable plan.json, the export documents and a manifest.json holding the SHA-256
// of every file. The knowledge centre and school groups read these with `digiplan validate`,
// `digiplan summary` and the app's review mode. The JSON Schema in schema/ is generated
// from these zod schemas (npm run schema); schema/CHANGELOG.md says what each version changed.
import { z } from 'zod';
import { InventoryLineSchema } from '../devices/schema.ts';
import { DecisionSchema } from '../fees/schema.ts';
import { FindingSchema } from '../findings/finding.ts';
import { preconditionIds } from '../findings/preconditions.ts';
import { isRealIsoDate } from '../format.ts';
import { themes } from '../funding/schema.ts';
import { SchoolYearSchema } from '../policy/goals.ts';
import { PlanSchema } from '../plan/schema.ts';
import { ReferenceListSchema } from '../prices/schema.ts';
import { isoTimestamp } from '../validation.ts';

export const BUNDLE_FORMAT = 'digiplan-bundle';
/** The version this app writes. */
export const BUNDLE_SCHEMA_VERSION = 1;
/** The versions this app reads; an older one is upgraded on reading (see bundle/upgrade.ts). */
export const readableSchemaVersions: readonly number[] = [1];

export const MANIFEST_FILE = 'manifest.json';
export const PLAN_FILE = 'plan.json';

const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' });
const cents = () => z.number().int().min(0);
const isoDate = () => z.string().refine(isRealIsoDate, { error: 'validation.date' });

/** A path inside the bundle: folders and plain names only, never absolute or upwards. */
export const BundlePathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9À-ÿ._ ()+-]+(?:\/[A-Za-z0-9À-ÿ._ ()+-]+)*$/, { error: 'validation.bundlePath' });

export const ManifestFileSchema = z.strictObject({
  path: BundlePathSchema,
  sha256: sha256(),
  bytes: z.number().int().min(0),
});

export const ManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int(),
  appVersion: z.string().min(1).max(50),
  createdAt: isoTimestamp(),
  school: z.strictObject({ name: z.string().max(200), institutionNumber: z.string().max(20) }),
  schoolYear: SchoolYearSchema,
  files: z.array(ManifestFileSchema).min(1).max(500),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The key figures of one school: a row of the roll-up, and what review mode lists first. */
export const BundleSummarySchema = z.strictObject({
  schoolName: z.string(),
  institutionNumber: z.string(),
  groupName: z.string(),
  schoolYear: SchoolYearSchema,
  pupils: z.number().int().min(0),
  teachingStaff: z.number().int().min(0),
  /** What the Digiplan themes bring the school over the term. */
  fundingCents: cents(),
  /** The most one loan-service pupil pays in recurring fees in the school year (rent, insurance, repair). */
  feePerYearCents: cents(),
  /** The highest deposit asked of one pupil in the school year. */
  depositCents: cents(),
  corrections: z.number().int().min(0),
  correctionsCostCents: cents(),
  ready: z.boolean(),
  blockingFindings: z.number().int().min(0),
  /** Fee lines of the school year above their reference price, and the largest deviation. */
  aboveReference: z.number().int().min(0),
  maxDeviationBasisPoints: z.number().int().nullable(),
  decision: z.enum(['approved', 'amended', 'rejected', 'none']),
});
export type BundleSummary = z.infer<typeof BundleSummarySchema>;

const SettlementFiguresSchema = z.strictObject({
  recurringGross: z.number().int(),
  correctionsCost: z.number().int(),
  revenue: z.number().int(),
  depositsHeld: z.number().int(),
});

/** What the rules and the sums say about the plan; the validator works it out again and compares. */
export const BundleFactsSchema = z.strictObject({
  findings: z.array(FindingSchema),
  ready: z.boolean(),
  preconditions: z.array(z.strictObject({ id: z.enum(preconditionIds), ready: z.boolean() })),
  settlement: z.strictObject({
    years: z.array(SettlementFiguresSchema.extend({ year: SchoolYearSchema })),
    term: SettlementFiguresSchema,
  }),
  funding: z.strictObject({
    allocationCents: cents(),
    plannedCents: cents(),
    spentCents: cents(),
    themes: z.record(z.enum(themes), z.strictObject({ allocationCents: cents(), plannedCents: cents(), spentCents: cents() })),
  }),
  /** The school council's decision on the fees for the bundle's school year, if any. */
  decision: DecisionSchema.nullable(),
  summary: BundleSummarySchema,
});
export type BundleFacts = z.infer<typeof BundleFactsSchema>;

export const BundleDocumentSchema = z.strictObject({
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  createdAt: isoTimestamp(),
  /** The day the rules were applied: some depend on which school years are over. */
  checkedOn: isoDate(),
  schoolYear: SchoolYearSchema,
  app: z.strictObject({ name: z.literal('Digiplanner'), version: z.string().min(1).max(50) }),
  plan: PlanSchema,
  inventory: z.array(InventoryLineSchema).max(200_000),
  /** The reference price lists the fee and purchase rules were checked against. */
  referenceLists: z.array(ReferenceListSchema).max(100),
  facts: BundleFactsSchema,
});
export type BundleDocument = z.infer<typeof BundleDocumentSchema>;

/**
 * One problem with a bundle. `container`: the zip cannot be read safely or is not a bundle;
 * `integrity`: a file is missing, unlisted or not what the manifest's hash says; `schema`:
 * JSON that is broken or does not fit; `facts`: figures that the rules do not give again;
 * `rules`: a precondition the plan does not meet (the file itself is sound).
 */
export const bundleProblemKinds = ['container', 'integrity', 'schema', 'facts', 'rules'] as const;
export const BundleProblemSchema = z.object({
  kind: z.enum(bundleProblemKinds),
  file: z.string().nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })).optional(),
  ruleId: z.string().optional(),
});
export type BundleProblem = z.infer<typeof BundleProblemSchema>;

export const BundleReportSchema = z.object({
  fileName: z.string(),
  status: z.enum(['valid', 'invalid', 'unreadable']),
  problems: z.array(BundleProblemSchema),
  manifest: ManifestSchema.nullable(),
  document: BundleDocumentSchema.nullable(),
  summary: BundleSummarySchema.nullable(),
});
export type BundleReport = z.infer<typeof BundleReportSchema>;

/** A bundle counts as ready only when it is valid: an altered bundle's own claim is not believed. */
export function isReadyBundle(report: Pick<BundleReport, 'status' | 'summary'>): boolean {
  return report.status === 'valid' && report.summary?.ready === true;
}
