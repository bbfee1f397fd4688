// What each theme brings the school and what the spending plan does with it, in cents.
// Allocation for the term = units × amount per unit. Per school year it is a third of the
// term: each year gets the whole-cent third, and the one or two cents left over go to the
// earliest years, one each, so the three years always add up to the term exactly.
import { schoolYears, type SchoolYear } from '../plan/term.ts';
import { gradesByLevel, type GradeKey, type Profile } from '../profile/schema.ts';
import { themes, type FundingParameters, type SpendingLine, type Theme } from './schema.ts';

export type YearCents = Record<SchoolYear, number>;

export interface ThemeTotals {
  theme: Theme;
  /** Staff members or pupils the theme counts, from the profile. */
  units: number;
  allocation: { termCents: number; years: YearCents };
  planned: { termCents: number; years: YearCents };
  spent: { termCents: number; years: YearCents };
}

export interface FundingTotals {
  themes: Record<Theme, ThemeTotals>;
  allocationCents: number;
  plannedCents: number;
  spentCents: number;
}

const primaryGrades: readonly GradeKey[] = gradesByLevel.basis;
const secondaryGrades: readonly GradeKey[] = gradesByLevel.secundair;
const specialPrimary: readonly GradeKey[] = ['bubao'];
const specialSecondary: readonly GradeKey[] = ['buso-ov1', 'buso-ov2', 'buso-ov3', 'buso-ov4'];

/** Primary education (theme 2): mainstream primary, and special primary when the school has it. */
export function offersPrimary(profile: Pick<Profile, 'levels'>): boolean {
  return profile.levels.includes('basis') || profile.levels.includes('buitengewoon');
}

/** Secondary education (themes 3 and 3b): mainstream secondary, and special secondary. */
export function offersSecondary(profile: Pick<Profile, 'levels'>): boolean {
  return profile.levels.includes('secundair') || profile.levels.includes('buitengewoon');
}

const sumOf = (profile: Profile, grades: readonly GradeKey[]) => grades.reduce((sum, grade) => sum + (profile.pupils[grade] ?? 0), 0);

/** What each theme counts, for the levels the school has only. */
export function unitsOf(profile: Profile): Record<Theme, number> {
  const basis = profile.levels.includes('basis');
  const secundair = profile.levels.includes('secundair');
  const special = profile.levels.includes('buitengewoon');
  return {
    '1': profile.staff.teaching,
    '2': (basis ? sumOf(profile, primaryGrades) : 0) + (special ? sumOf(profile, specialPrimary) : 0),
    '3': (secundair ? sumOf(profile, secondaryGrades) : 0) + (special ? sumOf(profile, specialSecondary) : 0),
    '3b': secundair ? profile.digitallyIntensiveProgrammes.reduce((sum, programme) => sum + programme.pupils, 0) : 0,
  };
}

/** A term amount over its three school years, cents exact (see the rule at the top). */
export function splitOverYears(termCents: number): YearCents {
  const third = Math.floor(termCents / 3);
  const left = termCents - third * 3;
  return {
    '2025-2026': third + (left >= 1 ? 1 : 0),
    '2026-2027': third + (left >= 2 ? 1 : 0),
    '2027-2028': third,
  };
}

const zeroYears = (): YearCents => ({ '2025-2026': 0, '2026-2027': 0, '2027-2028': 0 });

export function fundingTotals(parameters: FundingParameters, profile: Profile, spending: readonly SpendingLine[]): FundingTotals {
  const units = unitsOf(profile);
  const perTheme = {} as Record<Theme, ThemeTotals>;
  for (const theme of themes) {
    const termCents = units[theme] * parameters[theme].centsPerUnit;
    perTheme[theme] = {
      theme,
      units: units[theme],
      allocation: { termCents, years: splitOverYears(termCents) },
      planned: { termCents: 0, years: zeroYears() },
      spent: { termCents: 0, years: zeroYears() },
    };
  }
  for (const line of spending) {
    const totals = perTheme[line.theme];
    totals.planned.termCents += line.plannedCents;
    totals.planned.years[line.schoolYear] += line.plannedCents;
    totals.spent.termCents += line.spentCents;
    totals.spent.years[line.schoolYear] += line.spentCents;
  }
  const sum = (pick: (t: ThemeTotals) => number) => themes.reduce((total, theme) => total + pick(perTheme[theme]), 0);
  return {
    themes: perTheme,
    allocationCents: sum((t) => t.allocation.termCents),
    plannedCents: sum((t) => t.planned.termCents),
    spentCents: sum((t) => t.spent.termCents),
  };
}

/** Themes whose money may pay for pupils' devices: the replacement calendar counts on them. */
export const deviceThemes: readonly Theme[] = ['2', '3', '3b'];

/**
 * Money for pupils' devices per school year: the allocation of themes 2, 3 and 3b. A
 * year with nothing allocated is left out, so the calendar shows "unknown", not zero.
 */
export function deviceFundingPerYear(parameters: FundingParameters, profile: Profile): Partial<YearCents> {
  const units = unitsOf(profile);
  const out: Partial<YearCents> = {};
  for (const year of schoolYears) {
    const cents = deviceThemes.reduce((sum, theme) => sum + splitOverYears(units[theme] * parameters[theme].centsPerUnit)[year], 0);
    if (cents > 0) out[year] = cents;
  }
  return out;
}
