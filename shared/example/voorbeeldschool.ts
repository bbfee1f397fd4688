// The example plan every new installation starts with: a realistic Flemish secondary
// school, fictitious and marked as an example everywhere it appears. Later areas add
// their part of the example here.
import type { PlanContent } from '../plan/schema.ts';
import type { Profile } from '../profile/schema.ts';
import { richTextFrom } from '../richtext/schema.ts';
import {
  exampleActivities,
  exampleAssessment,
  exampleEvaluations,
  exampleGoals,
  exampleSections,
  exampleTraining,
} from './policy-plan.ts';
import { exampleDevicesSettings, exampleProcurements, exampleTcos } from './devices.ts';
import { exampleDecisions, exampleFees, exampleLoanService } from './fees.ts';
import { exampleFunding } from './funding.ts';

export const examplePlanName = 'Voorbeeldschool (voorbeeld)';

export const exampleProfile: Profile = {
  schoolName: 'Voorbeeldschool Campus Zuid',
  institutionNumber: '012345',
  address: { street: 'Schoolstraat 12', postalCode: '9000', municipality: 'Gent' },
  levels: ['secundair'],
  pupils: { s1: 142, s2: 138, s3: 126, s4: 119, s5: 104, s6: 98, s7: 21 },
  staff: { teaching: 86, other: 19 },
  digitallyIntensiveProgrammes: [
    { name: 'Informatica- en communicatiewetenschappen', pupils: 34 },
    { name: 'Grafische media', pupils: 27 },
  ],
  group: { kind: 'scholengemeenschap', name: 'Scholengemeenschap Voorbeeldregio' },
  contact: { name: 'An Peeters', role: 'ICT-coördinator', email: 'ict@voorbeeldschool.be', phone: '09 123 45 67' },
};

/** A fresh copy each time: callers may change what they get. */
export function exampleContent(): PlanContent {
  const content: PlanContent = {
    profile: exampleProfile,
    sections: exampleSections,
    assessment: exampleAssessment,
    goals: exampleGoals,
    evaluations: exampleEvaluations,
    training: exampleTraining,
    activities: exampleActivities,
    devices: exampleDevicesSettings(),
    tcos: exampleTcos(),
    procurements: exampleProcurements(),
    loan: exampleLoanService(),
    fees: exampleFees(),
    decisions: exampleDecisions(),
    funding: exampleFunding(),
  };
  return JSON.parse(JSON.stringify(content)) as PlanContent;
}

export interface ExampleVersion {
  id: string;
  label: string;
  createdAt: string;
  content: PlanContent;
}

/** Two frozen versions, so the version screen and its comparison have something real to show. */
export function exampleVersions(): ExampleVersion[] {
  const afterEvaluation = exampleContent();
  delete afterEvaluation.assessment.years['2026-2027'];
  delete afterEvaluation.training.digcomp['2026-2027'];
  afterEvaluation.activities = afterEvaluation.activities.filter((a) => a.startDate < '2026-09-01');

  const first = exampleContent();
  first.sections.vision.text = richTextFrom(
    'Voorbeeldschool zet digitale leermiddelen in waar ze leerwinst opleveren. Pen en papier blijven belangrijk in de eerste graad.',
  );
  first.sections.dataProtection.checklist.rightToDisconnect = false;
  first.assessment.years = { '2024-2025': first.assessment.years['2024-2025'] ?? {} };
  first.goals = first.goals
    .filter((goal) => goal.id !== 'goal-disconnect' && goal.id !== 'goal-training')
    .map((goal) => ({ ...goal, evaluations: {} }));
  const firstMfa = first.goals.find((goal) => goal.id === 'goal-mfa');
  if (firstMfa) firstMfa.targets['2025-2026'] = 80;
  first.evaluations = {};
  first.training = { digcomp: { '2025-2026': first.training.digcomp['2025-2026'] ?? {} }, teachersReached: {}, participationThresholdPercent: 50 };
  first.tcos = [];
  first.decisions = [];
  first.procurements = first.procurements.filter((p) => p.date < '2025-06-19');
  first.activities = first.activities
    .filter((a) => a.startDate < '2026-06-30' && a.theme !== 'data-literacy')
    .map((a) => ({ ...a, status: 'planned' as const }));

  return [
    { id: 'version-2025-06', label: 'Eerste versie, voorgelegd aan de schoolraad', createdAt: '2025-06-19T17:30:00.000Z', content: first },
    { id: 'version-2026-06', label: 'Na de evaluatie van 2025-2026', createdAt: '2026-06-25T16:00:00.000Z', content: afterEvaluation },
  ];
}
