// The shape every edit inside a plan takes: check the plan exists, write through the
// journal in the plan's undo scope, mark the plan changed, return the new plan state.
import type { PlanState } from '../../shared/contract.ts';
import { AppError } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import type { z } from 'zod';
import type { MutationMeta, Writer } from '../store/journal.ts';
import type { Store } from '../store/store.ts';
import { planState } from './plan-state.ts';

export function editPlan(
  store: Store,
  planId: string,
  meta: Omit<MutationMeta, 'scope'>,
  write: (writer: Writer) => void,
): PlanState {
  store.planRow(planId);
  store.mutate({ ...meta, scope: planId }, write);
  store.touch(planId);
  return planState(store, planId);
}

/** Parses with a schema or throws the issues as an INVALID_INPUT error value. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'errors.invalidInput', { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}

export function notFound(messageKey: string, params: Record<string, string>): AppError {
  return new AppError('NOT_FOUND', messageKey, { params });
}
