// Rules on the ICT policy plan (Digiplan §B.1, §C.4, §D): every section written, goals
// that can be measured, a cyber incident contact, and a yearly evaluation.
import { finding, type Finding } from '../findings/finding.ts';
import type { Plan } from '../plan/schema.ts';
import { schoolYears } from '../plan/term.ts';
import { isEmptyRichText } from '../richtext/schema.ts';
import { assessmentAreas, assessmentYears, lowAreas } from './assessment.ts';
import { isFinished, isMeasurable } from './goals.ts';
import { sectionDefinitions, sectionIds } from './sections.ts';

export function policyFindings(plan: Plan, today: string): Finding[] {
  const found: Finding[] = [];

  for (const id of sectionIds) {
    if (isEmptyRichText(plan.sections[id].text)) {
      found.push(
        finding(`policy.section-empty`, 'blocking', 'policy', sectionDefinitions[id].source, {
          field: `sections.${id}.text`,
          params: { section: id },
        }),
      );
    }
  }

  const incidentContact = plan.sections.cybersecurity.checklist.incidentContact;
  if (typeof incidentContact !== 'string' || incidentContact.trim() === '') {
    found.push(
      finding('policy.no-incident-contact', 'warning', 'policy', 'digiplan.C4.cyber', {
        field: 'sections.cybersecurity.checklist.incidentContact',
      }),
    );
  }

  if (plan.goals.length === 0) {
    found.push(finding('policy.no-goals', 'blocking', 'policy', 'digiplan.D', { field: 'goals' }));
  }
  for (const goal of plan.goals) {
    if (!isMeasurable(goal)) {
      found.push(
        finding('policy.goal-not-measurable', 'warning', 'policy', 'digiplan.D', {
          field: `goals.${goal.id}.indicator`,
          params: { title: goal.title },
        }),
      );
    }
  }

  for (const year of schoolYears) {
    if (isFinished(year, today) && plan.evaluations[year] === undefined) {
      found.push(
        finding('policy.evaluation-missing', 'warning', 'policy', 'digiplan.D', {
          field: `evaluations.${year}`,
          params: { year },
        }),
      );
    }
  }

  const assessed = [...assessmentYears].reverse().find((year) => Object.keys(plan.assessment.years[year] ?? {}).length > 0);
  if (assessed === undefined) {
    found.push(finding('policy.no-self-assessment', 'tip', 'policy', 'digiplan.D', { field: 'assessment' }));
  } else {
    for (const area of lowAreas(plan.assessment, assessed)) {
      const section = assessmentAreas.find((a) => a.id === area)!.section;
      if (!plan.goals.some((goal) => goal.sectionId === section)) {
        found.push(
          finding('policy.low-score-without-goal', 'tip', 'policy', 'digiplan.D', {
            field: `assessment.${area}`,
            params: { area, year: assessed },
          }),
        );
      }
    }
  }
  return found;
}
