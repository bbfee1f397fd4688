// The Digiplan term: three school years, each running 1 September to 31 August.

export const schoolYears = ['2025-2026', '2026-2027', '2027-2028'] as const;
export type SchoolYear = (typeof schoolYears)[number];

export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 9 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}

/** The school year of the term a date belongs to: its own when it lies in the term, else the nearest. */
export function termYearOf(isoDate: string): SchoolYear {
  const year = schoolYearOf(isoDate);
  if ((schoolYears as readonly string[]).includes(year)) return year as SchoolYear;
  return year < schoolYears[0] ? schoolYears[0] : schoolYears[schoolYears.length - 1]!;
}
