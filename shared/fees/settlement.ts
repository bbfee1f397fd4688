// The fee settlement: what each fee line brings in, what the social corrections cost the
// school, and what a family really pays. Integer cents throughout.
//
// The rules, written down once:
// 1. A monthly fee counts `monthsPerSchoolYear` times in a school year.
// 2. Reductions never stack: each child gets the single most favourable reduction of its
//    groups (schooltoeslag, kansenpas, solidarity fund, case by case) or of its place among
//    its siblings. Siblings are ranked by what they pay, dearest first.
// 3. A reduction is rounded once per child and fee line, half away from zero.
// 4. A deposit waiver sets the deposit to zero for the child's groups that waive it.
// 5. The family cap limits the recurring fees after reductions; deposits are not capped.
// 6. Payment moments split a total by their shares; the last moment takes the remainder,
//    so the instalments always add up to the total.
// 7. In the school-wide settlement each group's expected pupils are spread over the grades
//    in proportion to their users (largest remainder, so the counts add up); a pupil meets
//    every line of its grade; groups are taken as not overlapping; the family cap is a line
//    of its own, estimated from the average recurring fee per child.
import { roundDiv } from '../money.ts';
import type { GradeKey } from '../profile/schema.ts';
import type { SchoolYear } from '../plan/term.ts';
import { groupKinds, recurringKinds, type Correction, type Family, type FeeLine, type Fees, type LoanService } from './schema.ts';

export function annualCents(line: FeeLine, fees: Pick<Fees, 'monthsPerSchoolYear'>): number {
  return line.period === 'month' ? line.amountCents * fees.monthsPerSchoolYear : line.amountCents;
}

export function isRecurring(line: FeeLine): boolean {
  return recurringKinds.includes(line.kind);
}

function reductionOf(amount: number, basisPoints: number): number {
  return roundDiv(amount * basisPoints, 10_000);
}

// ---------------------------------------------------------------------------------------
// One family

export interface ChildLine {
  lineId: string;
  label: string;
  kind: FeeLine['kind'];
  gross: number;
  reduction: number;
  /** The correction behind the reduction, if any. */
  correctionId: string | null;
  net: number;
}

export interface FamilyBill {
  children: { grade: GradeKey; lines: ChildLine[]; recurring: number; deposits: number }[];
  recurringGross: number;
  reductions: number;
  capReduction: number;
  recurringNet: number;
  deposits: number;
  /** What the family pays in the school year: recurring fees after corrections, plus deposits. */
  total: number;
  instalments: { momentId: string; label: string; cents: number }[];
}

/** Lines that apply to a child of this grade in this school year (loan-service users). */
function linesFor(fees: Fees, grade: GradeKey, year: SchoolYear): FeeLine[] {
  return fees.lines.filter((line) => line.years.includes(year) && line.grades.includes(grade));
}

export function familyBill(fees: Fees, family: Pick<Family, 'children'>, year: SchoolYear): FamilyBill {
  const groupRules = fees.corrections.filter((rule) => groupKinds.includes(rule.kind));
  const sibling = fees.corrections.find((rule) => rule.kind === 'sibling');
  const cap = fees.corrections
    .filter((rule) => rule.kind === 'family-cap')
    .reduce<number | null>((lowest, rule) => (lowest === null ? rule.capCents : Math.min(lowest, rule.capCents)), null);

  const recurringOf = (grade: GradeKey) =>
    linesFor(fees, grade, year)
      .filter(isRecurring)
      .reduce((sum, line) => sum + annualCents(line, fees), 0);
  // Siblings are ranked by what they pay before corrections, dearest first; ties keep order.
  const ranked = family.children
    .map((child, index) => ({ child, index, recurring: recurringOf(child.grade) }))
    .sort((a, b) => b.recurring - a.recurring || a.index - b.index);
  const rank = new Map(ranked.map((entry, position) => [entry.index, position]));

  const children = family.children.map((child, index) => {
    const position = rank.get(index) ?? 0;
    const childGroups = groupRules.filter((rule) => child.groups.includes(rule.kind as Family['children'][number]['groups'][number]));
    const waiver = fees.corrections.some(
      // A deposit-waiver rule is nothing but the waiver, as in the school settlement below.
      (rule) => (rule.waivesDeposit || rule.kind === 'deposit-waiver') && (rule.kind === 'deposit-waiver' ? child.groups.length > 0 : childGroups.includes(rule)),
    );
    const lines = linesFor(fees, child.grade, year).map((line): ChildLine => {
      const gross = annualCents(line, fees);
      if (!isRecurring(line)) {
        const reduction = waiver ? gross : 0;
        return { lineId: line.id, label: line.label, kind: line.kind, gross, reduction, correctionId: waiver ? 'deposit-waiver' : null, net: gross - reduction };
      }
      const candidates: { id: string; basisPoints: number }[] = childGroups.map((rule) => ({ id: rule.id, basisPoints: rule.reductionBasisPoints }));
      if (sibling && position >= 1) {
        candidates.push({ id: sibling.id, basisPoints: position >= 2 ? Math.max(sibling.reductionBasisPoints, sibling.thirdChildBasisPoints) : sibling.reductionBasisPoints });
      }
      const best = candidates.reduce<{ id: string; basisPoints: number } | null>(
        (top, candidate) => (top === null || candidate.basisPoints > top.basisPoints ? candidate : top),
        null,
      );
      const reduction = best ? reductionOf(gross, best.basisPoints) : 0;
      return { lineId: line.id, label: line.label, kind: line.kind, gross, reduction, correctionId: best?.id ?? null, net: gross - reduction };
    });
    const recurring = lines.filter((line) => line.kind !== 'deposit').reduce((sum, line) => sum + line.net, 0);
    const deposits = lines.filter((line) => line.kind === 'deposit').reduce((sum, line) => sum + line.net, 0);
    return { grade: child.grade, lines, recurring, deposits };
  });

  const recurringGross = children.flatMap((c) => c.lines).filter((l) => l.kind !== 'deposit').reduce((sum, l) => sum + l.gross, 0);
  const reductions = children.flatMap((c) => c.lines).filter((l) => l.kind !== 'deposit').reduce((sum, l) => sum + l.reduction, 0);
  const afterReductions = recurringGross - reductions;
  const capReduction = cap !== null && afterReductions > cap ? afterReductions - cap : 0;
  const recurringNet = afterReductions - capReduction;
  const deposits = children.reduce((sum, child) => sum + child.deposits, 0);
  const total = recurringNet + deposits;
  return { children, recurringGross, reductions, capReduction, recurringNet, deposits, total, instalments: instalmentsOf(fees, total) };
}

export function instalmentsOf(fees: Pick<Fees, 'payment'>, total: number): FamilyBill['instalments'] {
  const moments = fees.payment.moments;
  let given = 0;
  return moments.map((moment, index) => {
    const cents = index === moments.length - 1 ? total - given : roundDiv(total * moment.shareBasisPoints, 10_000);
    given += cents;
    return { momentId: moment.id, label: moment.label, cents };
  });
}

// ---------------------------------------------------------------------------------------
// The whole school

export interface SettlementLine {
  lineId: string;
  label: string;
  kind: FeeLine['kind'];
  users: number;
  annualCents: number;
  gross: number;
  corrections: number;
  net: number;
}

export interface SettlementYear {
  year: SchoolYear;
  lines: SettlementLine[];
  /** The family cap as a line of its own: what it costs the school that year. */
  familyCap: number;
  recurringGross: number;
  recurringCorrections: number;
  /** Expected revenue from recurring fees after all corrections. */
  revenue: number;
  /** Deposits held (they are paid back): gross, waived, net. */
  depositsGross: number;
  depositsWaived: number;
  depositsHeld: number;
  /** What the corrections cost the school that year. */
  correctionsCost: number;
}

export interface Settlement {
  years: SettlementYear[];
  term: { recurringGross: number; correctionsCost: number; revenue: number; depositsHeld: number };
}

/** Pupils a line reaches: loan-service users of its grades, or all pupils when it (wrongly) applies to everyone. */
export function usersOf(line: FeeLine, loan: Pick<LoanService, 'users'>, pupils: Partial<Record<GradeKey, number>>): number {
  const source = line.appliesTo === 'loan-service' ? loan.users : pupils;
  return line.grades.reduce((sum, grade) => sum + (source[grade] ?? 0), 0);
}

/** Spreads `count` over `weights` in proportion, whole numbers that add up exactly (largest remainder). */
export function apportion(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || count === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (count * w) / total);
  const floors = exact.map(Math.floor);
  let left = count - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}

export function settle(
  fees: Fees,
  loan: Pick<LoanService, 'users'>,
  pupils: Partial<Record<GradeKey, number>>,
  years: readonly SchoolYear[],
): Settlement {
  const perYear = years.map((year) => settleYear(fees, loan, pupils, year));
  return {
    years: perYear,
    term: {
      recurringGross: perYear.reduce((sum, y) => sum + y.recurringGross, 0),
      correctionsCost: perYear.reduce((sum, y) => sum + y.correctionsCost, 0),
      revenue: perYear.reduce((sum, y) => sum + y.revenue, 0),
      depositsHeld: perYear.reduce((sum, y) => sum + y.depositsHeld, 0),
    },
  };
}

function settleYear(fees: Fees, loan: Pick<LoanService, 'users'>, pupils: Partial<Record<GradeKey, number>>, year: SchoolYear): SettlementYear {
  const active = fees.lines.filter((line) => line.years.includes(year));
  const users = active.map((line) => usersOf(line, loan, pupils));
  // Grades some line reaches, with their users: each rule's pupils are spread over them.
  const gradeUsers = new Map<GradeKey, number>();
  for (const line of active) {
    const source = line.appliesTo === 'loan-service' ? loan.users : pupils;
    for (const grade of line.grades) gradeUsers.set(grade, source[grade] ?? 0);
  }
  const grades = [...gradeUsers.keys()];
  const reach = fees.corrections
    .filter((rule) => groupKinds.includes(rule.kind) || rule.kind === 'sibling' || rule.kind === 'deposit-waiver')
    .map((rule) => {
      const counts = apportion(rule.expected, grades.map((grade) => gradeUsers.get(grade) ?? 0));
      return { rule, byGrade: new Map(grades.map((grade, index) => [grade, counts[index]!])) };
    });

  const lines = active.map((line, i): SettlementLine => {
    const annual = annualCents(line, fees);
    const lineUsers = users[i]!;
    const gross = annual * lineUsers;
    let corrections = 0;
    for (const { rule, byGrade } of reach) {
      const reached = Math.min(lineUsers, line.grades.reduce((sum, grade) => sum + (byGrade.get(grade) ?? 0), 0));
      if (reached === 0) continue;
      if (line.kind === 'deposit') {
        if (rule.waivesDeposit || rule.kind === 'deposit-waiver') corrections += annual * reached;
      } else if (rule.kind !== 'deposit-waiver') {
        corrections += reductionOf(annual, rule.reductionBasisPoints) * reached;
      }
    }
    corrections = Math.min(corrections, gross);
    return { lineId: line.id, label: line.label, kind: line.kind, users: lineUsers, annualCents: annual, gross, corrections, net: gross - corrections };
  });

  const recurring = lines.filter((line) => line.kind !== 'deposit');
  const recurringGross = recurring.reduce((sum, line) => sum + line.gross, 0);
  const recurringCorrections = recurring.reduce((sum, line) => sum + line.corrections, 0);
  const familyCap = capCost(fees, active, loan, pupils, recurringGross - recurringCorrections);
  const deposits = lines.filter((line) => line.kind === 'deposit');
  const depositsGross = deposits.reduce((sum, line) => sum + line.gross, 0);
  const depositsWaived = deposits.reduce((sum, line) => sum + line.corrections, 0);
  return {
    year,
    lines,
    familyCap,
    recurringGross,
    recurringCorrections,
    revenue: recurringGross - recurringCorrections - familyCap,
    depositsGross,
    depositsWaived,
    depositsHeld: depositsGross - depositsWaived,
    correctionsCost: recurringCorrections + familyCap,
  };
}

/** The cap's cost: capped families × what an average capped family would pay above the cap. */
function capCost(
  fees: Fees,
  active: FeeLine[],
  loan: Pick<LoanService, 'users'>,
  pupils: Partial<Record<GradeKey, number>>,
  recurringNet: number,
): number {
  const rule = fees.corrections.find((candidate): candidate is Correction => candidate.kind === 'family-cap');
  if (!rule || rule.expected === 0) return 0;
  // Children paying recurring fees, counted once per grade whatever the number of lines.
  const grades = new Map<GradeKey, number>();
  for (const line of active.filter(isRecurring)) {
    const source = line.appliesTo === 'loan-service' ? loan.users : pupils;
    for (const grade of line.grades) grades.set(grade, source[grade] ?? 0);
  }
  const children = [...grades.values()].reduce((a, b) => a + b, 0);
  if (children === 0) return 0;
  const perChild = roundDiv(recurringNet, children);
  const excess = Math.max(0, perChild * rule.averageChildren - rule.capCents);
  return Math.min(excess * rule.expected, recurringNet);
}
