// The contract comparisons of a plan: per device need, how many options were weighed, which
// is cheapest and which the school chose, with a way to add and delete one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../../shared/contract.ts';
import { compareOptions, type TcoComparison } from '../../../../shared/devices/tco.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId } from '../../../components/Field.tsx';
import { useFocusFromLink } from '../../../app/focus.ts';
import { AddComparisonDialog } from './AddComparisonDialog.tsx';
import { useDeleteComparison } from './use-delete-comparison.tsx';
import { cheapestIds, optionNames } from './view.ts';

export function TcoList({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const [adding, setAdding] = useState(false);
  const remove = useDeleteComparison(planId);
  const tcos = state.plan.tcos;
  useFocusFromLink();

  return (
    <section aria-labelledby="tco-heading">
      <div className="section-header">
        <h2 id="tco-heading">{t('tco.listHeading')}</h2>
        <Button variant="primary" id={fieldDomId('tcos')} onClick={() => setAdding(true)}>
          {t('tco.addComparison')}
        </Button>
      </div>
      <p className="lifecycle__text">{t('tco.intro')}</p>
      {tcos.length === 0 ? (
        <p className="notice">{t('tco.noComparisons')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table tco-list">
            <caption className="visually-hidden">{t('tco.listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tco.comparison')}</th>
                <th scope="col" className="numeric">
                  {t('tco.quantity')}
                </th>
                <th scope="col" className="numeric">
                  {t('tco.yearsShort')}
                </th>
                <th scope="col" className="numeric">
                  {t('tco.optionCount')}
                </th>
                <th scope="col">{t('tco.cheapest')}</th>
                <th scope="col">{t('tco.chosen')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('plans.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tcos.map((tco) => (
                <ComparisonRow key={tco.id} planId={planId} tco={tco} onDelete={() => remove.ask(tco)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && <AddComparisonDialog planId={planId} onClose={() => setAdding(false)} />}
      {remove.dialog}
    </section>
  );
}

function ComparisonRow({ planId, tco, onDelete }: { planId: string; tco: TcoComparison; onDelete: () => void }) {
  const { t } = useTranslation();
  const compared = compareOptions(tco);
  const names = optionNames(tco.options, (option) => t(`devices.tcoKinds.${option.kind}`));
  const cheapest = cheapestIds(compared);
  const cheapestEntries = compared.filter(({ option }) => cheapest.has(option.id));
  const chosenIndex = tco.options.findIndex((option) => option.id === tco.chosenOptionId);
  const missingChoice = tco.options.length >= 2 && (chosenIndex < 0 || tco.motivation.trim() === '');

  return (
    <tr>
      <th scope="row">
        <Link to={subPaths.devices(planId, 'tco', tco.id)} className="table__primary">
          {tco.title}
        </Link>
      </th>
      <td className="numeric">{formatInteger(tco.quantity)}</td>
      <td className="numeric">{formatInteger(tco.years)}</td>
      <td className="numeric">{formatInteger(tco.options.length)}</td>
      <td>
        {cheapestEntries.length === 0
          ? '—'
          : cheapestEntries.map(({ option, result }) => (
              <span key={option.id} className="tco-list__cheapest">
                {names[tco.options.indexOf(option)]}
                <span className="muted">{t('tco.perDevicePerYearShort', { amount: formatMoney(result.perDevicePerYear) })}</span>
              </span>
            ))}
      </td>
      <td>
        {chosenIndex >= 0 ? names[chosenIndex] : <span className="muted">{t('tco.noChoice')}</span>}
        {missingChoice && (
          <span className="tco-list__todo">
            <span aria-hidden="true">⚠ </span>
            {chosenIndex < 0 ? t('tco.todoChoose') : t('tco.todoMotivate')}
          </span>
        )}
      </td>
      <td>
        <Button variant="ghost" className="danger-text" aria-label={t('tco.deleteNamed', { title: tco.title })} onClick={onDelete}>
          {t('plans.delete')}
        </Button>
      </td>
    </tr>
  );
}
