// Goal helpers: when a goal is measurable, the yearly evaluation summary with progress, and when a school year is over.
import { describe, expect, it } from 'vitest';
import { exampleGoals } from '../../../../shared/example/policy-plan.ts';
import {
  evaluationSummary,
  GoalSchema,
  isFinished,
  isMeasurable,
  newGoal,
  type Goal,
} from '../../../../shared/policy/goals.ts';

const goal = (overrides: Partial<Goal> = {}): Goal => ({
  ...newGoal('g1', { sectionId: 'vision', title: 'Visie gedragen door het team' }),
  indicator: 'Aandeel leraren dat de visie kent',
  baseline: 40,
  targets: { '2025-2026': 60, '2026-2027': 80 },
  ...overrides,
});

describe('isMeasurable', () => {
  it('needs an indicator and a target for at least one year', () => {
    expect(isMeasurable(goal())).toBe(true);
    expect(isMeasurable(goal({ targets: { '2027-2028': 0 } }))).toBe(true);
  });

  it('is false without an indicator (blank counts as none) or without any target', () => {
    expect(isMeasurable(goal({ indicator: '' }))).toBe(false);
    expect(isMeasurable(goal({ indicator: '  \t' }))).toBe(false);
    expect(isMeasurable(goal({ targets: {} }))).toBe(false);
  });

  it('starts a new goal as not measurable, with safe defaults', () => {
    const created = newGoal('g9', { sectionId: 'access', title: 'Uitleendienst' });
    expect(GoalSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({ indicator: '', unit: 'percent', baseline: null, owner: 'ict-coordinator', actions: [] });
    expect(isMeasurable(created)).toBe(false);
  });
});

describe('evaluationSummary', () => {
  it('counts the goals per status with the unrated ones apart', () => {
    const summary = evaluationSummary(exampleGoals, '2025-2026');
    expect(summary.year).toBe('2025-2026');
    expect(summary.goals).toBe(7);
    expect(summary.byStatus).toEqual({ achieved: 5, 'on-track': 1, behind: 1, 'not-started': 0, dropped: 0, unrated: 0 });
    const next = evaluationSummary(exampleGoals, '2026-2027');
    expect(next.byStatus.unrated).toBe(7);
    expect(next.rows.every((row) => row.status === null && row.measured === null)).toBe(true);
  });

  it('gives the share of the way from baseline to target, also for a target below the baseline', () => {
    const rows = evaluationSummary(
      [
        goal({ evaluations: { '2025-2026': { measured: 50, status: 'on-track', note: '' } } }),
        goal({ id: 'down', baseline: 18, targets: { '2025-2026': 10 }, evaluations: { '2025-2026': { measured: 9, status: 'achieved', note: '' } } }),
      ],
      '2025-2026',
    ).rows;
    expect(rows[0]).toMatchObject({ goalId: 'g1', baseline: 40, target: 60, measured: 50, status: 'on-track', progress: 0.5 });
    expect(rows[1]!.progress).toBeCloseTo(1.125);
  });

  it('leaves progress unknown without a baseline, a target, a measurement, or when target equals baseline', () => {
    const measured = { '2025-2026': { measured: 70, status: 'achieved' as const, note: '' } };
    const progress = (g: Goal) => evaluationSummary([g], '2025-2026').rows[0]!.progress;
    expect(progress(goal({ baseline: null, evaluations: measured }))).toBeNull();
    expect(progress(goal({ targets: {}, evaluations: measured }))).toBeNull();
    expect(progress(goal({ evaluations: { '2025-2026': { measured: null, status: 'behind', note: '' } } }))).toBeNull();
    expect(progress(goal({ baseline: 60, evaluations: measured }))).toBeNull();
  });

  it('is empty for a plan without goals', () => {
    const summary = evaluationSummary([], '2025-2026');
    expect(summary.goals).toBe(0);
    expect(summary.rows).toEqual([]);
    expect(Object.values(summary.byStatus).every((n) => n === 0)).toBe(true);
  });
});

describe('isFinished', () => {
  it('ends a school year on 1 September of its second calendar year', () => {
    expect(isFinished('2025-2026', '2026-08-31')).toBe(false);
    expect(isFinished('2025-2026', '2026-09-01')).toBe(true);
    expect(isFinished('2025-2026', '2026-09-01T00:00:00.000Z')).toBe(true);
    expect(isFinished('2026-2027', '2026-11-23')).toBe(false);
    expect(isFinished('2027-2028', '2031-01-01')).toBe(true);
  });
});

describe('goal schema', () => {
  it('accepts measures with at most two decimals and refuses more', () => {
    expect(GoalSchema.safeParse(goal({ baseline: 72.5 })).success).toBe(true);
    expect(GoalSchema.safeParse(goal({ baseline: 72.55 })).success).toBe(true);
    expect(GoalSchema.safeParse(goal({ baseline: 72.555 })).success).toBe(false);
    expect(GoalSchema.safeParse(goal({ baseline: Number.NaN })).success).toBe(false);
  });
});
