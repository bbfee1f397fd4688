// Changing many lines at once: the selection (lines ticked one by one, or every line the
// filter matches), one field to set, a confirmation that names the count, then a toast
// with undo. Deleting goes through the shared confirmed delete with its undo toast.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contractForms,
  deviceStatuses,
  deviceUses,
  fundingSources,
  MAX_LIFETIME_YEARS,
  type InventoryFilter,
} from '../../../../shared/devices/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { useApi, useWrite } from '../../../api/hooks.tsx';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { useToasts } from '../../../components/Toasts.tsx';
import { useConfirmedDelete } from '../../../components/useConfirmedDelete.tsx';
import type { InventorySelection } from './InventoryGrid.tsx';
import { invalidateInventory } from './queries.ts';

export const bulkFields = ['status', 'use', 'funding', 'contract', 'lifetimeYears', 'supplier'] as const;
export type BulkField = (typeof bulkFields)[number];

const enumValues = { status: deviceStatuses, use: deviceUses, funding: fundingSources, contract: contractForms } as const;
const enumGroup = { status: 'statuses', use: 'uses', funding: 'funding', contract: 'contracts' } as const;

export type BulkTarget = { ids: string[] } | { filter: InventoryFilter };

interface BulkActionsProps {
  planId: string;
  filter: InventoryFilter;
  selection: InventorySelection;
  /** Lines the filter matches (what "select all" selects). */
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
  afterDelete: () => void;
}

interface Pending {
  field: BulkField;
  value: string | number | null;
  shown: string;
}

function parseLifetime(raw: string): number | null | undefined {
  if (raw.trim() === '') return null;
  const years = Number(raw.trim());
  return Number.isInteger(years) && years >= 1 && years <= MAX_LIFETIME_YEARS ? years : undefined;
}

export function BulkActions({ planId, filter, selection, matching, onSelectAll, onClear, afterDelete }: BulkActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const id = useId();
  const [field, setField] = useState<BulkField>('status');
  const [raw, setRaw] = useState<Record<BulkField, string>>({
    status: 'repair',
    use: 'shared-pupils',
    funding: 'own',
    contract: 'bought',
    lifetimeYears: '',
    supplier: '',
  });
  const [pending, setPending] = useState<Pending | null>(null);
  const [invalid, setInvalid] = useState(false);

  const count = selection.mode === 'filter' ? matching : selection.ids.size;
  const target = (): BulkTarget => (selection.mode === 'filter' ? { filter } : { ids: [...selection.ids] });

  const remove = useConfirmedDelete<{ target: BulkTarget; count: number }>({
    scope: planId,
    undoLabelKey: 'undo.deleteLines',
    texts: ({ count: n }) => ({
      title: t('inventory.bulk.deleteTitle', { count: n }),
      body: t('inventory.bulk.deleteBody', { count: n, shown: formatInteger(n) }),
      confirm: t('inventory.bulk.deleteConfirm', { count: n, shown: formatInteger(n) }),
      deleted: t('inventory.bulk.deleted', { count: n, shown: formatInteger(n) }),
      restored: t('inventory.bulk.restored', { count: n, shown: formatInteger(n) }),
    }),
    remove: async ({ target: chosen }) => {
      await write('inventory.delete', { planId, target: chosen });
      await invalidateInventory(client, planId);
    },
    afterDelete,
  });

  const ask = () => {
    const text = raw[field];
    let value: string | number | null;
    let shown: string;
    if (field === 'lifetimeYears') {
      const years = parseLifetime(text);
      if (years === undefined) {
        setInvalid(true);
        document.getElementById(`${id}-value`)?.focus();
        return;
      }
      value = years;
      shown = years === null ? t('inventory.bulk.lifetimeDefault') : t('inventory.lifetimeYears', { count: years });
    } else if (field === 'supplier') {
      value = text.trim().slice(0, 200);
      shown = value === '' ? t('inventory.bulk.noSupplier') : value;
    } else {
      value = text;
      shown = t(`devices.${enumGroup[field]}.${text}`);
    }
    setInvalid(false);
    setPending({ field, value, shown });
  };

  const undoLast = async () => {
    const state = await api.run('undo.state', { scope: planId });
    if (state.undoLabelKey !== 'undo.bulkEditLines') {
      notify(t('app.undoMovedOn'));
      return;
    }
    await write('undo.undo', { scope: planId });
    await client.invalidateQueries();
    notify(t('inventory.bulk.undone'));
  };

  const apply = async () => {
    const chosen = pending;
    setPending(null);
    if (!chosen) return;
    const result = await write('inventory.bulkUpdate', { planId, target: target(), patch: { [chosen.field]: chosen.value } });
    await invalidateInventory(client, planId);
    if (selection.mode === 'filter') onClear();
    notify(t('inventory.bulk.changed', { count: result.affected, shown: formatInteger(result.affected) }), {
      label: t('app.undo'),
      run: () => void undoLast(),
    });
  };

  const valueControl = () => {
    const common = { id: `${id}-value`, className: 'field__input' };
    if (field === 'lifetimeYears' || field === 'supplier') {
      return (
        <input
          {...common}
          type="text"
          inputMode={field === 'lifetimeYears' ? 'numeric' : 'text'}
          autoComplete="off"
          value={raw[field]}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${id}-value-hint${invalid ? ` ${id}-value-error` : ''}`}
          onChange={(event) => setRaw({ ...raw, [field]: event.target.value })}
        />
      );
    }
    return (
      <select {...common} value={raw[field]} onChange={(event) => setRaw({ ...raw, [field]: event.target.value })}>
        {enumValues[field].map((value) => (
          <option key={value} value={value}>
            {t(`devices.${enumGroup[field]}.${value}`)}
          </option>
        ))}
      </select>
    );
  };

  return (
    <section className="inv-bulk" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="visually-hidden">
        {t('inventory.bulk.heading')}
      </h3>
      <p className="inv-bulk__count" aria-live="polite">
        {count === 0
          ? t('inventory.bulk.none')
          : selection.mode === 'filter'
            ? t('inventory.bulk.allSelected', { count, shown: formatInteger(count) })
            : t('inventory.bulk.selected', { count, shown: formatInteger(count) })}
      </p>
      <div className="inv-bulk__select">
        {selection.mode === 'ids' && matching > 0 && (
          <Button onClick={onSelectAll}>{t('inventory.bulk.selectAll', { count: matching, shown: formatInteger(matching) })}</Button>
        )}
        {count > 0 && (
          <Button variant="ghost" onClick={onClear}>
            {t('inventory.bulk.clear')}
          </Button>
        )}
      </div>
      <div className="inv-bulk__edit">
        <div className="field field--short">
          <label htmlFor={`${id}-field`} className="field__label">
            {t('inventory.bulk.field')}
          </label>
          <select
            id={`${id}-field`}
            className="field__input"
            value={field}
            onChange={(event) => {
              setField(event.target.value as BulkField);
              setInvalid(false);
            }}
          >
            {bulkFields.map((name) => (
              <option key={name} value={name}>
                {t(`inventory.bulk.fields.${name}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--short">
          <label htmlFor={`${id}-value`} className="field__label">
            {t('inventory.bulk.value')}
          </label>
          {valueControl()}
          {(field === 'lifetimeYears' || field === 'supplier') && (
            <p id={`${id}-value-hint`} className="field__hint">
              {field === 'lifetimeYears' ? t('inventory.bulk.lifetimeHint', { max: MAX_LIFETIME_YEARS }) : t('inventory.bulk.supplierHint')}
            </p>
          )}
          {invalid && (
            <p id={`${id}-value-error`} className="field__error">
              {t('inventory.bulk.lifetimeInvalid', { max: MAX_LIFETIME_YEARS })}
            </p>
          )}
        </div>
        <Button variant="primary" disabled={count === 0} onClick={ask}>
          {t('inventory.bulk.apply')}
        </Button>
        <Button variant="danger" disabled={count === 0} onClick={() => remove.ask({ target: target(), count })}>
          {t('inventory.bulk.delete')}
        </Button>
      </div>
      <Dialog
        open={pending !== null}
        title={t('inventory.bulk.confirmTitle', { count, shown: formatInteger(count) })}
        onClose={() => setPending(null)}
        onSubmit={() => void apply()}
        actions={
          <>
            <Button onClick={() => setPending(null)}>{t('app.cancel')}</Button>
            <Button type="submit" variant="primary">
              {t('inventory.bulk.confirm', { count, shown: formatInteger(count) })}
            </Button>
          </>
        }
      >
        <p>
          {pending &&
            t(`inventory.bulk.confirmBody.${pending.field}`, { count, shown: formatInteger(count), value: pending.shown })}
        </p>
        {selection.mode === 'filter' && <p className="field__hint">{t('inventory.bulk.confirmFilterNote')}</p>}
      </Dialog>
      {remove.dialog}
    </section>
  );
}
