// The inventory's filters: a text search (typed, then put in the address after a pause),
// one choice per type, status, contract, use and funding, and a start-date range. Every
// filter lives in the address, so the back button undoes a filter step.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryFilter } from '../../../../shared/devices/schema.ts';
import { Button } from '../../../components/Button.tsx';
import { isFiltered, listFilters, type ListFilter } from './address.ts';

const enumGroup: Record<ListFilter, string> = { type: 'types', status: 'statuses', contract: 'contracts', use: 'uses', funding: 'funding' };

interface FiltersProps {
  filter: InventoryFilter;
  onChange: (patch: Partial<InventoryFilter>) => void;
  onReset: () => void;
}

export function InventoryFilters({ filter, onChange, onReset }: FiltersProps) {
  const { t } = useTranslation();
  // What the user is typing in the search box, until it goes into the address.
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const text = draft ?? filter.text ?? '';
  useEffect(() => {
    const pending = timer;
    return () => window.clearTimeout(pending.current);
  }, []);

  const typed = (value: string) => {
    setDraft(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      onChange({ text: value.trim() });
      setDraft(null);
    }, 300);
  };

  const listSelect = (key: ListFilter) => {
    const chosen = filter[key] ?? [];
    const value = chosen.length === 1 ? chosen[0]! : chosen.length === 0 ? '' : 'several';
    return (
      <div className="field field--short" key={key}>
        <label htmlFor={`inventory-filter-${key}`} className="field__label">
          {t(`inventory.filters.${key}`)}
        </label>
        <select
          id={`inventory-filter-${key}`}
          className="field__input"
          value={value}
          onChange={(event) => onChange({ [key]: event.target.value === '' ? [] : [event.target.value] })}
        >
          <option value="">{t('inventory.filters.all')}</option>
          {value === 'several' && <option value="several">{t('inventory.filters.several', { count: chosen.length })}</option>}
          {listFilters[key].map((option) => (
            <option key={option} value={option}>
              {t(`devices.${enumGroup[key]}.${option}`)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <div className="inv-filters" role="group" aria-label={t('inventory.filters.label')}>
      <div className="field inv-filters__search">
        <label htmlFor="inventory-filter-text" className="field__label">
          {t('inventory.filters.text')}
        </label>
        <input
          id="inventory-filter-text"
          className="field__input"
          type="search"
          autoComplete="off"
          value={text}
          aria-describedby="inventory-filter-text-hint"
          onChange={(event) => typed(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            window.clearTimeout(timer.current);
            onChange({ text: text.trim() });
            setDraft(null);
          }}
        />
        <p id="inventory-filter-text-hint" className="field__hint">
          {t('inventory.filters.textHint')}
        </p>
      </div>
      {(Object.keys(listFilters) as ListFilter[]).map(listSelect)}
      <div className="field field--short inv-filters__date">
        <label htmlFor="inventory-filter-from" className="field__label">
          {t('inventory.filters.startFrom')}
        </label>
        <input
          id="inventory-filter-from"
          className="field__input"
          type="date"
          value={filter.startFrom ?? ''}
          onChange={(event) => onChange({ startFrom: event.target.value })}
        />
      </div>
      <div className="field field--short inv-filters__date">
        <label htmlFor="inventory-filter-to" className="field__label">
          {t('inventory.filters.startTo')}
        </label>
        <input
          id="inventory-filter-to"
          className="field__input"
          type="date"
          value={filter.startTo ?? ''}
          onChange={(event) => onChange({ startTo: event.target.value })}
        />
      </div>
      {isFiltered(filter) && (
        <Button
          variant="ghost"
          className="inv-filters__reset"
          onClick={() => {
            window.clearTimeout(timer.current);
            setDraft(null);
            onReset();
          }}
        >
          {t('inventory.filters.reset')}
        </Button>
      )}
    </div>
  );
}
