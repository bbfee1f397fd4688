// The contract: every channel of the app with its input and output schema. This table is
// the only place a channel name is written; the handlers, the preload API, the browser
// client and the CLI are all typed from it.
import { z } from 'zod';
import { FindingSchema } from './findings/finding.ts';
import { stepIds } from './plan/steps.ts';
import { PlanIdSchema, PlanNameSchema, PlanSchema, PlanSummarySchema } from './plan/schema.ts';
import {
  EducationLevelSchema,
  InstitutionNumberInput,
  ProfilePatchSchema,
  groupKinds,
} from './profile/schema.ts';
import { AssessmentPatchSchema } from './policy/assessment.ts';
import { GoalInputSchema, GoalPatchSchema, SchoolYearSchema } from './policy/goals.ts';
import { SectionIdSchema, SectionPatchSchema } from './policy/sections.ts';
import { diffAreas } from './plan/diff.ts';
import { PlanContentSchema } from './plan/schema.ts';
import { ActivityInputSchema, ActivityPatchSchema, TrainingPatchSchema } from './training/schema.ts';
import { ProcurementInputSchema, ProcurementPatchSchema } from './devices/procurement.ts';
import {
  DevicesSettingsPatchSchema,
  groupableColumns,
  InventoryBulkPatchSchema,
  InventoryFilterSchema,
  InventoryLineInputSchema,
  InventoryLinePatchSchema,
  InventoryLineSchema,
  inventoryColumns,
} from './devices/schema.ts';
import { ImportOptionsSchema, ImportPreviewSchema } from './devices/import.ts';
import { ExportDocumentIdSchema, ExportFormatSchema } from './export/documents.ts';
import { DecisionInputSchema, DecisionPatchSchema, FeesPatchSchema, LoanServicePatchSchema } from './fees/schema.ts';
import { TcoInputSchema, TcoPatchSchema } from './devices/tco.ts';
import { FundingPatchSchema, SpendingInputSchema, SpendingPatchSchema, ThemeSchema } from './funding/schema.ts';
import { ReferenceListMetaSchema, ReferenceListSchema } from './prices/schema.ts';
import { BundleReportSchema } from './bundle/schema.ts';
import { isoTimestamp, shortText } from './validation.ts';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export const SettingsSchema = z.object({ language: z.enum(languages) });
export type Settings = z.infer<typeof SettingsSchema>;

/** `library` (the list of plans) or a plan id; one message for anything else. */
export const UndoScopeSchema = z
  .string({ error: 'validation.undoScope' })
  .refine((scope) => scope === 'library' || PlanIdSchema.safeParse(scope).success, { error: 'validation.undoScope' });

export const UndoStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabelKey: z.string().nullable(),
  redoLabelKey: z.string().nullable(),
});
export type UndoStateView = z.infer<typeof UndoStateSchema>;

export const StepStatusSchema = z.object({
  step: z.enum(stepIds),
  state: z.enum(['blocked', 'attention', 'done', 'todo', 'later']),
  blocking: z.number().int(),
  warnings: z.number().int(),
  tips: z.number().int(),
});

/** What every edit inside a plan returns: the saved plan and what the rules now say. */
export const PlanStateSchema = z.object({
  plan: PlanSchema,
  findings: z.array(FindingSchema),
  steps: z.array(StepStatusSchema),
  ready: z.boolean(),
  /** False while some steps are not in this version: then `ready` means "no blockers so far". */
  complete: z.boolean(),
  undo: UndoStateSchema,
});
export type PlanState = z.infer<typeof PlanStateSchema>;

const planRef = z.strictObject({ planId: PlanIdSchema });
const none = z.strictObject({});
const itemId = () => z.string({ error: 'validation.expectedText' }).min(1).max(64);

/** What a create returns: the plan state, and the id of what was made so the UI can open it. */
export const CreatedStateSchema = PlanStateSchema.extend({ createdId: z.string() });

/** What a bulk write returns: the plan state and how many lines it touched. */
export const AffectedStateSchema = PlanStateSchema.extend({ affected: z.number().int() });

/** Lines picked one by one, or everything a filter matches (which may be 50,000 lines). */
const InventoryTargetSchema = z.union([
  z.strictObject({ ids: z.array(itemId()).min(1).max(100_000) }),
  z.strictObject({ filter: InventoryFilterSchema }),
]);

/** A file crossing a door: its name and its bytes in base64 (files are read where they are chosen). */
/** Review mode reads this many bundles at once; the CLI reads any number, one at a time. */
export const MAX_REVIEW_FILES = 200;

export const FileSchema = z.strictObject({
  fileName: shortText(255).min(1, { error: 'validation.required' }),
  contentBase64: z.string().max(90_000_000, { error: 'validation.fileTooLarge' }),
});

export const VersionSummarySchema = z.object({ id: z.string(), label: z.string(), createdAt: isoTimestamp() });
export type VersionSummary = z.infer<typeof VersionSummarySchema>;
const VersionRefSchema = z.union([z.literal('current'), itemId()]);

const DiffValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const DiffEntrySchema = z.object({
  path: z.string(),
  area: z.enum(diffAreas),
  kind: z.enum(['added', 'removed', 'changed']),
  before: DiffValueSchema,
  after: DiffValueSchema,
});

export const contract = {
  'app.info': {
    input: none,
    output: z.object({
      version: z.string(),
      databaseVersion: z.number().int(),
      planSchemaVersion: z.number().int(),
      dataFile: z.string(),
    }),
  },
  'settings.get': { input: none, output: SettingsSchema },
  'settings.update': { input: SettingsSchema.partial().strict(), output: SettingsSchema },

  'plans.list': { input: none, output: z.array(PlanSummarySchema) },
  'plans.create': {
    input: z.strictObject({
      schoolName: shortText().min(1, { error: 'validation.required' }),
      name: PlanNameSchema.optional(),
      institutionNumber: InstitutionNumberInput.optional(),
      levels: z.array(EducationLevelSchema).max(3, { error: 'validation.tooMany' }).optional(),
      groupKind: z.enum(groupKinds, { error: 'validation.invalidOption' }).optional(),
      groupName: shortText().optional(),
    }),
    output: PlanSummarySchema,
  },
  'plans.get': { input: planRef, output: PlanStateSchema },
  'plans.rename': { input: z.strictObject({ planId: PlanIdSchema, name: PlanNameSchema }), output: PlanSummarySchema },
  'plans.duplicate': {
    input: z.strictObject({ planId: PlanIdSchema, name: PlanNameSchema.optional() }),
    output: PlanSummarySchema,
  },
  'plans.delete': { input: planRef, output: z.object({ planId: PlanIdSchema }) },
  'plans.restore': { input: planRef, output: PlanSummarySchema },
  'plans.resetExample': { input: none, output: PlanSummarySchema },

  'profile.update': {
    input: z.strictObject({ planId: PlanIdSchema, patch: ProfilePatchSchema }),
    output: PlanStateSchema,
  },

  'sections.update': {
    input: z.strictObject({ planId: PlanIdSchema, sectionId: SectionIdSchema, patch: SectionPatchSchema }),
    output: PlanStateSchema,
  },
  'assessment.update': {
    input: z.strictObject({ planId: PlanIdSchema, patch: AssessmentPatchSchema }),
    output: PlanStateSchema,
  },
  'goals.create': { input: z.strictObject({ planId: PlanIdSchema, goal: GoalInputSchema }), output: CreatedStateSchema },
  'goals.update': {
    input: z.strictObject({ planId: PlanIdSchema, goalId: itemId(), patch: GoalPatchSchema }),
    output: PlanStateSchema,
  },
  'goals.delete': { input: z.strictObject({ planId: PlanIdSchema, goalId: itemId() }), output: PlanStateSchema },
  'goals.move': {
    input: z.strictObject({ planId: PlanIdSchema, goalId: itemId(), direction: z.enum(['up', 'down']) }),
    output: PlanStateSchema,
  },
  'evaluations.record': {
    input: z.strictObject({ planId: PlanIdSchema, year: SchoolYearSchema, reflection: shortText(4000) }),
    output: PlanStateSchema,
  },

  'training.update': {
    input: z.strictObject({ planId: PlanIdSchema, patch: TrainingPatchSchema }),
    output: PlanStateSchema,
  },
  'activities.create': {
    input: z.strictObject({ planId: PlanIdSchema, activity: ActivityInputSchema }),
    output: CreatedStateSchema,
  },
  'activities.update': {
    input: z.strictObject({ planId: PlanIdSchema, activityId: itemId(), patch: ActivityPatchSchema }),
    output: PlanStateSchema,
  },
  'activities.delete': { input: z.strictObject({ planId: PlanIdSchema, activityId: itemId() }), output: PlanStateSchema },

  'versions.list': { input: planRef, output: z.array(VersionSummarySchema) },
  'versions.create': {
    input: z.strictObject({ planId: PlanIdSchema, label: shortText(120).min(1, { error: 'validation.required' }) }),
    output: CreatedStateSchema,
  },
  'versions.get': {
    input: z.strictObject({ planId: PlanIdSchema, versionId: itemId() }),
    output: VersionSummarySchema.extend({ content: PlanContentSchema }),
  },
  'versions.diff': {
    input: z.strictObject({ planId: PlanIdSchema, from: VersionRefSchema, to: VersionRefSchema }),
    output: z.array(DiffEntrySchema),
  },
  'versions.restore': {
    input: z.strictObject({ planId: PlanIdSchema, versionId: itemId(), name: PlanNameSchema.optional() }),
    output: PlanSummarySchema,
  },
  'versions.delete': { input: z.strictObject({ planId: PlanIdSchema, versionId: itemId() }), output: PlanStateSchema },

  'inventory.query': {
    input: z.strictObject({
      planId: PlanIdSchema,
      filter: InventoryFilterSchema,
      sort: z.strictObject({ column: z.enum(inventoryColumns), direction: z.enum(['asc', 'desc']) }).nullable(),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(1_000),
    }),
    output: z.object({
      total: z.number().int(),
      quantity: z.number().int(),
      valueCents: z.number().int(),
      rows: z.array(InventoryLineSchema),
    }),
  },
  'inventory.groups': {
    input: z.strictObject({ planId: PlanIdSchema, filter: InventoryFilterSchema, by: z.enum(groupableColumns) }),
    output: z.array(z.object({ key: z.string(), lines: z.number().int(), quantity: z.number().int(), valueCents: z.number().int() })),
  },
  'inventory.create': {
    input: z.strictObject({ planId: PlanIdSchema, line: InventoryLineInputSchema }),
    output: CreatedStateSchema,
  },
  'inventory.update': {
    input: z.strictObject({ planId: PlanIdSchema, lineId: itemId(), patch: InventoryLinePatchSchema }),
    output: PlanStateSchema,
  },
  'inventory.bulkUpdate': {
    input: z.strictObject({ planId: PlanIdSchema, target: InventoryTargetSchema, patch: InventoryBulkPatchSchema }),
    output: AffectedStateSchema,
  },
  'inventory.delete': {
    input: z.strictObject({ planId: PlanIdSchema, target: InventoryTargetSchema }),
    output: AffectedStateSchema,
  },
  'inventory.importPreview': {
    input: z.strictObject({ planId: PlanIdSchema, file: FileSchema, options: ImportOptionsSchema }),
    output: ImportPreviewSchema,
  },
  'inventory.importCommit': {
    input: z.strictObject({ planId: PlanIdSchema, file: FileSchema, options: ImportOptionsSchema }),
    output: AffectedStateSchema,
  },
  'devices.update': {
    input: z.strictObject({ planId: PlanIdSchema, patch: DevicesSettingsPatchSchema }),
    output: PlanStateSchema,
  },
  'tcos.create': { input: z.strictObject({ planId: PlanIdSchema, tco: TcoInputSchema }), output: CreatedStateSchema },
  'tcos.update': {
    input: z.strictObject({ planId: PlanIdSchema, tcoId: itemId(), patch: TcoPatchSchema }),
    output: PlanStateSchema,
  },
  'tcos.delete': { input: z.strictObject({ planId: PlanIdSchema, tcoId: itemId() }), output: PlanStateSchema },
  'procurements.create': {
    input: z.strictObject({ planId: PlanIdSchema, procurement: ProcurementInputSchema }),
    output: CreatedStateSchema,
  },
  'procurements.update': {
    input: z.strictObject({ planId: PlanIdSchema, procurementId: itemId(), patch: ProcurementPatchSchema }),
    output: PlanStateSchema,
  },
  'procurements.delete': {
    input: z.strictObject({ planId: PlanIdSchema, procurementId: itemId() }),
    output: PlanStateSchema,
  },
  'procurements.attach': {
    input: z.strictObject({ planId: PlanIdSchema, procurementId: itemId(), ...FileSchema.shape }),
    output: PlanStateSchema,
  },
  'procurements.detach': {
    input: z.strictObject({ planId: PlanIdSchema, procurementId: itemId(), attachmentId: itemId() }),
    output: PlanStateSchema,
  },
  'attachments.read': {
    input: z.strictObject({ planId: PlanIdSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' }) }),
    output: z.object({ contentBase64: z.string() }),
  },
  'exports.document': {
    input: z.strictObject({ planId: PlanIdSchema, document: ExportDocumentIdSchema, language: z.enum(languages, { error: 'validation.invalidOption' }) }),
    output: z.object({ fileName: z.string(), format: ExportFormatSchema, bytes: z.number().int(), contentBase64: z.string() }),
  },
  'exports.bundle': {
    input: z.strictObject({ planId: PlanIdSchema, language: z.enum(languages, { error: 'validation.invalidOption' }) }),
    output: z.object({ fileName: z.string(), bytes: z.number().int(), contentBase64: z.string() }),
  },
  /** Review mode: reads bundles and reports on each; nothing is stored. */
  'bundles.read': {
    input: z.strictObject({ files: z.array(FileSchema).min(1, { error: 'validation.required' }).max(MAX_REVIEW_FILES, { error: 'validation.tooMany' }) }),
    output: z.array(BundleReportSchema),
  },
  /** The roll-up: one row per school with the key figures, and totals, as a spreadsheet. */
  'bundles.summary': {
    input: z.strictObject({
      files: z.array(FileSchema).min(1, { error: 'validation.required' }).max(MAX_REVIEW_FILES, { error: 'validation.tooMany' }),
      format: z.enum(['xlsx', 'csv'], { error: 'validation.invalidOption' }),
      language: z.enum(languages, { error: 'validation.invalidOption' }),
    }),
    output: z.object({ fileName: z.string(), bytes: z.number().int(), contentBase64: z.string(), schools: z.number().int() }),
  },
  'plans.importBundle': { input: z.strictObject({ file: FileSchema }), output: PlanSummarySchema },
  'prices.list': { input: none, output: z.array(ReferenceListSchema) },
  'prices.import': {
    input: z.strictObject({ file: FileSchema, meta: ReferenceListMetaSchema.optional() }),
    output: ReferenceListSchema,
  },
  'prices.delete': { input: z.strictObject({ listId: itemId() }), output: z.object({ listId: z.string() }) },

  'loan.update': {
    input: z.strictObject({ planId: PlanIdSchema, patch: LoanServicePatchSchema }),
    output: PlanStateSchema,
  },
  'fees.update': { input: z.strictObject({ planId: PlanIdSchema, patch: FeesPatchSchema }), output: PlanStateSchema },
  'decisions.record': {
    input: z.strictObject({ planId: PlanIdSchema, decision: DecisionInputSchema }),
    output: CreatedStateSchema,
  },
  'decisions.update': {
    input: z.strictObject({ planId: PlanIdSchema, decisionId: itemId(), patch: DecisionPatchSchema }),
    output: PlanStateSchema,
  },
  'decisions.delete': { input: z.strictObject({ planId: PlanIdSchema, decisionId: itemId() }), output: PlanStateSchema },

  'funding.update': { input: z.strictObject({ planId: PlanIdSchema, patch: FundingPatchSchema }), output: PlanStateSchema },
  'funding.importParameters': {
    input: z.strictObject({ planId: PlanIdSchema, file: FileSchema }),
    output: PlanStateSchema.extend({ importedThemes: z.array(ThemeSchema) }),
  },
  'spending.create': {
    input: z.strictObject({ planId: PlanIdSchema, line: SpendingInputSchema }),
    output: CreatedStateSchema,
  },
  'spending.update': {
    input: z.strictObject({ planId: PlanIdSchema, lineId: itemId(), patch: SpendingPatchSchema }),
    output: PlanStateSchema,
  },
  'spending.delete': { input: z.strictObject({ planId: PlanIdSchema, lineId: itemId() }), output: PlanStateSchema },

  'findings.check': {
    input: planRef,
    output: z.object({ ready: z.boolean(), complete: z.boolean(), findings: z.array(FindingSchema) }),
  },

  'undo.state': { input: z.strictObject({ scope: UndoScopeSchema }), output: UndoStateSchema },
  'undo.undo': {
    input: z.strictObject({ scope: UndoScopeSchema }),
    output: z.object({ labelKey: z.string(), planIds: z.array(z.string()), undo: UndoStateSchema }),
  },
  'undo.redo': {
    input: z.strictObject({ scope: UndoScopeSchema }),
    output: z.object({ labelKey: z.string(), planIds: z.array(z.string()), undo: UndoStateSchema }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
