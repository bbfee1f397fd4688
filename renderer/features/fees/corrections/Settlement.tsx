// The school-wide settlement for one school year: per fee line its users, the yearly amount,
// the gross, what the corrections take off and the net; the family cap as a line of its own;
// what the fees bring in, the deposits held and what the corrections cost the school; the
// term totals and a chart of revenue beside the corrections' cost per school year. The
// rules of the calculation sit in a "how do we count?" block under it.
import { useTranslation } from 'react-i18next';
import type { SettlementYear, Settlement as SettlementResult } from '../../../../shared/fees/settlement.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { StackedBarChart } from '../../../components/charts/StackedBarChart.tsx';

interface SettlementProps {
  settlement: SettlementResult;
  year: SettlementYear;
  /** Months a monthly fee counts in a school year, for the rules block. */
  months: number;
}

const RULES = ['months', 'noStacking', 'rounding', 'depositWaiver', 'cap', 'instalments', 'school'] as const;

export function SettlementTable({ settlement, year, months }: SettlementProps) {
  const { t } = useTranslation();
  const recurring = year.lines.filter((line) => line.kind !== 'deposit');
  const deposits = year.lines.filter((line) => line.kind === 'deposit');

  return (
    <>
      <dl className="fees-figures" data-year={year.year}>
        <div className="fees-figure" data-figure="revenue">
          <dt>{t('fees.corrections.settlement.revenue')}</dt>
          <dd>{formatMoney(year.revenue)}</dd>
        </div>
        <div className="fees-figure" data-figure="corrections-cost">
          <dt>{t('fees.corrections.settlement.correctionsCost')}</dt>
          <dd>{formatMoney(year.correctionsCost)}</dd>
        </div>
        <div className="fees-figure" data-figure="deposits-held">
          <dt>{t('fees.corrections.settlement.depositsHeld')}</dt>
          <dd>{formatMoney(year.depositsHeld)}</dd>
        </div>
      </dl>

      {year.lines.length === 0 ? (
        <p className="muted">{t('fees.corrections.settlement.noLines', { year: year.year })}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact settlement-table" data-year={year.year}>
            <caption className="visually-hidden">{t('fees.corrections.settlement.caption', { year: year.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fees.corrections.settlement.line')}</th>
                <th scope="col" className="numeric">
                  {t('fees.corrections.settlement.users')}
                </th>
                <th scope="col" className="numeric">
                  {t('fees.corrections.settlement.annual')}
                </th>
                <th scope="col" className="numeric">
                  {t('fees.corrections.settlement.gross')}
                </th>
                <th scope="col" className="numeric">
                  {t('fees.corrections.settlement.corrections')}
                </th>
                <th scope="col" className="numeric">
                  {t('fees.corrections.settlement.net')}
                </th>
              </tr>
            </thead>
            <tbody>
              {recurring.map((line) => (
                <LineRow key={line.lineId} line={line} />
              ))}
              <tr data-line="family-cap" className="settlement-table__cap">
                <th scope="row">{t('fees.corrections.settlement.familyCap')}</th>
                <td className="numeric" data-column="users" />
                <td className="numeric" data-column="annual" />
                <td className="numeric" data-column="gross" />
                <td className="numeric" data-column="corrections">
                  {formatMoney(year.familyCap)}
                </td>
                <td className="numeric" data-column="net">
                  {year.familyCap > 0 ? `− ${formatMoney(year.familyCap)}` : formatMoney(0)}
                </td>
              </tr>
              <tr data-line="recurring-total" className="settlement-table__total">
                <th scope="row">{t('fees.corrections.settlement.recurringTotal')}</th>
                <td className="numeric" />
                <td className="numeric" />
                <td className="numeric" data-column="gross">
                  {formatMoney(year.recurringGross)}
                </td>
                <td className="numeric" data-column="corrections">
                  {formatMoney(year.correctionsCost)}
                </td>
                <td className="numeric" data-column="net">
                  {formatMoney(year.revenue)}
                </td>
              </tr>
            </tbody>
            {deposits.length > 0 && (
              <tbody className="settlement-table__deposits">
                {deposits.map((line) => (
                  <LineRow key={line.lineId} line={line} />
                ))}
                <tr data-line="deposits-total" className="settlement-table__total">
                  <th scope="row">{t('fees.corrections.settlement.depositsTotal')}</th>
                  <td className="numeric" />
                  <td className="numeric" />
                  <td className="numeric" data-column="gross">
                    {formatMoney(year.depositsGross)}
                  </td>
                  <td className="numeric" data-column="corrections">
                    {formatMoney(year.depositsWaived)}
                  </td>
                  <td className="numeric" data-column="net">
                    {formatMoney(year.depositsHeld)}
                  </td>
                </tr>
              </tbody>
            )}
          </table>
        </div>
      )}

      <p className="fees-term" data-term>
        {t('fees.corrections.settlement.term', {
          years: settlement.years.length,
          revenue: formatMoney(settlement.term.revenue),
          cost: formatMoney(settlement.term.correctionsCost),
          deposits: formatMoney(settlement.term.depositsHeld),
        })}
      </p>

      <StackedBarChart
        title={t('fees.corrections.settlement.chartTitle')}
        note={t('fees.corrections.settlement.chartNote')}
        series={[
          { key: 'revenue', label: t('fees.corrections.settlement.chartRevenue') },
          { key: 'cost', label: t('fees.corrections.settlement.chartCost') },
        ]}
        rows={settlement.years.map((entry) => ({ key: entry.year, label: entry.year, values: [entry.revenue, entry.correctionsCost] }))}
        format={formatMoney}
        rowHeader={t('fees.corrections.settlement.schoolYear')}
        totalHeader={t('fees.corrections.settlement.chartTotal')}
      />

      <details className="fees-how">
        <summary>{t('fees.corrections.how.summary')}</summary>
        <ol>
          {RULES.map((rule) => (
            <li key={rule}>{t(`fees.corrections.how.${rule}`, { months })}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

function LineRow({ line }: { line: SettlementYear['lines'][number] }) {
  const { t } = useTranslation();
  return (
    <tr data-line={line.lineId}>
      <th scope="row">
        {line.label}
        {line.kind === 'deposit' && <span className="settlement-table__note">{t('fees.corrections.settlement.depositNote')}</span>}
      </th>
      <td className="numeric" data-column="users">
        {formatInteger(line.users)}
      </td>
      <td className="numeric" data-column="annual">
        {formatMoney(line.annualCents)}
      </td>
      <td className="numeric" data-column="gross">
        {formatMoney(line.gross)}
      </td>
      <td className="numeric" data-column="corrections">
        {formatMoney(line.corrections)}
      </td>
      <td className="numeric" data-column="net">
        {formatMoney(line.net)}
      </td>
    </tr>
  );
}
