// The inventory: every device line of the plan (tens of thousands if need be) in a
// virtualised grid, filtered and sorted through the address, grouped into a summary,
// edited one line at a time in a dialog or many at once, with totals for the filter.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { groupableColumns, newLine, type GroupColumn, type InventoryFilter, type InventoryLine } from '../../../shared/devices/schema.ts';
import { formatInteger } from '../../../shared/format.ts';
import { formatMoney } from '../../../shared/money.ts';
import type { ReferenceList } from '../../../shared/prices/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { useFocusFromLink } from '../../app/focus.ts';
import { QueryError } from '../../app/QueryError.tsx';
import { subPaths } from '../../app/routes.ts';
import { useSearchState } from '../../app/use-search-state.ts';
import { Button } from '../../components/Button.tsx';
import { fieldDomId } from '../../components/Field.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import {
  filterFromParams,
  groupFromParams,
  isFiltered,
  nextSort,
  sortFromParams,
  withFilter,
  withGroup,
  withoutFilters,
  withSort,
} from './inventory/address.ts';
import { BulkActions } from './inventory/BulkActions.tsx';
import { GroupSummary } from './inventory/GroupSummary.tsx';
import { InventoryFilters } from './inventory/InventoryFilters.tsx';
import { InventoryGrid, type InventorySelection } from './inventory/InventoryGrid.tsx';
import { LineEditor } from './inventory/LineEditor.tsx';
import { invalidateInventory, useInventoryFirstPage, useReferenceLists } from './inventory/queries.ts';

const GRID_ID = 'inventory-grid';
const NO_LISTS: ReferenceList[] = [];
const NOTHING: InventorySelection = { mode: 'ids', ids: new Set() };

export function InventoryTab({ state }: { state: PlanState; rest: string[] }) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const planId = state.plan.id;
  const settings = state.plan.devices;
  const [params, update] = useSearchState();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const sort = useMemo(() => sortFromParams(params), [params]);
  const group = groupFromParams(params);
  const first = useInventoryFirstPage(planId, filter, sort);
  const lists = useReferenceLists().data ?? NO_LISTS;
  const filterKey = JSON.stringify(filter);
  const [selected, setSelected] = useState<{ key: string; value: InventorySelection }>({ key: filterKey, value: NOTHING });
  const selection = selected.key === filterKey ? selected.value : NOTHING;
  const [editing, setEditing] = useState<{ line: InventoryLine; isNew: boolean } | null>(null);
  const empty = state.plan.fleet.length === 0;
  useFocusFromLink(true);

  const setFilter = (patch: Partial<InventoryFilter>) => update((current) => withFilter(current, patch));

  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected((current) => {
        const base = current.key === filterKey && current.value.mode === 'ids' ? current.value.ids : new Set<string>();
        const next = new Set(base);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return { key: filterKey, value: { mode: 'ids', ids: next } };
      }),
    [filterKey],
  );

  const closeEditor = () => {
    setEditing(null);
    // Back to the grid once the modal dialog (which makes the page inert) is gone.
    window.requestAnimationFrame(() => document.getElementById(GRID_ID)?.focus());
  };

  const removeLine = useConfirmedDelete<InventoryLine>({
    scope: planId,
    undoLabelKey: 'undo.deleteLines',
    texts: (line) => {
      const name = line.brandModel || t(`devices.types.${line.type}`);
      return {
        title: t('inventory.deleteLine.title'),
        body: t('inventory.deleteLine.body', { name }),
        confirm: t('inventory.deleteLine.confirm'),
        deleted: t('inventory.deleteLine.deleted', { name }),
        restored: t('inventory.deleteLine.restored', { name }),
      };
    },
    remove: async (line) => {
      await write('inventory.delete', { planId, target: { ids: [line.id] } });
      await invalidateInventory(client, planId);
    },
    afterDelete: () => closeEditor(),
  });

  const addLine = async () => {
    const input = { type: 'laptop' as const };
    const created = await write('inventory.create', { planId, line: input });
    await invalidateInventory(client, planId);
    setEditing({ line: newLine(created.createdId, input), isNew: true });
  };

  const totals = first.data;

  return (
    <section aria-labelledby="inventory-heading" className="inventory">
      <div className="section-header">
        <h2 id="inventory-heading">{t('inventory.heading')}</h2>
        <div className="row-actions">
          <Link className="button button--secondary" to={subPaths.devices(planId, 'import')}>
            {t('inventory.importLink')}
          </Link>
          <Button variant="primary" onClick={() => void addLine()}>
            {t('inventory.addLine')}
          </Button>
        </div>
      </div>

      {empty ? (
        <div className="notice inv-empty">
          <p>{t('inventory.empty')}</p>
          <p>
            <Link id={fieldDomId('inventory')} className="button button--primary" to={subPaths.devices(planId, 'import')}>
              {t('inventory.emptyImport')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="muted inv-intro">{t('inventory.intro')}</p>
          <InventoryFilters filter={filter} onChange={setFilter} onReset={() => update(withoutFilters)} />

          <div className="inv-summary">
            <div className="field field--medium inv-summary__group">
              <label htmlFor="inventory-group" className="field__label">
                {t('inventory.groups.label')}
              </label>
              <select
                id="inventory-group"
                className="field__input"
                value={group ?? ''}
                onChange={(event) => update((current) => withGroup(current, (event.target.value || null) as GroupColumn | null))}
              >
                <option value="">{t('inventory.groups.none')}</option>
                {groupableColumns.map((column) => (
                  <option key={column} value={column}>
                    {t(`inventory.groups.by.${column}`)}
                  </option>
                ))}
              </select>
            </div>
            <p className="total inv-totals" role="status">
              {totals &&
                t(isFiltered(filter) ? 'inventory.totalsFiltered' : 'inventory.totals', {
                  lines: t('inventory.lineCount', { count: totals.total, shown: formatInteger(totals.total) }),
                  devices: t('inventory.deviceCount', { count: totals.quantity, shown: formatInteger(totals.quantity) }),
                  value: formatMoney(totals.valueCents),
                })}
            </p>
          </div>

          {group && <GroupSummary planId={planId} filter={filter} by={group} onPick={setFilter} />}

          <BulkActions
            planId={planId}
            filter={filter}
            selection={selection}
            matching={totals?.total ?? 0}
            onSelectAll={() => setSelected({ key: filterKey, value: { mode: 'filter' } })}
            onClear={() => setSelected({ key: filterKey, value: NOTHING })}
            afterDelete={() => setSelected({ key: filterKey, value: NOTHING })}
          />

          {first.isError ? (
            <QueryError error={first.error} onRetry={() => void first.refetch()} />
          ) : totals && totals.total === 0 ? (
            <p className="notice">{t('inventory.noneMatch')}</p>
          ) : (
            <>
              <p id="inventory-grid-help" className="field__hint">
                {t('inventory.keyboardHint')}
              </p>
              <InventoryGrid
                gridId={GRID_ID}
                planId={planId}
                filter={filter}
                sort={sort}
                onSort={(column) => update((current) => withSort(current, nextSort(sort, column)))}
                context={{ lists, settings }}
                selection={selection}
                onSelect={select}
                onOpen={(line) => setEditing({ line, isNew: false })}
                labelledBy="inventory-heading"
                first={{ data: first.data, ready: first.isSuccess && !first.isPlaceholderData }}
              />
            </>
          )}
        </>
      )}

      {editing && (
        <LineEditor
          key={editing.line.id}
          planId={planId}
          line={editing.line}
          isNew={editing.isNew}
          settings={settings}
          onClose={closeEditor}
          onDelete={(line) => removeLine.ask(line)}
        />
      )}
      {removeLine.dialog}
    </section>
  );
}
