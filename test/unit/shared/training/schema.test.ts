// Training calculations and schema: an area's mean level, the weakest areas, the share of teachers reached, and the totals of activities.
import { describe, expect, it } from 'vitest';
import { exampleActivities, exampleTraining } from '../../../../shared/example/policy-plan.ts';
import {
  ActivitySchema,
  activityYear,
  areaLevel,
  emptyTraining,
  newActivity,
  participationRate,
  trainingTotals,
  weakestAreas,
  type Activity,
  type TrainingSettings,
} from '../../../../shared/training/schema.ts';

const activity = (overrides: Partial<Activity>): Activity => ({
  ...newActivity('x', { title: 'Vorming' }, '2026-01-10'),
  ...overrides,
});

describe('areaLevel', () => {
  it('is the staff-weighted mean on a 1 (A1) to 6 (C2) scale', () => {
    expect(areaLevel([0, 0, 0, 0, 0, 4])).toBe(6);
    expect(areaLevel([1, 0, 0, 0, 0, 1])).toBe(3.5);
    expect(areaLevel([2, 2, 0, 0, 0, 0])).toBe(1.5);
  });

  it('is null without counts or without staff', () => {
    expect(areaLevel(undefined)).toBeNull();
    expect(areaLevel([0, 0, 0, 0, 0, 0])).toBeNull();
  });
});

describe('weakestAreas', () => {
  it('gives the areas with the lowest mean first', () => {
    expect(weakestAreas(exampleTraining, '2025-2026')).toEqual(['assessment', 'learner-competence']);
    expect(weakestAreas(exampleTraining, '2026-2027', 1)).toEqual(['assessment']);
  });

  it('breaks ties in the order of the framework and skips areas without counts', () => {
    const training: TrainingSettings = {
      ...emptyTraining(),
      digcomp: {
        '2024-2025': {
          'learner-competence': [1, 0, 0, 0, 0, 0],
          'digital-resources': [1, 0, 0, 0, 0, 0],
          assessment: [0, 0, 0, 0, 0, 0],
          'teaching-learning': [0, 0, 0, 0, 0, 3],
        },
      },
    };
    expect(weakestAreas(training, '2024-2025', 6)).toEqual(['digital-resources', 'learner-competence', 'teaching-learning']);
  });

  it('is empty for a year without a profile', () => {
    expect(weakestAreas(exampleTraining, '2024-2025')).toEqual([]);
  });
});

describe('participationRate', () => {
  it('is the share of teaching staff reached', () => {
    expect(participationRate(exampleTraining, '2025-2026', 86)).toBeCloseTo(58 / 86);
  });

  it('is null when the year is not filled in or there is no teaching staff', () => {
    expect(participationRate(exampleTraining, '2026-2027', 86)).toBeNull();
    expect(participationRate(exampleTraining, '2025-2026', 0)).toBeNull();
  });

  it('reports zero reached as zero, not as unknown', () => {
    expect(participationRate({ ...emptyTraining(), teachersReached: { '2027-2028': 0 } }, '2027-2028', 40)).toBe(0);
  });
});

describe('trainingTotals', () => {
  it('adds up activities, participant hours, cost and keurmerk over all years', () => {
    const totals = trainingTotals(exampleActivities);
    expect(totals.activities).toBe(7);
    const hours = exampleActivities.reduce((sum, a) => sum + (a.minutes * a.participants) / 60, 0);
    expect(totals.participantHours).toBeCloseTo(hours);
    expect(totals.costCents).toBe(250_000 + 162_000 + 0 + 60_000 + 80_000 + 198_000 + 35_000);
    expect(totals.keurmerk).toBe(2);
  });

  it('counts an activity in the school year it starts in', () => {
    const activities = [
      activity({ id: 'a', startDate: '2026-08-31', endDate: '2026-09-02', minutes: 90, participants: 10, costCents: 100 }),
      activity({ id: 'b', startDate: '2026-09-01', endDate: '2026-09-01', minutes: 30, participants: 4, costCents: 250, keurmerk: true }),
    ];
    expect(activityYear(activities[0]!)).toBe('2025-2026');
    expect(trainingTotals(activities, '2025-2026')).toEqual({ activities: 1, participantHours: 15, costCents: 100, keurmerk: 0 });
    expect(trainingTotals(activities, '2026-2027')).toEqual({ activities: 1, participantHours: 2, costCents: 250, keurmerk: 1 });
    expect(trainingTotals(activities, '2027-2028')).toEqual({ activities: 0, participantHours: 0, costCents: 0, keurmerk: 0 });
  });
});

describe('activity schema', () => {
  it('accepts the example activities', () => {
    for (const a of exampleActivities) expect(ActivitySchema.parse(a)).toEqual(a);
  });

  it('refuses an end before the start, pointing at the end date', () => {
    const parsed = ActivitySchema.safeParse(activity({ startDate: '2026-03-10', endDate: '2026-03-09' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endDate', 'validation.endBeforeStart']]);
  });

  it('refuses impossible dates, fractional cents and unknown areas', () => {
    expect(ActivitySchema.safeParse(activity({ startDate: '2026-02-30', endDate: '2026-03-01' })).success).toBe(false);
    expect(ActivitySchema.safeParse(activity({ costCents: 10.5 })).success).toBe(false);
    expect(ActivitySchema.safeParse({ ...activity({}), areas: ['coding'] }).success).toBe(false);
  });

  it('starts a new activity today, ending the day it starts', () => {
    expect(newActivity('n', { title: 'X', startDate: '2026-05-04' }, '2026-01-10')).toMatchObject({
      startDate: '2026-05-04',
      endDate: '2026-05-04',
      theme: 'didactics',
      status: 'planned',
    });
  });
});
