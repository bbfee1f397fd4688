// The procurement files of the plan: what each holds at a glance (procedure, supplier,
// spend, quotes, documents, open points), newest first; add and delete with undo.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../../shared/contract.ts';
import { spendOf, type Procurement } from '../../../../shared/devices/procurement.ts';
import { formatDate, formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { AddProcurementDialog } from './AddProcurementDialog.tsx';
import { findingsOf } from './view.ts';
import { useDeleteProcurement } from './use-delete-procurement.tsx';

const newestFirst = (a: Procurement, b: Procurement) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'nl');

export function ProcurementList({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const [adding, setAdding] = useState(false);
  const remove = useDeleteProcurement(planId);
  const procurements = [...state.plan.procurements].sort(newestFirst);

  return (
    <section aria-labelledby="procurement-heading">
      <div className="section-header">
        <h2 id="procurement-heading">{t('procurement.heading')}</h2>
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('procurement.add')}
        </Button>
      </div>
      <p className="lead">{t('procurement.intro')}</p>

      {procurements.length === 0 ? (
        <p className="notice">{t('procurement.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table procurement-table">
            <caption className="visually-hidden">{t('procurement.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.columns.titleAndProcedure')}</th>
                <th scope="col">{t('procurement.columns.date')}</th>
                <th scope="col">{t('procurement.columns.supplier')}</th>
                <th scope="col" className="numeric">
                  {t('procurement.columns.spend')}
                </th>
                <th scope="col" className="numeric">
                  {t('procurement.columns.quotes')}
                </th>
                <th scope="col" className="numeric">
                  {t('procurement.columns.documents')}
                </th>
                <th scope="col">{t('procurement.columns.findings')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('procurement.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {procurements.map((procurement) => {
                const findings = findingsOf(state.findings, procurement.id);
                const received = procurement.quotes.filter((quote) => quote.received).length;
                return (
                  <tr key={procurement.id}>
                    <th scope="row">
                      <Link to={subPaths.devices(planId, 'procurement', procurement.id)} className="table__primary">
                        {procurement.title}
                      </Link>
                      <span className="procurement-table__procedure">{t(`devices.procedures.${procurement.procedure}`)}</span>
                    </th>
                    <td className="nowrap">{formatDate(procurement.date)}</td>
                    <td>{procurement.chosenSupplier || <span className="muted">{t('procurement.noSupplier')}</span>}</td>
                    <td className="numeric nowrap">{formatMoney(spendOf(procurement))}</td>
                    <td className="numeric nowrap">
                      {t('procurement.quotesCell', { received: formatInteger(received), asked: formatInteger(procurement.quotes.length) })}
                    </td>
                    <td className="numeric">{formatInteger(procurement.documents.length)}</td>
                    <td>
                      {findings.length === 0 ? (
                        <span className="procurement-ok">
                          <span aria-hidden="true">✓ </span>
                          {t('procurement.noFindings')}
                        </span>
                      ) : (
                        <span className="procurement-findings">{t('procurement.findingsCount', { count: findings.length })}</span>
                      )}
                    </td>
                    <td>
                      <Button
                        variant="ghost"
                        className="danger-text"
                        aria-label={t('procurement.deleteNamed', { title: procurement.title })}
                        onClick={() => remove.ask(procurement)}
                      >
                        {t('procurement.delete')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding && <AddProcurementDialog planId={planId} onClose={() => setAdding(false)} />}
      {remove.dialog}
    </section>
  );
}
