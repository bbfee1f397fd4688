// The Digiplan term: three school years, each running 1 September to 31 August.

export const schoolYears = ['2025-2026', '2026-2027', '2027-2028'] as const;
export type SchoolYear = (typeof schoolYears)[number];

export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 9 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}
