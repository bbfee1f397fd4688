// Every price of the plan beside its reference: the items of the procurement files and the
// inventory lines of the last three school years, each against the list valid on its own
// date, furthest above the reference first. The inventory can be large: it is read in pages.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import type { InventoryLine } from '../../../shared/devices/schema.ts';
import { formatDate, formatInteger } from '../../../shared/format.ts';
import { formatMoney } from '../../../shared/money.ts';
import { schoolYearOf } from '../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../shared/prices/schema.ts';
import { useApi } from '../../api/hooks.tsx';
import { useFocusFromLink } from '../../app/focus.ts';
import { subPaths } from '../../app/routes.ts';
import { fieldDomId } from '../../components/Field.tsx';
import { todayIso } from '../training/view.ts';
import { byDeviation, deviationMessage, inventoryRows, procurementRows, type ComparisonRow } from './compare.ts';
import { ExampleFlag } from './PriceLists.tsx';

const PAGE = 1_000;
/** Enough for any school's last three years; more would make this table unreadable anyway. */
const MAX_PAGES = 20;
/** Rows shown; the rest are counted. */
const SHOWN_ROWS = 300;

/** Sept 1st two school years before the current one: the last three school years. */
function startOfLastThreeYears(today: string): string {
  return `${Number(schoolYearOf(today).slice(0, 4)) - 2}-09-01`;
}

function useRecentInventory(planId: string, from: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['plan', planId, 'inventory', 'priced', from],
    queryFn: async () => {
      const lines: InventoryLine[] = [];
      let total = 0;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await api.run('inventory.query', { planId, filter: { startFrom: from }, sort: null, offset: page * PAGE, limit: PAGE });
        total = result.total;
        lines.push(...result.rows);
        if (lines.length >= total || result.rows.length === 0) break;
      }
      return { lines, total };
    },
  });
}

export function Comparison({ state, lists }: { state: PlanState; lists: ReferenceList[] }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const from = startOfLastThreeYears(todayIso());
  const inventory = useRecentInventory(planId, from);
  useFocusFromLink(inventory.data !== undefined);

  const rows = [...procurementRows(state.plan.procurements, lists), ...inventoryRows(inventory.data?.lines ?? [], lists)].sort(byDeviation);
  const compared = rows.filter((row) => row.comparison !== null);
  const without = rows.filter((row) => row.comparison === null);
  const above = compared.filter((row) => (row.comparison?.deviation ?? 0) > 0).length;
  // Most often every price compares with the same list: name it once, not on every row.
  const used = [...new Map(compared.map((row) => [row.comparison!.list.id, row.comparison!.list])).values()];
  const single = used.length === 1 ? used[0]! : null;

  return (
    <section aria-labelledby="comparison-heading" className="comparison">
      <h2 id="comparison-heading">{t('prices.comparison')}</h2>
      <p className="muted">{t('prices.comparisonIntro', { from: formatDate(from) })}</p>
      <p className="notice">{t('prices.feesLater')}</p>
      {inventory.isError && (
        <p className="notice" role="alert">
          {t('prices.inventoryFailed')}
        </p>
      )}
      {inventory.data && inventory.data.lines.length < inventory.data.total && (
        <p className="field__hint">{t('prices.inventoryCut', { shown: formatInteger(inventory.data.lines.length), total: formatInteger(inventory.data.total) })}</p>
      )}
      {compared.length === 0 ? (
        <p className="notice">{inventory.isPending ? t('prices.loading') : t('prices.nothingCompared')}</p>
      ) : (
        <>
          <p className="total" aria-live="polite">
            {t('prices.comparedTotals', { count: compared.length, above })}
          </p>
          {single && (
            <p className="muted">
              {t('prices.comparedWith', { name: single.name })}
              {single.isExample && (
                <>
                  {' '}
                  <ExampleFlag />
                </>
              )}
            </p>
          )}
          <div className="table-scroll">
            <table className="table comparison__table">
              <caption className="visually-hidden">{t('prices.comparison')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prices.what')}</th>
                  <th scope="col">{t('prices.date')}</th>
                  <th scope="col" className="numeric">
                    {t('prices.quantity')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('prices.priceExcl')}
                  </th>
                  <th scope="col">{t('prices.reference')}</th>
                  <th scope="col" className="numeric">
                    {t('prices.referenceExcl')}
                  </th>
                  <th scope="col">{t('prices.deviation')}</th>
                </tr>
              </thead>
              <tbody>
                {compared.slice(0, SHOWN_ROWS).map((row) => (
                  <ComparedRow key={row.key} planId={planId} row={row} showList={single === null} />
                ))}
              </tbody>
            </table>
          </div>
          {compared.length > SHOWN_ROWS && <p className="field__hint">{t('prices.moreRows', { count: compared.length - SHOWN_ROWS })}</p>}
        </>
      )}
      {without.length > 0 && (
        <details className="comparison__without">
          <summary>{t('prices.withoutReference', { count: without.length })}</summary>
          <p className="field__hint">{t('prices.withoutReferenceHint')}</p>
          <ul className="plain-list">
            {without.slice(0, SHOWN_ROWS).map((row) => (
              <li key={row.key}>
                <WhatCell planId={planId} row={row} /> <span className="muted">({formatDate(row.date)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function WhatCell({ planId, row }: { planId: string; row: ComparisonRow }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`source-tag source-tag--${row.kind}`}>{t(`prices.kinds.${row.kind}`)}</span>{' '}
      {row.procurementId ? (
        <Link to={subPaths.devices(planId, 'procurement', row.procurementId)} className="table__primary">
          {row.title}
        </Link>
      ) : (
        <span className="table__primary">{row.title || t('prices.unnamedLine')}</span>
      )}
      {row.description && <span className="comparison__description">{row.description}</span>}
    </>
  );
}

function ComparedRow({ planId, row, showList }: { planId: string; row: ComparisonRow; showList: boolean }) {
  const { t } = useTranslation();
  const comparison = row.comparison!;
  const message = comparison.deviation === null ? null : deviationMessage(comparison.deviation);
  const direction = message?.direction ?? 'none';
  return (
    <tr id={row.field ? fieldDomId(row.field) : undefined} tabIndex={row.field ? -1 : undefined} className={`comparison__row comparison__row--${direction}`}>
      <th scope="row">
        <WhatCell planId={planId} row={row} />
      </th>
      <td className="nowrap">{formatDate(row.date)}</td>
      <td className="numeric">{formatInteger(row.quantity)}</td>
      <td className="numeric nowrap">{formatMoney(comparison.priceCents)}</td>
      <td>
        <code>{comparison.item.code}</code> {comparison.item.label}
        {showList && (
          <span className="comparison__description">
            {comparison.list.name}
            {comparison.list.isExample && (
              <>
                {' '}
                <ExampleFlag short />
              </>
            )}
          </span>
        )}
      </td>
      <td className="numeric nowrap">{formatMoney(comparison.referenceCents)}</td>
      <td>
        {message === null ? (
          <span className="deviation deviation--none">{t('prices.noReference')}</span>
        ) : (
          <span className={`deviation deviation--${message.direction}`}>
            {message.direction === 'above' && <span aria-hidden="true">▲ </span>}
            {message.direction === 'below' && <span aria-hidden="true">▼ </span>}
            {t(message.key, { deviation: message.deviation })}
          </span>
        )}
      </td>
    </tr>
  );
}
