// Professional-development rules: each passes on the complete example plan and fires, with its field, params, source and message, when only its condition breaks.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/findings/finding.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { trainingFindings } from '../../../../shared/training/rules.ts';
import { expectWellFormedFinding, messageOf } from '../../../builders/findings.ts';
import { buildPlan, TODAY } from '../../../builders/plan.ts';

const ruleIds = (plan: Plan, today = TODAY) => trainingFindings(plan, today).map((f) => f.ruleId);

function only(plan: Plan, ruleId: string, today = TODAY): Finding[] {
  const found = trainingFindings(plan, today);
  expect(found.map((f) => f.ruleId)).toEqual(found.map(() => ruleId));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) {
    expect(f.step).toBe('training');
    expectWellFormedFinding(f);
  }
  return found;
}

function withActivities(change: (activities: Plan['activities']) => Plan['activities']): Plan {
  const plan = buildPlan();
  return { ...plan, activities: change(plan.activities) };
}

describe('training rules', () => {
  it('find nothing in the complete example plan', () => {
    expect(trainingFindings(buildPlan(), TODAY)).toEqual([]);
  });

  describe('training.no-didactics-activity', () => {
    it('passes with one activity on digital didactics, even a finished one', () => {
      const plan = withActivities((all) => all.filter((a) => a.theme !== 'didactics' || a.id === 'act-studiedag'));
      expect(ruleIds(plan)).not.toContain('training.no-didactics-activity');
    });

    it('blocks a plan whose activities are all on other themes', () => {
      const plan = withActivities((all) => all.map((a) => (a.theme === 'didactics' ? { ...a, theme: 'other' as const } : a)));
      const found = trainingFindings(plan, TODAY).filter((f) => f.ruleId === 'training.no-didactics-activity');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'blocking', field: 'activities', source: { id: 'digiplan.B2' } });
      expectWellFormedFinding(found[0]!);
    });
  });

  describe('training.no-digcomp-profile', () => {
    it('passes with a profile in any assessment year', () => {
      const plan = buildPlan();
      plan.training = { ...plan.training, digcomp: { '2024-2025': plan.training.digcomp['2026-2027']! } };
      expect(ruleIds(plan)).not.toContain('training.no-digcomp-profile');
    });

    it('warns when no year holds a profile, also when a year is present but empty', () => {
      const plan = buildPlan();
      plan.training = { ...plan.training, digcomp: { '2026-2027': {} } };
      const [found] = only(plan, 'training.no-digcomp-profile');
      expect(found).toMatchObject({ severity: 'warning', field: 'digcomp', source: { id: 'digiplan.B2' } });
      expect(found!.params).toBeUndefined();
    });
  });

  describe('training.weakest-area-uncovered', () => {
    it('passes when an activity in this school year or later covers the weakest area', () => {
      expect(ruleIds(buildPlan())).toEqual([]);
    });

    it('gives a tip when only activities of past school years covered the weakest area', () => {
      const plan = withActivities((all) => all.filter((a) => a.id !== 'act-evaluatie'));
      expect(plan.activities.some((a) => a.areas.includes('assessment'))).toBe(true);
      const [found] = only(plan, 'training.weakest-area-uncovered');
      expect(found).toMatchObject({
        severity: 'tip',
        field: 'digcomp.assessment',
        params: { area: 'assessment' },
        source: { id: 'digiplan.B2' },
      });
      expect(messageOf(found!)).toBe('Het zwakste domein, „Evaluatie”, heeft nog geen geplande vorming.');
    });

    it('takes the weakest area from the latest profiled year', () => {
      const plan = buildPlan();
      const latest = { ...plan.training.digcomp['2026-2027']! };
      latest['digital-resources'] = [40, 40, 0, 0, 0, 0];
      plan.training = { ...plan.training, digcomp: { ...plan.training.digcomp, '2026-2027': latest } };
      const found = trainingFindings(plan, TODAY);
      expect(found.map((f) => [f.ruleId, f.field])).toEqual([['training.weakest-area-uncovered', 'digcomp.digital-resources']]);
    });
  });

  describe('training.no-data-literacy', () => {
    it('passes with one activity on data literacy', () => {
      expect(ruleIds(buildPlan())).not.toContain('training.no-data-literacy');
    });

    it('gives a tip without any data-literacy activity', () => {
      const [found] = only(
        withActivities((all) => all.filter((a) => a.theme !== 'data-literacy')),
        'training.no-data-literacy',
      );
      expect(found).toMatchObject({ severity: 'tip', field: 'activities', source: { id: 'digiplan.C2' } });
    });
  });

  describe('training.participation-below-threshold', () => {
    it('passes when the share reached is exactly at the threshold, and fires one teacher below it', () => {
      const plan = buildPlan();
      // 64 teachers in the test profile: 32 is exactly 50 %.
      plan.training = { ...plan.training, teachersReached: { '2025-2026': 32 }, participationThresholdPercent: 50 };
      expect(ruleIds(plan)).toEqual([]);
      plan.training = { ...plan.training, teachersReached: { '2025-2026': 31 } };
      expect(ruleIds(plan)).toEqual(['training.participation-below-threshold']);
    });

    it('gives a tip for a finished or current year below the threshold, with the rounded rate', () => {
      const plan = buildPlan();
      plan.training = { ...plan.training, teachersReached: { '2025-2026': 30, '2026-2027': 10, '2027-2028': 1 } };
      const found = only(plan, 'training.participation-below-threshold');
      expect(found.map((f) => [f.severity, f.field, f.params, f.source.id])).toEqual([
        ['tip', 'teachersReached.2025-2026', { year: '2025-2026', rate: 47, threshold: 60 }, 'digiplan.B2'],
        ['tip', 'teachersReached.2026-2027', { year: '2026-2027', rate: 16, threshold: 60 }, 'digiplan.B2'],
      ]);
      expect(messageOf(found[0]!)).toBe(
        'In 2025-2026 nam 47 % van de leraren deel aan vorming rond digitale didactiek, onder de drempel van 60 %.',
      );
    });

    it('follows the threshold the school set and stays quiet without teaching staff', () => {
      const plan = buildPlan();
      plan.training = { ...plan.training, teachersReached: { '2025-2026': 30 }, participationThresholdPercent: 40 };
      expect(ruleIds(plan)).toEqual([]);
      plan.training = { ...plan.training, participationThresholdPercent: 60 };
      plan.profile = { ...plan.profile, staff: { ...plan.profile.staff, teaching: 0 } };
      expect(ruleIds(plan)).toEqual([]);
    });
  });
});
