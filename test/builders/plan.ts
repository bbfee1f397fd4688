// Builds whole plans for rule tests: the example school's complete policy and training
// plan on a complete profile, so no rule objects, with only what a test is about changed.
import { exampleContent } from '../../shared/example/voorbeeldschool.ts';
import { PLAN_SCHEMA_VERSION, type Plan, type PlanContent } from '../../shared/plan/schema.ts';
import { schoolYears } from '../../shared/plan/term.ts';
import { completeProfile } from './profile.ts';

/** The day rule tests run on: 2025-2026 is over, 2026-2027 is under way. */
export const TODAY = '2026-11-23';

export function buildPlan(overrides: Partial<PlanContent> & { fleet?: Plan['fleet'] } = {}): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Test',
    isExample: false,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    term: [...schoolYears],
    ...exampleContent(),
    profile: completeProfile(),
    fleet: [recentLaptops],
    ...overrides,
  };
}

/** A fleet no rule objects to: bought last year, well within its lifetime. */
export const recentLaptops: Plan['fleet'][number] = {
  type: 'laptop',
  startYear: '2025-2026',
  lifetimeYears: 5,
  status: 'in-use',
  contract: 'bought',
  use: 'loan-service',
  funding: 'own',
  quantity: 100,
  lines: 1,
  valueCents: 100 * 60_000,
};
