// Reading the inventory: pages of 200 lines fetched as the table scrolls, each cached by
// plan, filter, sort and page number; the groups of a grouping; the reference price lists
// (once per screen). Writes invalidate everything under the plan's inventory key.
import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelOutput } from '../../../../shared/contract.ts';
import type { GroupColumn, InventoryFilter, InventoryLine } from '../../../../shared/devices/schema.ts';
import type { Api } from '../../../../shared/client.ts';
import { useApi } from '../../../api/hooks.tsx';
import type { InventorySort } from './address.ts';

export const PAGE_SIZE = 200;

export type InventoryPage = ChannelOutput<'inventory.query'>;

export const inventoryKeys = {
  all: (planId: string) => ['plan', planId, 'inventory'] as const,
  page: (planId: string, filter: InventoryFilter, sort: InventorySort | null, page: number) =>
    ['plan', planId, 'inventory', 'page', filter, sort, page] as const,
  groups: (planId: string, filter: InventoryFilter, by: GroupColumn) => ['plan', planId, 'inventory', 'groups', filter, by] as const,
  referenceLists: ['prices', 'lists'] as const,
};

function pageQuery(api: Api, planId: string, filter: InventoryFilter, sort: InventorySort | null, page: number) {
  return {
    queryKey: inventoryKeys.page(planId, filter, sort, page),
    queryFn: () => api.run('inventory.query', { planId, filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
  };
}

/** After a write: every cached page, total and group of this plan is stale. */
export function invalidateInventory(client: QueryClient, planId: string): Promise<void> {
  return client.invalidateQueries({ queryKey: inventoryKeys.all(planId) });
}

/** The first page: the totals for the filter, and the first lines. The previous filter's
 * page stays on screen while a new one loads, so the table does not blink. */
export function useInventoryFirstPage(planId: string, filter: InventoryFilter, sort: InventorySort | null) {
  const api = useApi();
  return useQuery({ ...pageQuery(api, planId, filter, sort, 0), placeholderData: (previous) => previous });
}

export interface InventoryView {
  /** The line at a row index, when its page has arrived. */
  lineAt: (index: number) => InventoryLine | undefined;
  /** Lines from..to (inclusive), fetching pages that are not cached yet. */
  linesBetween: (from: number, to: number) => Promise<InventoryLine[]>;
}

/** The pages covering the rows on screen (the first page comes from useInventoryFirstPage). */
export function useInventoryPages(
  planId: string,
  filter: InventoryFilter,
  sort: InventorySort | null,
  first: { data: InventoryPage | undefined; ready: boolean },
  visible: { from: number; to: number },
): InventoryView {
  const api = useApi();
  const client = useQueryClient();
  const total = first.data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  const fromPage = Math.min(lastPage, Math.floor(Math.max(0, visible.from) / PAGE_SIZE));
  const toPage = Math.min(lastPage, Math.floor(Math.max(0, visible.to) / PAGE_SIZE));
  const pageNumbers: number[] = [];
  for (let page = Math.max(1, fromPage); page <= toPage; page++) pageNumbers.push(page);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({ ...pageQuery(api, planId, filter, sort, page), enabled: first.ready })),
  });

  const byPage = new Map<number, InventoryPage | undefined>([[0, first.data]]);
  pageNumbers.forEach((page, i) => byPage.set(page, pages[i]?.data));

  const lineAt = (index: number) => byPage.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];

  const linesBetween = useCallback(
    async (from: number, to: number) => {
      const lines: InventoryLine[] = [];
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(to / PAGE_SIZE); page++) {
        const data = await client.fetchQuery(pageQuery(api, planId, filter, sort, page));
        data.rows.forEach((line, i) => {
          const index = page * PAGE_SIZE + i;
          if (index >= from && index <= to) lines.push(line);
        });
      }
      return lines;
    },
    [api, client, filter, planId, sort],
  );

  return { lineAt, linesBetween };
}

export function useInventoryGroups(planId: string, filter: InventoryFilter, by: GroupColumn | null) {
  const api = useApi();
  return useQuery({
    queryKey: inventoryKeys.groups(planId, filter, by ?? 'type'),
    queryFn: () => api.run('inventory.groups', { planId, filter, by: by ?? 'type' }),
    enabled: by !== null,
    placeholderData: (previous) => previous,
  });
}

export function useReferenceLists() {
  const api = useApi();
  return useQuery({ queryKey: inventoryKeys.referenceLists, queryFn: () => api.run('prices.list', {}), staleTime: 5 * 60_000 });
}
