// What the corrections screen edits, in the words a person types: reductions as percentages
// (`12,5`) where the plan stores basis points (1250), the family examples as they are. The
// screen's part editor works on this view; saving turns it back into a fees.update patch.
import { z } from 'zod';
import { correctionKinds, CorrectionSchema, FeesSchema, type Correction, type CorrectionKind, type Family, type Fees } from '../../../../shared/fees/schema.ts';
import { gradesByLevel, type EducationLevel, type GradeKey } from '../../../../shared/profile/schema.ts';
import { count } from '../../../../shared/validation.ts';
import { fieldDomId } from '../../../components/Field.tsx';

/** The DOM id of a field of the fees part (`fees.<path>`), where findings' links land. */
export function feesFieldId(path: string): string {
  return fieldDomId(`fees.${path}`);
}

const percent = () =>
  z
    .number({ error: 'validation.expectedNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(100, { error: 'validation.tooLarge' });

export const CorrectionRowSchema = CorrectionSchema.omit({ reductionBasisPoints: true, thirdChildBasisPoints: true }).extend({
  reductionPercent: percent(),
  thirdChildPercent: percent(),
  expected: count(),
  averageChildren: z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(2, { error: 'validation.tooSmall' })
    .max(10, { error: 'validation.tooLarge' }),
});
export type CorrectionRow = z.infer<typeof CorrectionRowSchema>;

export const CorrectionsViewPatchSchema = z
  .strictObject({
    corrections: z.array(CorrectionRowSchema).max(50, { error: 'validation.tooMany' }),
    exampleFamilies: FeesSchema.shape.exampleFamilies,
  })
  .partial();

export interface CorrectionsView {
  corrections: CorrectionRow[];
  exampleFamilies: Family[];
}

export function toRow(rule: Correction): CorrectionRow {
  const { reductionBasisPoints, thirdChildBasisPoints, ...rest } = rule;
  return { ...rest, reductionPercent: reductionBasisPoints / 100, thirdChildPercent: thirdChildBasisPoints / 100 };
}

export function fromRow(row: CorrectionRow): Correction {
  const { reductionPercent, thirdChildPercent, ...rest } = row;
  return {
    ...rest,
    reductionBasisPoints: Math.round(reductionPercent * 100),
    thirdChildBasisPoints: Math.round(thirdChildPercent * 100),
    // A deposit waiver is nothing but the waiver: it always waives.
    waivesDeposit: row.kind === 'deposit-waiver' ? true : row.waivesDeposit,
  };
}

export function toView(fees: Fees): CorrectionsView {
  return { corrections: fees.corrections.map(toRow), exampleFamilies: fees.exampleFamilies };
}

/** The fees.update patch for what the editor saves. */
export function toPatch(patch: Record<string, unknown>): Partial<Pick<Fees, 'corrections' | 'exampleFamilies'>> {
  const out: Partial<Pick<Fees, 'corrections' | 'exampleFamilies'>> = {};
  if (Array.isArray(patch.corrections)) out.corrections = (patch.corrections as CorrectionRow[]).map(fromRow);
  if (Array.isArray(patch.exampleFamilies)) out.exampleFamilies = patch.exampleFamilies as Family[];
  return out;
}

/** Kinds a school has at most one of: the settlement reads only the first. */
export const singleKinds: readonly CorrectionKind[] = ['sibling', 'family-cap', 'deposit-waiver', 'payment-plan'];

/** The kinds a school can still add, in the order of the schema. */
export function addableKinds(existing: readonly Pick<Correction, 'kind'>[]): CorrectionKind[] {
  return correctionKinds.filter((kind) => !singleKinds.includes(kind) || !existing.some((rule) => rule.kind === kind));
}

/** A new rule with defaults many Flemish schools choose; the counts are left for the school. */
export function newCorrection(id: string, kind: CorrectionKind, label: string): CorrectionRow {
  const base: CorrectionRow = {
    id,
    kind,
    label,
    reductionPercent: 0,
    thirdChildPercent: 0,
    capCents: 0,
    waivesDeposit: false,
    expected: 0,
    averageChildren: 2,
  };
  switch (kind) {
    case 'schooltoeslag':
      return { ...base, reductionPercent: 100, waivesDeposit: true };
    case 'kansenpas':
    case 'solidarity-fund':
      return { ...base, reductionPercent: 50 };
    case 'case-by-case':
      return { ...base, reductionPercent: 100 };
    case 'sibling':
      return { ...base, reductionPercent: 25, thirdChildPercent: 50 };
    case 'family-cap':
      return { ...base, capCents: 12_500, averageChildren: 3 };
    case 'deposit-waiver':
      return { ...base, waivesDeposit: true };
    case 'payment-plan':
      return base;
  }
}

/** Which fields a kind of rule uses. */
export function fieldsOf(kind: CorrectionKind): { reduction: boolean; third: boolean; cap: boolean; waiver: boolean; expected: 'pupils' | 'families' | null } {
  switch (kind) {
    case 'sibling':
      return { reduction: true, third: true, cap: false, waiver: false, expected: 'pupils' };
    case 'family-cap':
      return { reduction: false, third: false, cap: true, waiver: false, expected: 'families' };
    case 'deposit-waiver':
      return { reduction: false, third: false, cap: false, waiver: false, expected: 'pupils' };
    case 'payment-plan':
      return { reduction: false, third: false, cap: false, waiver: false, expected: null };
    default:
      return { reduction: true, third: false, cap: false, waiver: true, expected: 'pupils' };
  }
}

/** Grades a child of an example family can be in: those of the school's levels (secondary if none). */
export function familyGrades(levels: readonly EducationLevel[]): GradeKey[] {
  const chosen = levels.length > 0 ? levels : (['secundair'] as const);
  return chosen.flatMap((level) => gradesByLevel[level]);
}
