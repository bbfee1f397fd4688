// The renderer's access to the handler table: one Api in context, queries keyed by what
// they read, and one `useWrite` that every edit goes through (save status, cache update,
// undo state refresh).
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/client.ts';
import type { Channel, ChannelInput, ChannelOutput, PlanState } from '../../shared/contract.ts';
import { track, type TrackOptions } from './save-status.ts';

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

export const queryKeys = {
  plans: ['plans'] as const,
  plan: (planId: string) => ['plan', planId] as const,
  undo: (scope: string) => ['undo', scope] as const,
  settings: ['settings'] as const,
  info: ['info'] as const,
};

export function usePlans() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.plans, queryFn: () => api.run('plans.list', {}) });
}

export function usePlanState(planId: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.plan(planId), queryFn: () => api.run('plans.get', { planId }) });
}

export function useUndoState(scope: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.undo(scope), queryFn: () => api.run('undo.state', { scope }) });
}

/** After any write: plan states returned by the handler go straight into the cache. */
function absorb(client: QueryClient, value: unknown): void {
  const state = value as Partial<PlanState> | null;
  if (state && typeof state === 'object' && state.plan && state.findings) {
    client.setQueryData(queryKeys.plan(state.plan.id), state);
    client.setQueryData(queryKeys.undo(state.plan.id), state.undo);
  }
}

export type Write = <C extends Channel>(channel: C, input: ChannelInput<C>, options?: TrackOptions) => Promise<ChannelOutput<C>>;

/** Every edit goes through here, so the save status, the cache and undo stay in step. */
export function useWrite(): Write {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>, options?: TrackOptions): Promise<ChannelOutput<C>> => {
      const value = await track(() => api.run(channel, input), options);
      absorb(client, value);
      if (channel.startsWith('plans.')) await client.invalidateQueries({ queryKey: queryKeys.plans });
      await client.invalidateQueries({ queryKey: ['undo'] });
      return value;
    },
    [api, client],
  );
}
