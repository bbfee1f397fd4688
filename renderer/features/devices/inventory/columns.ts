// The inventory table's columns: what each shows for a line, how wide it is, and which
// stored column it sorts on. One list, so the header, the rows and the widths agree.
import type { TFunction } from 'i18next';
import type { DevicesSettings, InventoryColumn, InventoryLine } from '../../../../shared/devices/schema.ts';
import { formatDate, formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';
import { formatDeviation, lineDeviation } from './deviation.ts';

export interface CellContext {
  t: TFunction;
  lists: readonly ReferenceList[];
  settings: DevicesSettings;
}

export interface Column {
  id: string;
  /** Catalog key of the header. */
  label: string;
  width: number;
  sort?: InventoryColumn;
  numeric?: boolean;
  /** The text of the cell; the brand/model cell is a button, built by the table. */
  text: (line: InventoryLine, context: CellContext) => string;
  /** A longer explanation for a tooltip and screen readers, when the cell text is terse. */
  title?: (line: InventoryLine, context: CellContext) => string | undefined;
}

export function priceText(line: InventoryLine, t: TFunction): string {
  if (line.unitPriceCents === null) return '—';
  const amount = formatMoney(line.unitPriceCents);
  return line.priceUnit === 'once' ? amount : `${amount} ${t(`devices.priceUnits.${line.priceUnit}`)}`;
}

export const columns: Column[] = [
  { id: 'type', label: 'inventory.columns.type', width: 130, sort: 'type', text: (line, { t }) => t(`devices.types.${line.type}`) },
  { id: 'brandModel', label: 'inventory.columns.brandModel', width: 250, sort: 'brandModel', text: (line) => line.brandModel },
  {
    id: 'quantity',
    label: 'inventory.columns.quantity',
    width: 80,
    sort: 'quantity',
    numeric: true,
    text: (line) => formatInteger(line.quantity),
  },
  { id: 'serial', label: 'inventory.columns.serial', width: 150, sort: 'serial', text: (line) => line.serial || '—' },
  {
    id: 'startDate',
    label: 'inventory.columns.startDate',
    width: 150,
    sort: 'startDate',
    text: (line) => (line.startDate ? formatDate(line.startDate) : '—'),
  },
  {
    id: 'unitPrice',
    label: 'inventory.columns.unitPrice',
    width: 175,
    sort: 'unitPriceCents',
    numeric: true,
    text: (line, { t }) => priceText(line, t),
    title: (line, { t }) =>
      line.unitPriceCents === null ? undefined : line.vatIncluded ? t('inventory.vatIncluded') : t('inventory.vatExcluded'),
  },
  {
    id: 'deviation',
    label: 'inventory.columns.deviation',
    width: 150,
    numeric: true,
    text: (line, { lists }) => {
      const deviation = lineDeviation(line, lists);
      return deviation ? formatDeviation(deviation.basisPoints) : '';
    },
    title: (line, { t, lists }) => {
      const deviation = lineDeviation(line, lists);
      if (!deviation) return undefined;
      return t('inventory.deviationTitle', {
        deviation: formatDeviation(deviation.basisPoints),
        reference: formatMoney(deviation.referenceCents),
        list: deviation.listName,
      });
    },
  },
  { id: 'contract', label: 'inventory.columns.contract', width: 165, sort: 'contract', text: (line, { t }) => t(`devices.contracts.${line.contract}`) },
  { id: 'use', label: 'inventory.columns.use', width: 185, sort: 'use', text: (line, { t }) => t(`devices.uses.${line.use}`) },
  { id: 'status', label: 'inventory.columns.status', width: 135, sort: 'status', text: (line, { t }) => t(`devices.statuses.${line.status}`) },
  { id: 'supplier', label: 'inventory.columns.supplier', width: 200, sort: 'supplier', text: (line) => line.supplier || '—' },
  {
    id: 'lifetime',
    label: 'inventory.columns.lifetime',
    width: 125,
    sort: 'lifetimeYears',
    numeric: true,
    text: (line, { t, settings }) =>
      line.lifetimeYears === null
        ? t('inventory.lifetimeDefault', { count: settings.defaultLifetimes[line.type] })
        : t('inventory.lifetimeYears', { count: line.lifetimeYears }),
    title: (line, { t }) => (line.lifetimeYears === null ? t('inventory.lifetimeDefaultTitle') : undefined),
  },
  { id: 'funding', label: 'inventory.columns.funding', width: 170, sort: 'funding', text: (line, { t }) => t(`devices.funding.${line.funding}`) },
];

export const SELECT_COLUMN_WIDTH = 48;
export const gridTemplate = `${SELECT_COLUMN_WIDTH}px ${columns.map((column) => `${column.width}px`).join(' ')}`;
export const gridWidth = SELECT_COLUMN_WIDTH + columns.reduce((sum, column) => sum + column.width, 0);
