// The group view: plans gathered by their scholengroep or scholengemeenschap.
import type { GroupKind } from '../profile/schema.ts';
import type { PlanSummary } from './schema.ts';

export interface PlanGroup {
  kind: GroupKind;
  name: string;
  plans: PlanSummary[];
}

export function groupPlans(plans: readonly PlanSummary[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const plan of plans) {
    const kind = plan.groupName.trim() === '' ? 'none' : plan.groupKind;
    const name = kind === 'none' ? '' : plan.groupName.trim();
    const key = `${kind}\u0000${name.toLocaleLowerCase('nl-BE')}`;
    const group = groups.get(key) ?? { kind, name, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.kind === 'none') - Number(b.kind === 'none') || a.name.localeCompare(b.name, 'nl-BE'),
  );
}
