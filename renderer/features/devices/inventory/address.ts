// The inventory's filter, sort and grouping live in the address (`?type=laptop&status=in-use`),
// so a link, the back button and a reload all show the same lines. Values are the stored
// enum ids; several values of one filter are separated by commas.
import {
  contractForms,
  deviceStatuses,
  deviceTypes,
  deviceUses,
  fundingSources,
  groupableColumns,
  inventoryColumns,
  type GroupColumn,
  type InventoryColumn,
  type InventoryFilter,
} from '../../../../shared/devices/schema.ts';
import { isRealIsoDate } from '../../../../shared/format.ts';

export interface InventorySort {
  column: InventoryColumn;
  direction: 'asc' | 'desc';
}

/** Filter field → the address parameter that holds it. */
export const filterParams = {
  text: 'zoek',
  type: 'type',
  status: 'status',
  contract: 'contract',
  use: 'gebruik',
  funding: 'financiering',
  startFrom: 'vanaf',
  startTo: 'tot',
} as const satisfies Record<keyof InventoryFilter, string>;

export const listFilters = {
  type: deviceTypes,
  status: deviceStatuses,
  contract: contractForms,
  use: deviceUses,
  funding: fundingSources,
} as const;
export type ListFilter = keyof typeof listFilters;

const SORT = 'sorteer';
const GROUP = 'groep';

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] | undefined {
  if (!raw) return undefined;
  const values = raw.split(',').filter((value): value is T => (allowed as readonly string[]).includes(value));
  return values.length > 0 ? [...new Set(values)] : undefined;
}

/** Reads the filter from the address, dropping anything that is not a known value. */
export function filterFromParams(params: URLSearchParams): InventoryFilter {
  const filter: InventoryFilter = {};
  const text = params.get(filterParams.text)?.trim().slice(0, 200);
  if (text) filter.text = text;
  for (const key of Object.keys(listFilters) as ListFilter[]) {
    const values = listOf<string>(params.get(filterParams[key]), listFilters[key]);
    if (values) (filter as Record<string, string[]>)[key] = values;
  }
  const from = params.get(filterParams.startFrom);
  if (from && isRealIsoDate(from)) filter.startFrom = from;
  const to = params.get(filterParams.startTo);
  if (to && isRealIsoDate(to)) filter.startTo = to;
  return filter;
}

/** `sorteer=startDate` ascending, `sorteer=-startDate` descending. */
export function sortFromParams(params: URLSearchParams): InventorySort | null {
  const raw = params.get(SORT);
  if (!raw) return null;
  const direction = raw.startsWith('-') ? 'desc' : 'asc';
  const column = raw.replace(/^-/, '') as InventoryColumn;
  return inventoryColumns.includes(column) ? { column, direction } : null;
}

export function groupFromParams(params: URLSearchParams): GroupColumn | null {
  const raw = params.get(GROUP) as GroupColumn | null;
  return raw && groupableColumns.includes(raw) ? raw : null;
}

/** A copy of the address with one filter field set (or removed when empty). */
export function withFilter(params: URLSearchParams, patch: Partial<InventoryFilter>): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('veld');
  for (const [key, value] of Object.entries(patch) as [keyof InventoryFilter, unknown][]) {
    const name = filterParams[key];
    const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
    if (text === '') next.delete(name);
    else next.set(name, text);
  }
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(filterParams)) next.delete(name);
  return next;
}

export function withSort(params: URLSearchParams, sort: InventorySort | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (sort) next.set(SORT, `${sort.direction === 'desc' ? '-' : ''}${sort.column}`);
  else next.delete(SORT);
  return next;
}

export function withGroup(params: URLSearchParams, group: GroupColumn | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (group) next.set(GROUP, group);
  else next.delete(GROUP);
  return next;
}

/** Clicking a column header: ascending, then descending, then back to the inventory's own order. */
export function nextSort(current: InventorySort | null, column: InventoryColumn): InventorySort | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

export function isFiltered(filter: InventoryFilter): boolean {
  return Object.keys(filter).length > 0;
}

/** The filter that shows one group of a grouping: what a click on the group sets. */
export function filterForGroup(by: GroupColumn, key: string): Partial<InventoryFilter> | null {
  switch (by) {
    case 'startYear': {
      const match = /^(\d{4})-(\d{4})$/.exec(key);
      if (!match) return null;
      return { startFrom: `${match[1]}-09-01`, startTo: `${match[2]}-08-31` };
    }
    case 'supplier':
      // The filter has no supplier field; the text search looks in the supplier too.
      return key === '' ? null : { text: key };
    default:
      return { [by]: [key] };
  }
}
