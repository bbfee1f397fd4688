// The inventory grouped by one column (type, contract, use, status, funding, supplier or
// start year) for the current filter: lines, devices and value per group. A group's name
// is a button that filters the inventory on it.
import { useTranslation } from 'react-i18next';
import type { GroupColumn, InventoryFilter } from '../../../../shared/devices/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { filterForGroup } from './address.ts';
import { useInventoryGroups } from './queries.ts';

const enumGroups: Partial<Record<GroupColumn, string>> = {
  type: 'types',
  contract: 'contracts',
  use: 'uses',
  status: 'statuses',
  funding: 'funding',
};

export function GroupSummary({
  planId,
  filter,
  by,
  onPick,
}: {
  planId: string;
  filter: InventoryFilter;
  by: GroupColumn;
  onPick: (patch: Partial<InventoryFilter>) => void;
}) {
  const { t } = useTranslation();
  const groups = useInventoryGroups(planId, filter, by);
  const rows = groups.data ?? [];
  // School years read best in time order (unknown last); other groups come largest first.
  const shown = by === 'startYear' ? [...rows].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key))) : rows;

  const nameOf = (key: string) => {
    const group = enumGroups[by];
    if (group) return t(`devices.${group}.${key}`);
    if (key === '') return by === 'startYear' ? t('inventory.groups.noStartDate') : t('inventory.groups.noSupplier');
    return key;
  };

  return (
    <div className="table-scroll inv-groups" aria-busy={groups.isFetching ? true : undefined}>
      <table className="table">
        <caption className="inv-groups__caption">{t('inventory.groups.caption', { by: t(`inventory.groups.by.${by}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`inventory.groups.by.${by}`)}</th>
            <th scope="col" className="numeric">
              {t('inventory.groups.lines')}
            </th>
            <th scope="col" className="numeric">
              {t('inventory.groups.devices')}
            </th>
            <th scope="col" className="numeric">
              {t('inventory.groups.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const patch = filterForGroup(by, row.key);
            const name = nameOf(row.key);
            return (
              <tr key={row.key}>
                <th scope="row">
                  {patch ? (
                    <button type="button" className="inv-link" onClick={() => onPick(patch)} aria-label={t('inventory.groups.show', { name })}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </th>
                <td className="numeric">{formatInteger(row.lines)}</td>
                <td className="numeric">{formatInteger(row.quantity)}</td>
                <td className="numeric nowrap">{formatMoney(row.valueCents)}</td>
              </tr>
            );
          })}
          {rows.length === 0 && groups.isSuccess && (
            <tr>
              <td colSpan={4}>{t('inventory.noneMatch')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
