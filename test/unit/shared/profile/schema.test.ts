// The school profile schema: institution numbers, strict objects, limits that refuse instead of truncating.
import { describe, expect, it } from 'vitest';
import {
  InstitutionNumberInput,
  ProfilePatchSchema,
  ProfileSchema,
  emptyProfile,
  pupilTotal,
  uniqueLevels,
} from '../../../../shared/profile/schema.ts';
import { issuesFromZod, MAX_COUNT, MAX_SHORT_TEXT } from '../../../../shared/validation.ts';
import { buildProfile } from '../../../builders/profile.ts';

function issuesOf(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error('expected the schema to refuse the value');
  return issuesFromZod(result.error as Parameters<typeof issuesFromZod>[0]);
}

describe('institution number', () => {
  it.each([
    ['1234', '001234'],
    ['012345', '012345'],
    [' 98765 ', '098765'],
    ['1', '000001'],
    ['', ''],
  ])('reads %j as %j', (input, stored) => {
    expect(InstitutionNumberInput.parse(input)).toBe(stored);
  });

  it.each(['1234567', '12a4', 'abcdef', '12 34', '-1234', '12.34'])('refuses %j with validation.institutionNumber', (input) => {
    expect(issuesOf(InstitutionNumberInput.safeParse(input))).toEqual([
      { path: [], messageKey: 'validation.institutionNumber' },
    ]);
  });

  it('pads the number in a profile edit and stores only six digits or nothing', () => {
    expect(ProfilePatchSchema.parse({ institutionNumber: '1234' })).toEqual({ institutionNumber: '001234' });
    expect(ProfileSchema.safeParse(buildProfile({ institutionNumber: '1234' })).success).toBe(false);
    expect(ProfileSchema.safeParse(buildProfile({ institutionNumber: '' })).success).toBe(true);
  });
});

describe('strict objects', () => {
  it('refuses an unknown top-level field with validation.unknownField', () => {
    expect(issuesOf(ProfilePatchSchema.safeParse({ schoolName: 'X', colour: 'blue' }))).toEqual([
      { path: [], messageKey: 'validation.unknownField', params: { keys: 'colour' } },
    ]);
  });

  it.each([
    ['address', { street: '', postalCode: '', municipality: '', box: '3' }],
    ['staff', { teaching: 1, other: 2, interim: 3 }],
    ['group', { kind: 'none', name: '', id: 7 }],
    ['contact', { name: '', role: '', email: '', phone: '', fax: '' }],
  ])('refuses an unknown field inside %s', (field, value) => {
    const [issue] = issuesOf(ProfilePatchSchema.safeParse({ [field]: value }));
    expect(issue).toMatchObject({ path: [field], messageKey: 'validation.unknownField' });
  });

  it('refuses a grade that does not exist', () => {
    const [issue] = issuesOf(ProfilePatchSchema.safeParse({ pupils: { s9: 10 } }));
    expect(issue).toMatchObject({ path: ['pupils'], messageKey: 'validation.unknownField', params: { keys: 's9' } });
  });

  it('refuses an unknown field in a stored profile too', () => {
    expect(ProfileSchema.safeParse({ ...buildProfile(), legacy: true }).success).toBe(false);
  });
});

describe('limits', () => {
  it('refuses a school name one character too long instead of cutting it', () => {
    const long = 'x'.repeat(MAX_SHORT_TEXT + 1);
    expect(issuesOf(ProfilePatchSchema.safeParse({ schoolName: long }))).toEqual([
      { path: ['schoolName'], messageKey: 'validation.tooLong', params: { max: MAX_SHORT_TEXT } },
    ]);
    expect(ProfilePatchSchema.parse({ schoolName: 'x'.repeat(MAX_SHORT_TEXT) }).schoolName).toHaveLength(MAX_SHORT_TEXT);
  });

  it('measures length after trimming', () => {
    const padded = `  ${'x'.repeat(MAX_SHORT_TEXT)}  `;
    expect(ProfilePatchSchema.parse({ schoolName: padded }).schoolName).toBe('x'.repeat(MAX_SHORT_TEXT));
  });

  it('refuses a too-long municipality, email and phone with their limits', () => {
    const issues = issuesOf(
      ProfileSchema.safeParse(
        buildProfile({
          address: { municipality: 'm'.repeat(101) },
          contact: { email: `${'a'.repeat(250)}@x.be`, phone: '1'.repeat(41) },
        }),
      ),
    );
    expect(issues).toEqual([
      { path: ['address', 'municipality'], messageKey: 'validation.tooLong', params: { max: 100 } },
      { path: ['contact', 'email'], messageKey: 'validation.tooLong', params: { max: 254 } },
      { path: ['contact', 'phone'], messageKey: 'validation.tooLong', params: { max: 40 } },
    ]);
  });

  it.each([
    [-1, 'validation.notNegative'],
    [1.5, 'validation.wholeNumber'],
    [MAX_COUNT + 1, 'validation.tooLarge'],
    ['12', 'validation.expectedNumber'],
  ])('refuses %j teaching staff with %s', (teaching, messageKey) => {
    const [issue] = issuesOf(ProfilePatchSchema.safeParse({ staff: { teaching, other: 0 } }));
    expect(issue).toMatchObject({ path: ['staff', 'teaching'], messageKey });
  });

  it('refuses a study programme without a name and a postal code that is not Belgian', () => {
    expect(
      issuesOf(
        ProfileSchema.safeParse(
          buildProfile({ digitallyIntensiveProgrammes: [{ name: ' ', pupils: 3 }], address: { postalCode: '0999' } }),
        ),
      ),
    ).toEqual([
      { path: ['address', 'postalCode'], messageKey: 'validation.postalCode' },
      { path: ['digitallyIntensiveProgrammes', 0, 'name'], messageKey: 'validation.required', params: { min: 1 } },
    ]);
  });

  it('refuses an email address without a domain and a phone number with letters', () => {
    const issues = issuesOf(ProfileSchema.safeParse(buildProfile({ contact: { email: 'an@school', phone: '09 CALL ME' } })));
    expect(issues.map((issue) => issue.messageKey)).toEqual(['validation.email', 'validation.phone']);
  });

  it('refuses an education level that does not exist', () => {
    const [issue] = issuesOf(ProfilePatchSchema.safeParse({ levels: ['hoger'] }));
    expect(issue).toMatchObject({ path: ['levels', 0], messageKey: 'validation.invalidOption' });
  });
});

describe('profile helpers', () => {
  it('starts from an empty profile that the stored schema accepts', () => {
    expect(ProfileSchema.parse(emptyProfile())).toEqual(emptyProfile());
  });

  it('accepts the complete profile of the builder as it is', () => {
    expect(ProfileSchema.parse(buildProfile())).toEqual(buildProfile());
  });

  it('counts only pupils of the levels the school offers', () => {
    const profile = buildProfile({ levels: ['basis'], pupils: { l1: 20, l2: 22, s1: 100 } });
    expect(pupilTotal(profile)).toBe(42);
    expect(pupilTotal({ ...profile, levels: ['basis', 'secundair'] })).toBe(142);
  });

  it('counts the pupils of a level listed twice only once', () => {
    expect(pupilTotal(buildProfile({ levels: ['basis', 'basis'], pupils: { l1: 20 } }))).toBe(20);
  });

  it('orders levels and drops duplicates', () => {
    expect(uniqueLevels(['buitengewoon', 'basis', 'buitengewoon'])).toEqual(['basis', 'buitengewoon']);
  });
});
