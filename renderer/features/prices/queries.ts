// The reference price lists, shared by every plan: read once, refreshed after an import, a
// delete or an undo (which invalidates every query).
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/hooks.tsx';

export const priceListsKey = ['prices'] as const;

export function usePriceLists() {
  const api = useApi();
  return useQuery({ queryKey: priceListsKey, queryFn: () => api.run('prices.list', {}) });
}
