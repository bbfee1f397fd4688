// One writer for the fee lines: every line card has its own editor, and all of them save
// the whole list (fees.update with `lines`). Saves run one after the other, each built on
// the list as last saved (the plan in the query cache), so quick edits to two lines never
// overwrite each other.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { PlanState } from '../../../../shared/contract.ts';
import type { FeeLine } from '../../../../shared/fees/schema.ts';
import { AppError } from '../../../../shared/result.ts';
import { queryKeys, useWrite } from '../../../api/hooks.tsx';

export type LinesWriter = (change: (lines: FeeLine[]) => FeeLine[]) => Promise<FeeLine[]>;

export function useLinesWriter(planId: string): LinesWriter {
  const write = useWrite();
  const client = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (change) => {
      const run = queue.current.then(async () => {
        const current = client.getQueryData<PlanState>(queryKeys.plan(planId));
        if (!current) throw new AppError('NOT_FOUND', 'errors.notFound');
        const state = await write('fees.update', { planId, patch: { lines: change(current.plan.fees.lines) } });
        return state.plan.fees.lines;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [client, planId, write],
  );
}
