// Rules on professional development (Digiplan §B.2, §C.2): an activity on the didactic
// use of digital resources is an obligation tied to the money; the rest are pointers.
import { finding, type Finding } from '../findings/finding.ts';
import { assessmentYears } from '../policy/assessment.ts';
import { isFinished } from '../policy/goals.ts';
import type { Plan } from '../plan/schema.ts';
import { schoolYearOf, schoolYears } from '../plan/term.ts';
import { participationRate, weakestAreas } from './schema.ts';

export function trainingFindings(plan: Plan, today: string): Finding[] {
  const found: Finding[] = [];
  const { training, activities } = plan;

  if (!activities.some((activity) => activity.theme === 'didactics')) {
    found.push(finding('training.no-didactics-activity', 'blocking', 'training', 'digiplan.B2', { field: 'activities' }));
  }

  const profiled = [...assessmentYears].reverse().find((year) => Object.keys(training.digcomp[year] ?? {}).length > 0);
  if (profiled === undefined) {
    found.push(finding('training.no-digcomp-profile', 'warning', 'training', 'digiplan.B2', { field: 'digcomp' }));
  } else {
    const currentYear = schoolYearOf(today);
    for (const area of weakestAreas(training, profiled, 1)) {
      const covered = activities.some((a) => a.areas.includes(area) && schoolYearOf(a.startDate) >= currentYear);
      if (!covered) {
        found.push(
          finding('training.weakest-area-uncovered', 'tip', 'training', 'digiplan.B2', {
            field: `digcomp.${area}`,
            params: { area },
          }),
        );
      }
    }
  }

  if (!activities.some((activity) => activity.theme === 'data-literacy')) {
    found.push(finding('training.no-data-literacy', 'tip', 'training', 'digiplan.C2', { field: 'activities' }));
  }

  const threshold = training.participationThresholdPercent;
  for (const year of schoolYears) {
    if (!isFinished(year, today) && schoolYearOf(today) !== year) continue;
    const rate = participationRate(training, year, plan.profile.staff.teaching);
    if (rate !== null && rate * 100 < threshold) {
      found.push(
        finding('training.participation-below-threshold', 'tip', 'training', 'digiplan.B2', {
          field: `teachersReached.${year}`,
          params: { year, rate: Math.round(rate * 100), threshold },
        }),
      );
    }
  }
  return found;
}
