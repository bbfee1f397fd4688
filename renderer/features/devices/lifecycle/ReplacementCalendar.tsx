// The replacement calendar: per school year from this one on, the devices that reach the
// end of their lifetime and what they cost when bought, beside the money the school says
// it has for replacements. The backlog sits in the first year; devices a measure postpones
// and devices without a price are counted in their own columns, so no figure hides them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { replacementCalendar, type CalendarYear } from '../../../../shared/devices/lifecycle.ts';
import type { DevicesSettings, FleetCohort } from '../../../../shared/devices/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney, formatWholeEuros } from '../../../../shared/money.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { paths, subPaths } from '../../../app/routes.ts';
import { PairedBarChart } from '../../../components/charts/PairedBarChart.tsx';
import { fieldDomId, TextField } from '../../../components/Field.tsx';
import { backlogOf, CALENDAR_YEARS } from './view.ts';

interface ReplacementCalendarProps {
  planId: string;
  fleet: readonly FleetCohort[];
  settings: DevicesSettings;
  /** What the funding step allocates per school year to the themes that may pay pupils' devices. */
  funded: Partial<Record<string, number>>;
  from: string;
  editor: PartEditor;
}

const shortfallOf = (year: CalendarYear) => (year.availableCents !== null && year.costCents > year.availableCents ? year.costCents - year.availableCents : 0);

export function ReplacementCalendar({ planId, fleet, settings, funded, from, editor }: ReplacementCalendarProps) {
  const { t } = useTranslation();
  const calendar = replacementCalendar(fleet, settings, from, CALENDAR_YEARS, funded);
  const backlog = backlogOf(fleet, settings, from);
  const unpriced = calendar.reduce((sum, year) => sum + year.unpriced, 0);
  const short = calendar.filter((year) => shortfallOf(year) > 0);

  // Money can be filled in for the years of the Digiplan term only.
  const missing = (year: CalendarYear) =>
    (schoolYears as readonly string[]).includes(year.schoolYear) ? t('lifecycle.noFigure') : t('lifecycle.outsideTerm');

  const balance = (year: CalendarYear) => {
    if (year.availableCents === null) return <span className="muted">{missing(year)}</span>;
    const gap = shortfallOf(year);
    if (gap > 0) {
      return (
        <strong className="shortfall">
          <span aria-hidden="true">⚠ </span>
          {t('lifecycle.shortfall', { amount: formatMoney(gap) })}
        </strong>
      );
    }
    return <span className="enough">{t('lifecycle.enough', { amount: formatMoney(year.availableCents - year.costCents) })}</span>;
  };

  return (
    <section aria-labelledby={fieldDomId('lifecycle')} className="lifecycle__section">
      <h2 id={fieldDomId('lifecycle')} tabIndex={-1} className="lifecycle__heading">
        {t('lifecycle.calendarHeading')}
      </h2>
      <p className="lifecycle__text">{t('lifecycle.calendarIntro')}</p>
      {unpriced > 0 && (
        <p className="notice notice--warn">
          {t('lifecycle.unpricedNotice', { count: unpriced, formatted: formatInteger(unpriced) })}{' '}
          <Link to={subPaths.devices(planId, 'inventory')}>{t('lifecycle.toInventory')}</Link>
        </p>
      )}

      <div className="lifecycle__money">
        <fieldset className="card lifecycle__funding">
          <legend className="card__title">{t('lifecycle.fundingHeading')}</legend>
          <p className="field__hint">{t('lifecycle.fundingManual')}</p>
          <p className="field__hint">
            {t('funding.calendarNote')} <Link to={paths.step(planId, 'funding')}>{t('steps.funding.title')}</Link>
          </p>
          <div className="field-row">
            {schoolYears.map((year) => (
              <TextField
                key={year}
                editor={editor}
                path={`availableFundingCents.${year}`}
                kind="optionalMoney"
                width="medium"
                label={t('lifecycle.fundingFor', { year })}
                hint={funded[year] === undefined ? undefined : t('funding.calendarFunded', { amount: formatMoney(funded[year]) })}
                className="lifecycle__funding-field"
              />
            ))}
          </div>
        </fieldset>
        <PairedBarChart
          title={t('lifecycle.needChart')}
          rows={calendar.map((year) => ({
            key: year.schoolYear,
            label: year.schoolYear,
            first: year.costCents,
            second: year.availableCents,
            missingText: missing(year),
            ...(shortfallOf(year) > 0 ? { flag: t('lifecycle.shortfallFlag', { amount: formatWholeEuros(shortfallOf(year)) }) } : {}),
          }))}
          firstLabel={t('lifecycle.need')}
          secondLabel={t('lifecycle.available')}
          format={formatWholeEuros}
          rowHeader={t('lifecycle.schoolYear')}
          flagHeader={t('lifecycle.balance')}
        />
      </div>
      {short.length > 0 && (
        <p className="shortfall-summary" role="status">
          <span aria-hidden="true">⚠ </span>
          {t('lifecycle.shortYears', { count: short.length, years: short.map((year) => year.schoolYear).join(', ') })}
        </p>
      )}

      <div className="table-scroll">
        <table className="table table--compact calendar-table">
          <caption className="visually-hidden">{t('lifecycle.calendarHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lifecycle.schoolYear')}</th>
              <th scope="col" className="numeric">
                {t('lifecycle.devicesDue')}
              </th>
              <th scope="col" className="numeric">
                {t('lifecycle.cost')}
              </th>
              <th scope="col" className="numeric">
                {t('lifecycle.postponed')}
              </th>
              <th scope="col" className="numeric">
                {t('lifecycle.unpriced')}
              </th>
              <th scope="col" className="numeric">
                {t('lifecycle.available')}
              </th>
              <th scope="col">{t('lifecycle.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {calendar.map((year, index) => (
              <tr key={year.schoolYear} data-year={year.schoolYear} className={shortfallOf(year) > 0 ? 'calendar-table__short' : undefined}>
                <th scope="row">
                  {year.schoolYear}
                  {index === 0 && <span className="calendar-table__note">{t('lifecycle.thisYear')}</span>}
                  {index === 0 && backlog > 0 && (
                    <span className="calendar-table__note">{t('lifecycle.backlog', { count: backlog, formatted: formatInteger(backlog) })}</span>
                  )}
                </th>
                <td className="numeric" data-column="quantity">
                  {formatInteger(year.quantity)}
                </td>
                <td className="numeric nowrap">{formatMoney(year.costCents)}</td>
                <td className="numeric" data-column="postponed">
                  {formatInteger(year.postponed)}
                </td>
                <td className="numeric">
                  {year.unpriced > 0 ? (
                    <strong>{t('lifecycle.unpricedCell', { formatted: formatInteger(year.unpriced) })}</strong>
                  ) : (
                    '0'
                  )}
                </td>
                <td className="numeric nowrap">{year.availableCents === null ? '—' : formatMoney(year.availableCents)}</td>
                <td>{balance(year)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('lifecycle.calendarFoot')}</p>
    </section>
  );
}
