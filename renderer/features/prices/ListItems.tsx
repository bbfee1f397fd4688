// The items of one price list: code, description, category, unit and price as published.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money.ts';
import type { ReferenceList } from '../../../shared/prices/schema.ts';
import { categoryLabel, unitLabel } from './labels.ts';
import { ExampleFlag, validity } from './PriceLists.tsx';

export function ListItems({ list }: { list: ReferenceList }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="list-items-heading" className="list-items">
      <h2 id="list-items-heading">{t('prices.itemsOf', { name: list.name })}</h2>
      <p className="muted">
        {list.isExample && (
          <>
            <ExampleFlag />{' '}
          </>
        )}
        {validity(list, t)}
      </p>
      <div className="table-scroll">
        <table className="table list-items__table">
          <caption className="visually-hidden">{t('prices.itemsOf', { name: list.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prices.columns.code')}</th>
              <th scope="col">{t('prices.columns.label')}</th>
              <th scope="col">{t('prices.columns.category')}</th>
              <th scope="col">{t('prices.columns.unit')}</th>
              <th scope="col" className="numeric">
                {t('prices.columns.priceCents')}
              </th>
              <th scope="col">{t('prices.columns.vatIncluded')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.code}>
                <td>
                  <code>{item.code}</code>
                </td>
                <th scope="row">{item.label}</th>
                <td>{categoryLabel(t, item.category)}</td>
                <td>{unitLabel(t, item.unit)}</td>
                <td className="numeric nowrap">{formatMoney(item.priceCents)}</td>
                <td className="nowrap">{item.vatIncluded ? t('prices.vatIncl') : t('prices.vatExcl')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
