// The controle view: each Digiplan precondition gathers the findings of its steps, is ready exactly when none of them blocks, and lists the evidence the plan holds; a property test over random findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/findings/finding.ts';
import { checkPreconditions } from '../../../../shared/findings/engine.ts';
import { preconditionSteps, preconditionViews } from '../../../../shared/findings/preconditions.ts';
import { stepIds } from '../../../../shared/plan/steps.ts';
import { buildPlan, TODAY } from '../../../builders/plan.ts';

const finding = (step: Finding['step'], severity: Finding['severity']): Finding => ({
  ruleId: `test.${step}.${severity}`,
  severity,
  step,
  messageKey: 'findings.test',
  source: { id: 'digiplan.B1', ref: 'test', quote: 'test' },
});

describe('preconditionViews', () => {
  it('puts every step but the check and the export under exactly one precondition', () => {
    const covered = Object.values(preconditionSteps).flat();
    expect([...covered].sort()).toEqual(stepIds.filter((step) => step !== 'check' && step !== 'export').sort());
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('is ready exactly when none of its own findings blocks, whatever the others say', () => {
    const plan = buildPlan();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...stepIds), fc.constantFrom<Finding['severity']>('blocking', 'warning', 'tip')), { maxLength: 20 }), (pairs) => {
        const findings = pairs.map(([step, severity]) => finding(step, severity));
        for (const view of preconditionViews(plan, findings, TODAY, [])) {
          const own = findings.filter((f) => view.steps.includes(f.step));
          expect(view.findings).toEqual(own);
          expect(view.blocking).toBe(own.filter((f) => f.severity === 'blocking').length);
          expect(view.ready).toBe(!own.some((f) => f.severity === 'blocking'));
        }
        // The plan is ready exactly when every precondition is.
        const views = preconditionViews(plan, findings.filter((f) => f.step !== 'check' && f.step !== 'export'), TODAY, []);
        expect(views.every((view) => view.ready)).toBe(!findings.some((f) => f.severity === 'blocking' && f.step !== 'check' && f.step !== 'export'));
      }),
      { numRuns: 200 },
    );
  });

  it('shows the example plan ready on all four, with its evidence present', () => {
    const plan = buildPlan();
    const views = preconditionViews(plan, checkPreconditions(plan, { today: TODAY, referenceLists: [] }), TODAY, []);
    expect(views.map((view) => [view.id, view.ready])).toEqual([
      ['B1', true],
      ['B2', true],
      ['B3', true],
      ['funding', true],
    ]);
    const b1 = views[0]!.evidence;
    expect(b1.find((item) => item.key === 'sections')).toEqual({ key: 'sections', present: true, params: { written: 10, total: 10 } });
    const b3 = views[2]!.evidence.map((item) => item.key);
    expect(b3).toEqual(['fleet', 'tco', 'procurement', 'referenceExample', 'fees', 'decision']);
  });

  it('names what is missing on an empty plan', () => {
    const plan = buildPlan({ goals: [], activities: [], tcos: [], procurements: [], decisions: [] });
    const views = preconditionViews(plan, [], TODAY, []);
    const missing = views.flatMap((view) => view.evidence.filter((item) => !item.present).map((item) => item.key));
    expect(missing).toEqual(expect.arrayContaining(['goals', 'activities', 'tco', 'procurement', 'referenceExample', 'noDecision']));
  });
});
