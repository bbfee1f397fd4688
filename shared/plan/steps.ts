// The walk through a plan, in the order a school works through it.

export const stepIds = [
  'profile',
  'policy',
  'training',
  'devices',
  'prices',
  'fees',
  'funding',
  'check',
  'export',
] as const;
export type StepId = (typeof stepIds)[number];

/** Steps whose screens exist in this version; the others are shown as coming later. */
export const availableSteps: ReadonlySet<StepId> = new Set<StepId>(['profile', 'policy', 'training', 'devices', 'prices', 'fees', 'funding', 'check', 'export']);
