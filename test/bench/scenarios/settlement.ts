// The fee settlement of a school group: 40 schools, each with 20 fee lines and 10
// correction rules, settled over the whole term with their example families worked out,
// as a group roll-up would. One whole group per sample.
import { exampleFees, exampleLoanService } from '../../../shared/example/fees.ts';
import { familyBill, settle } from '../../../shared/fees/settlement.ts';
import type { Correction, Fees, FeeLine } from '../../../shared/fees/schema.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import { gradesByLevel } from '../../../shared/profile/schema.ts';
import { timeMs, type Scenario } from '../scenario.ts';

const SCHOOLS = 40;
const LINES = 20;
const CORRECTIONS = 10;
const grades = gradesByLevel.secundair;

function school(index: number): { fees: Fees; users: Record<string, number>; pupils: Record<string, number> } {
  const base = exampleFees();
  const kinds: FeeLine['kind'][] = ['rent', 'rent', 'deposit', 'insurance', 'repair-contribution'];
  const lines: FeeLine[] = Array.from({ length: LINES }, (_, i) => ({
    ...base.lines[0]!,
    id: `fee-${i}`,
    label: `Bijdrage ${i + 1}`,
    kind: kinds[i % kinds.length]!,
    grades: [grades[i % grades.length]!, grades[(i + 3) % grades.length]!],
    amountCents: 1_000 + ((index * 37 + i * 211) % 9_000),
    period: i % 4 === 0 ? 'month' : 'school-year',
  }));
  const template = base.corrections;
  const corrections: Correction[] = Array.from({ length: CORRECTIONS }, (_, i) => ({
    ...template[i % template.length]!,
    id: `corr-${i}`,
    expected: 5 + ((index + i * 7) % 40),
  }));
  const users = Object.fromEntries(grades.map((grade, i) => [grade, 40 + ((index * 13 + i * 29) % 120)]));
  const pupils = Object.fromEntries(grades.map((grade) => [grade, users[grade]! + 10]));
  return { fees: { ...base, lines, corrections }, users, pupils };
}

export const settlementGroup: Scenario = {
  name: 'settlement: school group of 40 schools (20 fee lines, 10 corrections each)',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 10 },
  p99: true,
  async run() {
    const group = Array.from({ length: SCHOOLS }, (_, i) => school(i));
    const loanUsers = (users: Record<string, number>) => ({ ...exampleLoanService(), users });
    const WARMUP = 20;
    const SAMPLES = 200;
    const samples: number[] = [];
    let checksum = 0;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const elapsed = await timeMs(() => {
        for (const { fees, users, pupils } of group) {
          checksum += settle(fees, loanUsers(users), pupils, schoolYears).term.revenue;
          for (const family of fees.exampleFamilies) checksum += familyBill(fees, family, schoolYears[0]).total;
        }
      });
      if (i >= WARMUP) samples.push(elapsed);
    }
    return {
      samples,
      notes: [
        `timed: settle() over ${schoolYears.length} school years plus the ${exampleFees().exampleFamilies.length} example families' bills, for all ${SCHOOLS} schools, per sample; ${WARMUP} warm-up runs left out`,
      ],
      details: { schools: SCHOOLS, feeLinesPerSchool: LINES, correctionsPerSchool: CORRECTIONS, checksum },
    };
  },
};
