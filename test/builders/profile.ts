// Builds school profiles for tests: a complete, valid profile that no rule objects to,
// with only the fields a test is about overridden.
import type { Profile } from '../../shared/profile/schema.ts';

type NestedOverrides = {
  address?: Partial<Profile['address']>;
  staff?: Partial<Profile['staff']>;
  group?: Partial<Profile['group']>;
  contact?: Partial<Profile['contact']>;
};

export type ProfileOverrides = Partial<Omit<Profile, keyof NestedOverrides>> & NestedOverrides;

/** A secondary school with every field filled in: `profileFindings` finds nothing here. */
export function completeProfile(): Profile {
  return {
    schoolName: 'Sint-Jozefscollege',
    institutionNumber: '031245',
    address: { street: 'Kerkstraat 4', postalCode: '3000', municipality: 'Leuven' },
    levels: ['secundair'],
    pupils: { s1: 120, s2: 115, s3: 98, s4: 90, s5: 84, s6: 80 },
    staff: { teaching: 64, other: 12 },
    digitallyIntensiveProgrammes: [{ name: 'Informatica', pupils: 40 }],
    group: { kind: 'scholengemeenschap', name: 'Scholengemeenschap Leuven' },
    contact: { name: 'Els Claes', role: 'ICT-coördinator', email: 'ict@sjc.be', phone: '016 12 34 56' },
  };
}

/** A complete profile with some fields changed; nested objects are merged, not replaced. */
export function buildProfile(overrides: ProfileOverrides = {}): Profile {
  const base = completeProfile();
  const { address, staff, group, contact, ...rest } = overrides;
  return {
    ...base,
    ...rest,
    address: { ...base.address, ...address },
    staff: { ...base.staff, ...staff },
    group: { ...base.group, ...group },
    contact: { ...base.contact, ...contact },
  };
}
