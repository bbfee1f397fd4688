// School council decisions: the council decides on a frozen snapshot of the fee policy;
// when the policy changes afterwards, the differences show what the decision no longer
// covers.
import { flattenValue, type DiffValue, type Flat } from '../plan/diff.ts';
import type { Decision } from './schema.ts';

export type FeePolicy = Decision['snapshot'];

export interface PolicyDifference {
  path: string;
  before: DiffValue;
  after: DiffValue;
}

function flatten(policy: FeePolicy): Flat {
  const out: Flat = new Map();
  // Lists keyed by id, so a reordering is no difference and an edit shows where it is.
  for (const line of policy.fees.lines) flattenValue(out, `lines.${line.id}`, { ...line, id: undefined });
  for (const charge of policy.fees.damageCharges) flattenValue(out, `damageCharges.${charge.id}`, { ...charge, id: undefined });
  for (const rule of policy.fees.corrections) flattenValue(out, `corrections.${rule.id}`, { ...rule, id: undefined });
  for (const moment of policy.fees.payment.moments) flattenValue(out, `payment.moments.${moment.id}`, { ...moment, id: undefined });
  flattenValue(out, 'payment.spreadPaymentOffered', policy.fees.payment.spreadPaymentOffered);
  flattenValue(out, 'payment.contact', policy.fees.payment.contact);
  flattenValue(out, 'payment.method', policy.fees.payment.method);
  flattenValue(out, 'monthsPerSchoolYear', policy.fees.monthsPerSchoolYear);
  flattenValue(out, 'loanUsers', policy.loanUsers);
  return out;
}

/** What changed in the fee policy since a decision: empty when the decision still matches. */
export function feePolicyDifferences(decided: FeePolicy, current: FeePolicy): PolicyDifference[] {
  const a = flatten(decided);
  const b = flatten(current);
  const differences: PolicyDifference[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const before = a.has(path) ? a.get(path)! : null;
    const after = b.has(path) ? b.get(path)! : null;
    if (!Object.is(before, after)) differences.push({ path, before, after });
  }
  return differences;
}
