// The app's addresses (hash routes), in Dutch like the rest of the interface.
import type { StepId } from '../../shared/plan/steps.ts';

export const stepSlugs: Record<StepId, string> = {
  profile: 'profiel',
  policy: 'beleidsplan',
  training: 'professionalisering',
  devices: 'toestellen',
  prices: 'referentieprijzen',
  fees: 'bijdragen',
  funding: 'financiering',
  check: 'controle',
  export: 'export',
};

export const paths = {
  plans: '/',
  newPlan: '/nieuw',
  groups: '/groepen',
  /** Review mode: bundles of many schools, read and shown, never stored. */
  review: '/beoordelen',
  plan: (planId: string) => `/plan/${planId}`,
  step: (planId: string, step: StepId, focusField?: string) =>
    `/plan/${planId}/${stepSlugs[step]}${focusField ? `?veld=${encodeURIComponent(focusField)}` : ''}`,
};

/** Sub-pages of the policy plan and training steps, in the address after the step. */
export const policyTabs = {
  sections: 'sectie',
  assessment: 'zelfevaluatie',
  goals: 'doelen',
  evaluation: 'evaluatie',
  versions: 'versies',
} as const;
export type PolicyTab = keyof typeof policyTabs;

export const trainingTabs = { profile: 'profiel', activities: 'activiteiten', plan: 'vormingsplan' } as const;
export type TrainingTab = keyof typeof trainingTabs;

export const devicesTabs = {
  inventory: 'inventaris',
  import: 'import',
  lifecycle: 'levenscyclus',
  tco: 'vergelijking',
  procurement: 'aankoopdossiers',
  sustainability: 'duurzaamheid',
} as const;
export type DevicesTab = keyof typeof devicesTabs;

export const feesTabs = {
  loan: 'uitleendienst',
  lines: 'bijdragen',
  corrections: 'correcties',
  council: 'schoolraad',
  texts: 'teksten',
} as const;
export type FeesTab = keyof typeof feesTabs;

export const subPaths = {
  fees: (planId: string, tab: FeesTab, rest = '') => `/plan/${planId}/${stepSlugs.fees}/${feesTabs[tab]}${rest ? `/${rest}` : ''}`,
  devices: (planId: string, tab: DevicesTab, rest = '') =>
    `/plan/${planId}/${stepSlugs.devices}/${devicesTabs[tab]}${rest ? `/${rest}` : ''}`,
  policy: (planId: string, tab: PolicyTab, rest = '') =>
    `/plan/${planId}/${stepSlugs.policy}/${policyTabs[tab]}${rest ? `/${rest}` : ''}`,
  training: (planId: string, tab: TrainingTab, rest = '') =>
    `/plan/${planId}/${stepSlugs.training}/${trainingTabs[tab]}${rest ? `/${rest}` : ''}`,
};

export function stepOfSlug(slug: string | undefined): StepId | undefined {
  return (Object.keys(stepSlugs) as StepId[]).find((step) => stepSlugs[step] === slug);
}
