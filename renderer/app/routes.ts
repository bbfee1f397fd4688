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
  plan: (planId: string) => `/plan/${planId}`,
  step: (planId: string, step: StepId, focusField?: string) =>
    `/plan/${planId}/${stepSlugs[step]}${focusField ? `?veld=${encodeURIComponent(focusField)}` : ''}`,
};

export function stepOfSlug(slug: string | undefined): StepId | undefined {
  return (Object.keys(stepSlugs) as StepId[]).find((step) => stepSlugs[step] === slug);
}
