// The funding step's recompute: the example plan with a spending plan of 300 lines over
// the four themes and three school years (many linked to goals and procurements), its
// totals per theme and year and the funding findings, as the screen recomputes them on
// every edit. One whole recompute per sample.
import { exampleFunding } from '../../../shared/example/funding.ts';
import { exampleContent } from '../../../shared/example/voorbeeldschool.ts';
import { fundingFindings } from '../../../shared/funding/rules.ts';
import { purposes, themes, type SpendingLine } from '../../../shared/funding/schema.ts';
import { fundingTotals } from '../../../shared/funding/totals.ts';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../../shared/plan/schema.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import { timeMs, type Scenario } from '../scenario.ts';

const LINES = 300;

function largePlan(): Plan {
  const content = exampleContent();
  const spending: SpendingLine[] = Array.from({ length: LINES }, (_, i) => {
    const theme = themes[i % themes.length]!;
    return {
      id: `spend-${i}`,
      theme,
      schoolYear: schoolYears[i % schoolYears.length]!,
      description: `Besteding ${i + 1}`,
      purpose: theme === '1' ? 'staff-tools' : purposes[(i * 7) % purposes.length]!,
      deviceClass: i % 3 === 0 ? 'laptop' : null,
      plannedCents: 10_000 + ((i * 7_919) % 500_000),
      spentCents: i % 2 === 0 ? (i * 3_571) % 200_000 : 0,
      link: i % 5 === 0 ? { kind: 'procurement', id: content.procurements[i % content.procurements.length]!.id } : i % 5 === 1 ? { kind: 'goal', id: 'goal-backup' } : null,
    };
  });
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Bench',
    isExample: false,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    term: [...schoolYears],
    ...content,
    funding: { ...exampleFunding(), spending },
    fleet: [],
  };
}

export const fundingRecompute: Scenario = {
  name: 'funding: totals and findings of the example plan with 300 spending lines',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 5 },
  p99: true,
  async run() {
    const plan = largePlan();
    const WARMUP = 50;
    const SAMPLES = 500;
    const samples: number[] = [];
    let checksum = 0;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const elapsed = await timeMs(() => {
        const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
        checksum += totals.plannedCents + fundingFindings(plan, totals).length;
      });
      if (i >= WARMUP) samples.push(elapsed);
    }
    return {
      samples,
      notes: [`timed: fundingTotals() and fundingFindings() over ${LINES} spending lines per sample; ${WARMUP} warm-up runs left out`],
      details: { spendingLines: LINES, checksum },
    };
  },
};
