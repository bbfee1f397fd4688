// The school profile: who the plan is for and the counts the other steps need.
// Counts, never names of pupils or staff; the one name kept is the contact person's,
// because the knowledge centre must know whom to call about a submission.
import { z } from 'zod';
import { count, shortText } from '../validation.ts';

export const educationLevels = ['basis', 'secundair', 'buitengewoon'] as const;
export type EducationLevel = (typeof educationLevels)[number];
export const EducationLevelSchema = z.enum(educationLevels, { error: 'validation.invalidOption' });

/** Grade groups per level; pupils are counted per group. */
export const gradesByLevel = {
  basis: ['k1', 'k2', 'k3', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'],
  secundair: ['s1', 's2', 's3', 's4', 's5', 's6', 's7'],
  buitengewoon: ['bubao', 'buso-ov1', 'buso-ov2', 'buso-ov3', 'buso-ov4'],
} as const satisfies Record<EducationLevel, readonly string[]>;

export const gradeKeys = [
  ...gradesByLevel.basis,
  ...gradesByLevel.secundair,
  ...gradesByLevel.buitengewoon,
] as const;
export type GradeKey = (typeof gradeKeys)[number];
export const GradeKeySchema = z.enum(gradeKeys, { error: 'validation.invalidOption' });

export const groupKinds = ['none', 'scholengroep', 'scholengemeenschap'] as const;
export type GroupKind = (typeof groupKinds)[number];

/** Up to six digits, stored as text padded to six: `1234` becomes `001234`. */
export const InstitutionNumberInput = z
  .string({ error: 'validation.expectedText' })
  .trim()
  .regex(/^\d{0,6}$/, { error: 'validation.institutionNumber' })
  .transform((digits) => (digits === '' ? '' : digits.padStart(6, '0')));

const InstitutionNumberStored = z.string().regex(/^(\d{6})?$/, { error: 'validation.institutionNumber' });

const postalCode = z
  .string({ error: 'validation.expectedText' })
  .trim()
  .regex(/^([1-9]\d{3})?$/, { error: 'validation.postalCode' });

const email = z
  .string({ error: 'validation.expectedText' })
  .trim()
  .max(254, { error: 'validation.tooLong' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: 'validation.email' });

export const AddressSchema = z.strictObject({
  street: shortText(),
  postalCode,
  municipality: shortText(100),
});

export const StaffSchema = z.strictObject({
  /** Headcount of teaching staff (onderwijzend personeel): the 628 euro applies to them. */
  teaching: count(),
  /** Other staff: administration, ICT, care, maintenance. */
  other: count(),
});

export const ProgrammeSchema = z.strictObject({
  name: shortText().min(1, { error: 'validation.required' }),
  pupils: count(),
});

export const GroupSchema = z.strictObject({
  kind: z.enum(groupKinds, { error: 'validation.invalidOption' }),
  name: shortText(),
});

export const ContactSchema = z.strictObject({
  name: shortText(),
  role: shortText(),
  email,
  phone: z
    .string({ error: 'validation.expectedText' })
    .trim()
    .max(40, { error: 'validation.tooLong' })
    .regex(/^[+\d\s()./-]*$/, { error: 'validation.phone' }),
});

const profileFields = {
  schoolName: shortText(),
  address: AddressSchema,
  levels: z.array(EducationLevelSchema).max(educationLevels.length, { error: 'validation.tooMany' }),
  pupils: z.partialRecord(GradeKeySchema, count()),
  staff: StaffSchema,
  digitallyIntensiveProgrammes: z.array(ProgrammeSchema).max(50, { error: 'validation.tooMany' }),
  group: GroupSchema,
  contact: ContactSchema,
};

export const ProfileSchema = z.strictObject({
  ...profileFields,
  institutionNumber: InstitutionNumberStored,
});
export type Profile = z.infer<typeof ProfileSchema>;

/** What an edit may send: any top-level field; nested objects are replaced whole. */
export const ProfilePatchSchema = z
  .strictObject({ ...profileFields, institutionNumber: InstitutionNumberInput })
  .partial();
export type ProfilePatch = z.input<typeof ProfilePatchSchema>;

export function emptyProfile(): Profile {
  return {
    schoolName: '',
    institutionNumber: '',
    address: { street: '', postalCode: '', municipality: '' },
    levels: [],
    pupils: {},
    staff: { teaching: 0, other: 0 },
    digitallyIntensiveProgrammes: [],
    group: { kind: 'none', name: '' },
    contact: { name: '', role: '', email: '', phone: '' },
  };
}

/** Pupils in the levels the school offers; counts left from a removed level do not count. */
export function pupilTotal(profile: Profile): number {
  // A level listed twice (an edit through the API may send that) still counts once.
  return uniqueLevels(profile.levels)
    .flatMap((level) => gradesByLevel[level])
    .reduce((sum, grade) => sum + (profile.pupils[grade] ?? 0), 0);
}

export function uniqueLevels(levels: readonly EducationLevel[]): EducationLevel[] {
  return educationLevels.filter((level) => levels.includes(level));
}
