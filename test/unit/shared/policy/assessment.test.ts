// Self-assessment calculations: a statement's mean from counts, an area's score, and which areas score low.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  areaScore,
  AssessmentSchema,
  emptyAssessment,
  LOW_SCORE,
  lowAreas,
  previousAssessmentYear,
  statementMean,
  type Assessment,
} from '../../../../shared/policy/assessment.ts';
import { exampleAssessment } from '../../../../shared/example/policy-plan.ts';

describe('statementMean', () => {
  it('is null for a statement nobody answered', () => {
    expect(statementMean(undefined)).toBeNull();
    expect(statementMean([0, 0, 0, 0, 0])).toBeNull();
  });

  it('is the score itself for one coordinator answer', () => {
    expect(statementMean([0, 0, 0, 1, 0])).toBe(4);
    expect(statementMean([1, 0, 0, 0, 0])).toBe(1);
  });

  it('weighs each score by how many gave it', () => {
    // 2×1 + 1×3 + 1×5 = 10 over 4 answers
    expect(statementMean([2, 0, 1, 0, 1])).toBe(2.5);
    expect(statementMean([0, 3, 0, 0, 1])).toBe(2.75);
  });

  test.prop([fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50))], { numRuns: 200 })(
    'stays between 1 and 5 whenever someone answered',
    (counts) => {
      const mean = statementMean(counts);
      if (counts.every((n) => n === 0)) expect(mean).toBeNull();
      else {
        expect(mean).toBeGreaterThanOrEqual(1);
        expect(mean).toBeLessThanOrEqual(5);
      }
    },
  );
});

describe('areaScore', () => {
  const assessment: Assessment = {
    mode: 'team',
    years: {
      '2025-2026': {
        'workload.1': [0, 0, 0, 0, 2], // 5
        'workload.2': [0, 2, 0, 0, 0], // 2
        'workload.3': [0, 0, 0, 0, 0], // not answered
        'wellbeing.1': [1, 0, 0, 0, 0],
      },
    },
  };

  it('averages the answered statements of the area only', () => {
    expect(areaScore(assessment, '2025-2026', 'workload')).toBe(3.5);
    expect(areaScore(assessment, '2025-2026', 'wellbeing')).toBe(1);
  });

  it('is null for an area or a year without answers', () => {
    expect(areaScore(assessment, '2025-2026', 'vision')).toBeNull();
    expect(areaScore(assessment, '2026-2027', 'workload')).toBeNull();
    expect(areaScore(emptyAssessment(), '2024-2025', 'access')).toBeNull();
  });

  it('does not mix up areas whose names start alike', () => {
    // `access.1` must not count for an area called `acc...`; every area id is matched with its dot.
    const only = { mode: 'coordinator', years: { '2024-2025': { 'access.1': [0, 0, 0, 0, 1] } } } satisfies Assessment;
    expect(areaScore(only, '2024-2025', 'access')).toBe(5);
    expect(areaScore(only, '2024-2025', 'infrastructure')).toBeNull();
  });
});

describe('lowAreas', () => {
  it('lists the areas under 2,5 in the order of the framework (vision and didactics sit at 2,5 exactly)', () => {
    expect(lowAreas(exampleAssessment, '2024-2025')).toEqual(['cybersecurity', 'wellbeing', 'workload', 'sustainability', 'dataProtection']);
    expect(LOW_SCORE).toBe(2.5);
  });

  it('leaves out an area at exactly 2,5 and areas nobody scored', () => {
    const assessment: Assessment = {
      mode: 'team',
      years: { '2025-2026': { 'vision.1': [0, 1, 1, 0, 0], 'access.1': [1, 0, 0, 0, 0] } },
    };
    expect(lowAreas(assessment, '2025-2026')).toEqual(['access']);
    expect(lowAreas(assessment, '2026-2027')).toEqual([]);
  });
});

describe('assessment schema and years', () => {
  it('refuses an unknown statement and counts that are not five whole numbers', () => {
    expect(AssessmentSchema.safeParse(exampleAssessment).success).toBe(true);
    const bad = (answers: unknown) => AssessmentSchema.safeParse({ mode: 'team', years: { '2025-2026': answers } }).success;
    expect(bad({ 'vision.9': [0, 0, 0, 0, 1] })).toBe(false);
    expect(bad({ 'vision.1': [0, 0, 0, 1] })).toBe(false);
    expect(bad({ 'vision.1': [0, 0, 0, 1.5, 0] })).toBe(false);
    expect(bad({ 'vision.1': [0, 0, -1, 1, 0] })).toBe(false);
    expect(AssessmentSchema.safeParse({ mode: 'team', years: { '2030-2031': {} } }).success).toBe(false);
  });

  it('knows the year before each year, the baseline year having none', () => {
    expect(previousAssessmentYear('2024-2025')).toBeNull();
    expect(previousAssessmentYear('2026-2027')).toBe('2025-2026');
  });
});
