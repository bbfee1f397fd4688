// What each option costs: a table with a column per option (per device over the horizon
// by component, per device per year, and for the whole fleet), the cheapest and the chosen
// option named in words in their column heads, and a chart of a device's cost per year by
// component. Computed from the saved comparison, so the figures are what is stored.
import { useTranslation } from 'react-i18next';
import { compareOptions, tcoComponents, type TcoComparison } from '../../../../shared/devices/tco.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { StackedBarChart } from '../../../components/charts/StackedBarChart.tsx';
import { cheapestIds, optionNames, perYearComponents } from './view.ts';

export function TcoResults({ tco }: { tco: TcoComparison }) {
  const { t } = useTranslation();
  const compared = compareOptions(tco);
  const names = optionNames(tco.options, (option) => t(`devices.tcoKinds.${option.kind}`));
  const cheapest = cheapestIds(compared);
  const used = tcoComponents.filter((component) => compared.some(({ result }) => result.perDevice[component] > 0));
  const years = { count: tco.years, formatted: formatInteger(tco.years) };

  return (
    <section aria-labelledby="tco-results-heading" className="tco-editor__part">
      <h3 id="tco-results-heading">{t('tco.resultsHeading')}</h3>
      {compared.length === 0 ? (
        <p className="notice">{t('tco.noResults')}</p>
      ) : (
        <>
          <p className="tco-results__summary" aria-live="polite">
            {compared
              .filter(({ option }) => cheapest.has(option.id))
              .map(({ option, result }) =>
                t('tco.cheapestSummary', {
                  name: names[tco.options.indexOf(option)],
                  perYear: formatMoney(result.perDevicePerYear),
                  fleet: formatMoney(result.fleetTotal),
                  ...years,
                }),
              )
              .join(' ')}
            {compared.length === 1 && t('tco.oneOption')}
          </p>
          <div className="table-scroll">
            <table className="table table--compact tco-results">
              <caption className="visually-hidden">{t('tco.resultsCaption', { title: tco.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tco.costItem')}</th>
                  {compared.map(({ option }, index) => (
                    <th scope="col" key={option.id} className="numeric tco-results__option">
                      {names[index]}
                      {cheapest.has(option.id) && <span className="tco-tag tco-tag--cheapest">{t('tco.cheapestTag')}</span>}
                      {tco.chosenOptionId === option.id && <span className="tco-tag tco-tag--chosen">{t('tco.chosenTag')}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className="tco-results__group">
                  <th scope="colgroup" colSpan={compared.length + 1}>
                    {t('tco.perDeviceOver', years)}
                  </th>
                </tr>
                {tcoComponents.map((component) => (
                  <tr key={component}>
                    <th scope="row">{t(`tco.components.${component}`)}</th>
                    {compared.map(({ option, result }) => (
                      <td key={option.id} className="numeric nowrap">
                        {formatMoney(result.perDevice[component])}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="tco-results__total">
                  <th scope="row">{t('tco.perDeviceTotal', years)}</th>
                  {compared.map(({ option, result }) => (
                    <td key={option.id} className="numeric nowrap">
                      {formatMoney(result.perDeviceTotal)}
                    </td>
                  ))}
                </tr>
                <tr className="tco-results__key" data-row="per-device-per-year">
                  <th scope="row">{t('tco.perDevicePerYear')}</th>
                  {compared.map(({ option, result }) => (
                    <td key={option.id} className="numeric nowrap" data-option={option.id}>
                      {formatMoney(result.perDevicePerYear)}
                    </td>
                  ))}
                </tr>
                <tr className="tco-results__group">
                  <th scope="colgroup" colSpan={compared.length + 1}>
                    {t('tco.fleetOf', { count: tco.quantity, formatted: formatInteger(tco.quantity) })}
                  </th>
                </tr>
                <tr className="tco-results__total" data-row="fleet-total">
                  <th scope="row">{t('tco.fleetTotal', years)}</th>
                  {compared.map(({ option, result }) => (
                    <td key={option.id} className="numeric nowrap" data-option={option.id}>
                      {formatMoney(result.fleetTotal)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('tco.fleetPerYear')}</th>
                  {compared.map(({ option, result }) => (
                    <td key={option.id} className="numeric nowrap">
                      {formatMoney(result.fleetPerYear)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <p className="field__hint">{t('tco.method')}</p>
          {used.length > 0 && (
            <StackedBarChart
              title={t('tco.chartTitle', { title: tco.title })}
              note={t('tco.chartNote')}
              rowHeader={t('tco.option')}
              totalHeader={t('tco.perDevicePerYear')}
              series={used.map((component) => ({ key: component, label: t(`tco.components.${component}`) }))}
              rows={compared.map(({ option, result }, index) => {
                const split = perYearComponents(result, tco.years);
                return {
                  key: option.id,
                  label: names[index]!,
                  values: used.map((component) => split[component]),
                  totalText: `${formatMoney(result.perDevicePerYear)}${cheapest.has(option.id) ? ` · ${t('tco.cheapestTag')}` : ''}`,
                };
              })}
              format={formatMoney}
            />
          )}
        </>
      )}
    </section>
  );
}
