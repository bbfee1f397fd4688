// Profile rules: each fires exactly when it should, with its field, source passage and a message in both languages.
import { describe, expect, it } from 'vitest';
import { checkPreconditions, isReady, stepStatuses } from '../../../../shared/findings/engine.ts';
import { FindingSchema, type Finding } from '../../../../shared/findings/finding.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { nl } from '../../../../shared/i18n/nl.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { profileFindings } from '../../../../shared/profile/rules.ts';
import { emptyProfile, type Profile } from '../../../../shared/profile/schema.ts';
import { sources } from '../../../../shared/sources.ts';
import { buildPlan, TODAY } from '../../../builders/plan.ts';
import { buildProfile, type ProfileOverrides } from '../../../builders/profile.ts';

function lookup(catalog: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

const ruleIds = (profile: Profile) => profileFindings(profile).map((f) => f.ruleId);

function planWith(profile: Profile): Plan {
  return buildPlan({ profile });
}

/** Each rule with a profile that breaks only it, and the field it points at. */
const cases: { rule: string; severity: Finding['severity']; field: string; overrides: ProfileOverrides }[] = [
  { rule: 'profile.school-name-missing', severity: 'blocking', field: 'schoolName', overrides: { schoolName: '' } },
  {
    rule: 'profile.institution-number-missing',
    severity: 'blocking',
    field: 'institutionNumber',
    overrides: { institutionNumber: '' },
  },
  {
    rule: 'profile.level-missing',
    severity: 'blocking',
    field: 'levels',
    overrides: { levels: [], digitallyIntensiveProgrammes: [] },
  },
  { rule: 'profile.pupils-missing', severity: 'warning', field: 'pupils.s1', overrides: { pupils: {} } },
  { rule: 'profile.teaching-staff-missing', severity: 'warning', field: 'staff.teaching', overrides: { staff: { teaching: 0 } } },
  {
    rule: 'profile.programmes-need-secondary',
    severity: 'warning',
    field: 'digitallyIntensiveProgrammes',
    overrides: { levels: ['basis'], pupils: { l1: 20 } },
  },
  { rule: 'profile.group-name-missing', severity: 'warning', field: 'group.name', overrides: { group: { name: '' } } },
  { rule: 'profile.contact-missing', severity: 'warning', field: 'contact.email', overrides: { contact: { email: '' } } },
  {
    rule: 'profile.address-incomplete',
    severity: 'tip',
    field: 'address.postalCode',
    overrides: { address: { municipality: '' } },
  },
];

describe('profile rules', () => {
  it('find nothing in a complete profile', () => {
    expect(profileFindings(buildProfile())).toEqual([]);
  });

  it.each(cases)('$rule fires alone when only its condition holds', ({ rule, severity, field, overrides }) => {
    const found = profileFindings(buildProfile(overrides));
    expect(found.map((f) => f.ruleId)).toEqual([rule]);
    expect(found[0]).toMatchObject({ severity, field, step: 'profile', messageKey: `findings.${rule}` });
  });

  it('every rule of the list is covered by a case', () => {
    const everything = profileFindings({
      ...emptyProfile(),
      group: { kind: 'scholengroep', name: '' },
      digitallyIntensiveProgrammes: [{ name: 'X', pupils: 1 }],
    });
    const fromEmpty = new Set([...everything.map((f) => f.ruleId), ...ruleIds(buildProfile({ pupils: {} }))]);
    expect([...fromEmpty].sort()).toEqual(cases.map((c) => c.rule).sort());
  });

  it('asks for pupils only once a level is chosen, pointing at the first grade of that level', () => {
    expect(ruleIds(buildProfile({ levels: [], pupils: {}, digitallyIntensiveProgrammes: [] }))).toEqual([
      'profile.level-missing',
    ]);
    const basis = profileFindings(buildProfile({ levels: ['basis'], pupils: {}, digitallyIntensiveProgrammes: [] }));
    expect(basis.map((f) => [f.ruleId, f.field])).toEqual([['profile.pupils-missing', 'pupils.k1']]);
  });

  it('ignores pupils counted in a level the school no longer offers', () => {
    const profile = buildProfile({ levels: ['buitengewoon'], pupils: { s1: 300 }, digitallyIntensiveProgrammes: [] });
    expect(ruleIds(profile)).toEqual(['profile.pupils-missing']);
    expect(ruleIds({ ...profile, pupils: { bubao: 12 } })).toEqual([]);
  });

  it('does not ask for a group name when the school is in no group', () => {
    expect(ruleIds(buildProfile({ group: { kind: 'none', name: '' } }))).toEqual([]);
  });

  it('accepts study programmes in a school that offers secondary next to other levels', () => {
    expect(ruleIds(buildProfile({ levels: ['basis', 'secundair'] }))).toEqual([]);
  });

  it('asks for the address when only the postal code is missing', () => {
    expect(ruleIds(buildProfile({ address: { postalCode: '' } }))).toEqual(['profile.address-incomplete']);
  });

  it('does not mind a missing other-staff count or street', () => {
    expect(ruleIds(buildProfile({ staff: { other: 0 }, address: { street: '' } }))).toEqual([]);
  });

  it('gives every finding a valid shape, a real source passage and a message in both languages', () => {
    const findings = profileFindings({
      ...emptyProfile(),
      group: { kind: 'scholengroep', name: '' },
      digitallyIntensiveProgrammes: [{ name: 'X', pupils: 1 }],
    }).concat(profileFindings(buildProfile({ pupils: {} })));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(FindingSchema.parse(f)).toEqual(f);
      const source = sources[f.source.id as keyof typeof sources];
      expect(source, f.source.id).toBeDefined();
      expect(f.source).toEqual({ id: f.source.id, ref: source.ref, quote: source.quote });
      expect(f.source.ref).not.toBe('');
      expect(typeof lookup(nl, f.messageKey), `nl ${f.messageKey}`).toBe('string');
      expect(typeof lookup(en, f.messageKey), `en ${f.messageKey}`).toBe('string');
    }
  });
});

describe('findings engine', () => {
  it('puts blocking findings first, then warnings, then tips', () => {
    const findings = checkPreconditions(planWith(emptyProfile()), { today: TODAY, referenceLists: [] });
    const ranks = findings.map((f) => ['blocking', 'warning', 'tip'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(isReady(findings)).toBe(false);
  });

  it('is ready when nothing blocks, even with warnings', () => {
    const plan = planWith(buildProfile({ contact: { email: '' } }));
    const findings = checkPreconditions(plan, { today: TODAY, referenceLists: [] });
    // The funding step's tip about estimated keys stays; tips never block.
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'tip']);
    expect(isReady(findings)).toBe(true);
  });

  it('shows the profile as to do on a fresh plan, blocked once it has a name, and done when complete', () => {
    const state = (profile: Profile) => {
      const plan = planWith(profile);
      return stepStatuses(plan, checkPreconditions(plan, { today: TODAY, referenceLists: [] })).find((s) => s.step === 'profile')?.state;
    };
    expect(state(emptyProfile())).toBe('todo');
    expect(state(buildProfile({ institutionNumber: '' }))).toBe('blocked');
    expect(state(buildProfile({ contact: { email: '' } }))).toBe('attention');
    expect(state(buildProfile())).toBe('done');
  });

  it('marks the check as blocked and the export as to do while anything blocks; every step has its screen', () => {
    const plan = planWith(buildProfile({ schoolName: '' }));
    const steps = stepStatuses(plan, checkPreconditions(plan, { today: TODAY, referenceLists: [] }));
    expect(steps.find((s) => s.step === 'export')?.state).toBe('todo');
    expect(steps.filter((s) => s.state === 'later')).toEqual([]);
    expect(steps.find((s) => s.step === 'check')?.state).toBe('blocked');
    expect(steps.find((s) => s.step === 'profile')).toMatchObject({ blocking: 1, warnings: 0, tips: 0 });
  });
});
