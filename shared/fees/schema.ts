// Fees to parents (Digiplan §B.3): the loan service and its rules, the fee lines (rent,
// deposit, insurance, repair contribution), the cost basis that justifies them, the social
// corrections, payment, and the school council's decisions. Counts of pupils, never names.
import { z } from 'zod';
import { deviceTypes } from '../devices/schema.ts';
import { isRealIsoDate } from '../format.ts';
import { SchoolYearSchema } from '../policy/goals.ts';
import { GradeKeySchema } from '../profile/schema.ts';
import { schoolYears } from '../plan/term.ts';
import { count, shortText } from '../validation.ts';

const cents = (max = 1_000_000) =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(max, { error: 'validation.implausiblePrice' });
const basisPoints = () =>
  z.number({ error: 'validation.expectedNumber' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.notNegative' }).max(10_000, { error: 'validation.tooLarge' });
const isoDate = () => z.string({ error: 'validation.expectedText' }).refine(isRealIsoDate, { error: 'validation.date' });

export const LoanServiceSchema = z.strictObject({
  /** Does the school require pupils to use devices outside school hours? Then a loan service is due. */
  requiresAfterHoursUse: z.boolean(),
  offered: z.boolean(),
  grades: z.array(GradeKeySchema).max(30),
  programmes: z.array(shortText()).max(50),
  deviceTypes: z.array(z.enum(deviceTypes)).max(deviceTypes.length),
  takeHome: z.boolean(),
  onDamage: shortText(1000),
  onLoss: shortText(1000),
  onLeaving: shortText(1000),
  endOfLoan: shortText(1000),
  ownDeviceAllowed: z.boolean(),
  minimumSpecs: shortText(1000),
  /** A school may not oblige parents to buy a device through the school (Commissie Zorgvuldig Bestuur). */
  purchaseThroughSchoolRequired: z.boolean(),
  /** Pupils expected to use the loan service, per grade. */
  users: z.partialRecord(GradeKeySchema, count()),
});
export type LoanService = z.infer<typeof LoanServiceSchema>;

export const feeKinds = ['rent', 'deposit', 'insurance', 'repair-contribution'] as const;
export type FeeKind = (typeof feeKinds)[number];
/** What parents pay every school year; a deposit comes back at the end of the loan. */
export const recurringKinds: readonly FeeKind[] = ['rent', 'insurance', 'repair-contribution'];

export const FeeLineSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: shortText().min(1, { error: 'validation.required' }),
  kind: z.enum(feeKinds, { error: 'validation.invalidOption' }),
  grades: z.array(GradeKeySchema).min(1, { error: 'validation.required' }).max(30),
  deviceClass: z.enum(deviceTypes, { error: 'validation.invalidOption' }),
  amountCents: cents(),
  period: z.enum(['school-year', 'month'], { error: 'validation.invalidOption' }),
  /** Only parents who choose the loan service may be charged (Digiplan §B.3). */
  appliesTo: z.enum(['loan-service', 'all-pupils'], { error: 'validation.invalidOption' }),
  years: z.array(SchoolYearSchema).min(1, { error: 'validation.required' }).max(schoolYears.length),
  /** Why an amount above the cost basis or the reference price is justified. */
  motivation: shortText(2000),
});
export type FeeLine = z.infer<typeof FeeLineSchema>;

export const DamageChargeSchema = z.strictObject({
  id: z.string().min(1).max(64),
  description: shortText(200).min(1, { error: 'validation.required' }),
  amountCents: cents(),
});

export const PaymentMomentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: shortText(100).min(1, { error: 'validation.required' }),
  /** Share of the yearly amount collected at this moment, in basis points. */
  shareBasisPoints: basisPoints(),
});

export const PaymentSchema = z
  .strictObject({
    moments: z.array(PaymentMomentSchema).min(1, { error: 'validation.required' }).max(12),
    spreadPaymentOffered: z.boolean(),
    /** Whom parents contact for spread payment or problems: a role or service, not a person. */
    contact: shortText(300),
    method: shortText(300),
  })
  .refine((payment) => payment.moments.reduce((sum, m) => sum + m.shareBasisPoints, 0) === 10_000, {
    error: 'validation.sharesNotWhole',
    path: ['moments'],
  });

/** The cost of one device class per device: what justifies a rent (Rekenhof, Digiplan §B.3). */
export const CostBasisSchema = z.strictObject({
  deviceClass: z.enum(deviceTypes),
  purchaseCents: cents(10_000_000),
  lifetimeYears: z.number().int().min(1, { error: 'validation.tooSmall' }).max(15, { error: 'validation.tooLarge' }),
  repairsCentsPerYear: cents(),
  insuranceCentsPerYear: cents(),
  managementCentsPerYear: cents(),
  residualCents: cents(10_000_000),
  /** Subsidy received per device for these devices: parents do not pay for what was funded. */
  fundingCentsPerDevice: cents(10_000_000),
});
export type CostBasis = z.infer<typeof CostBasisSchema>;

export const correctionKinds = [
  'schooltoeslag',
  'kansenpas',
  'solidarity-fund',
  'case-by-case',
  'sibling',
  'family-cap',
  'deposit-waiver',
  'payment-plan',
] as const;
export type CorrectionKind = (typeof correctionKinds)[number];
/** Corrections that go with a group of pupils and reduce their recurring fees. */
export const groupKinds: readonly CorrectionKind[] = ['schooltoeslag', 'kansenpas', 'solidarity-fund', 'case-by-case'];

export const CorrectionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(correctionKinds, { error: 'validation.invalidOption' }),
  label: shortText(),
  /** Reduction of recurring fees for the group (or for a second child with `sibling`). */
  reductionBasisPoints: basisPoints(),
  /** `sibling`: the reduction from the third child on. */
  thirdChildBasisPoints: basisPoints(),
  /** `family-cap`: the most a family pays in recurring fees per school year. */
  capCents: cents(),
  /** The group's pupils also keep their deposit (a deposit waiver). */
  waivesDeposit: z.boolean(),
  /** Pupils (or, for a family cap, families) the rule is expected to reach: counts only. */
  expected: count(),
  /** `family-cap`: average number of loan-service children in a capped family. */
  averageChildren: z.number().int().min(2).max(10),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** The maximumfactuur of primary education: editable data with its source and date. */
export const MaximumInvoiceSchema = z.strictObject({
  schoolYear: shortText(20),
  kindergartenCents: cents(),
  primaryCents: cents(),
  multiDayTripsCents: cents(),
  source: shortText(300),
});
export const FamilySchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: shortText(200),
  children: z
    .array(
      z.strictObject({
        grade: GradeKeySchema,
        /** Groups the child belongs to: schooltoeslag, kansenpas, solidarity fund, case by case. */
        groups: z.array(z.enum(['schooltoeslag', 'kansenpas', 'solidarity-fund', 'case-by-case'])).max(4),
      }),
    )
    .min(1, { error: 'validation.required' })
    .max(8, { error: 'validation.tooMany' }),
});
export type Family = z.infer<typeof FamilySchema>;

export const FeesSchema = z.strictObject({
  lines: z.array(FeeLineSchema).max(100, { error: 'validation.tooMany' }),
  damageCharges: z.array(DamageChargeSchema).max(50, { error: 'validation.tooMany' }),
  payment: PaymentSchema,
  costBasis: z.array(CostBasisSchema).max(deviceTypes.length),
  corrections: z.array(CorrectionSchema).max(50, { error: 'validation.tooMany' }),
  /** Months a monthly fee is charged in a school year. */
  monthsPerSchoolYear: z.number().int().min(1).max(12),
  /** Families the settlement works out in full, so the council sees what a family really pays. */
  exampleFamilies: z.array(FamilySchema).max(12, { error: 'validation.tooMany' }),
  maximumInvoices: z.array(MaximumInvoiceSchema).max(20),
});
export type Fees = z.infer<typeof FeesSchema>;

export function emptyFees(): Fees {
  return {
    lines: [],
    damageCharges: [],
    payment: {
      moments: [{ id: 'moment-1', label: 'September', shareBasisPoints: 10_000 }],
      spreadPaymentOffered: true,
      contact: '',
      method: '',
    },
    costBasis: [],
    corrections: [],
    monthsPerSchoolYear: 10,
    exampleFamilies: [],
    maximumInvoices: exampleMaximumInvoices,
  };
}

export function emptyLoanService(): LoanService {
  return {
    requiresAfterHoursUse: false,
    offered: false,
    grades: [],
    programmes: [],
    deviceTypes: [],
    takeHome: false,
    onDamage: '',
    onLoss: '',
    onLeaving: '',
    endOfLoan: '',
    ownDeviceAllowed: true,
    minimumSpecs: '',
    purchaseThroughSchoolRequired: false,
    users: {},
  };
}

export const CouncilPresenceSchema = z.strictObject({ parents: count(), staff: count(), community: count(), pupils: count() });

export const DecisionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  schoolYear: SchoolYearSchema,
  meetingDate: isoDate(),
  present: CouncilPresenceSchema,
  outcome: z.enum(['approved', 'amended', 'rejected'], { error: 'validation.invalidOption' }),
  votes: z.strictObject({ for: count(), against: count(), abstain: count() }),
  motivation: shortText(4000),
  /** The fee policy as the council saw it, frozen when the decision was recorded. */
  snapshot: z.strictObject({ fees: FeesSchema, loanUsers: z.partialRecord(GradeKeySchema, count()) }),
  recordedAt: z.string().datetime({ offset: true }),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const exampleMaximumInvoices: z.infer<typeof MaximumInvoiceSchema>[] = [
  { schoolYear: '2023-2024', kindergartenCents: 5_500, primaryCents: 10_500, multiDayTripsCents: 52_000, source: 'Onderwijs Vlaanderen, maximumfactuur 2023-2024' },
  { schoolYear: '2022-2023', kindergartenCents: 5_000, primaryCents: 9_500, multiDayTripsCents: 48_000, source: 'Onderwijs Vlaanderen, maximumfactuur 2022-2023' },
];

/** What a school council decision records about the meeting; the snapshot is taken by the app. */
export const DecisionInputSchema = DecisionSchema.omit({ id: true, snapshot: true, recordedAt: true });
export const DecisionPatchSchema = DecisionInputSchema.partial();
export const LoanServicePatchSchema = LoanServiceSchema.partial();
export const FeesPatchSchema = z.strictObject({
  lines: FeesSchema.shape.lines,
  damageCharges: FeesSchema.shape.damageCharges,
  payment: PaymentSchema,
  costBasis: FeesSchema.shape.costBasis,
  corrections: FeesSchema.shape.corrections,
  monthsPerSchoolYear: FeesSchema.shape.monthsPerSchoolYear,
  exampleFamilies: FeesSchema.shape.exampleFamilies,
  maximumInvoices: FeesSchema.shape.maximumInvoices,
}).partial();
