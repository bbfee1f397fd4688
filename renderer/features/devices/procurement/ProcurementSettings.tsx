// The school's own procurement thresholds (when quotes must be compared, how many, which
// share of spend one supplier may get) and the spend per chosen supplier against that share
// (Digiplan §B.3: no single provider should dominate the market).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../../shared/contract.ts';
import { spendBySupplier } from '../../../../shared/devices/procurement.ts';
import { DevicesSettingsPatchSchema, type DevicesSettings } from '../../../../shared/devices/schema.ts';
import { formatPercent } from '../../../../shared/format.ts';
import { formatMoney, roundDiv } from '../../../../shared/money.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../../app/focus.ts';
import { BarChart } from '../../../components/BarChart.tsx';
import { TextField } from '../../../components/Field.tsx';

export function ProcurementSettings({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => (await write('devices.update', { planId, patch })).plan.devices,
    [write, planId],
  );
  const editor = usePartEditor<DevicesSettings>({ value: state.plan.devices, patchSchema: DevicesSettingsPatchSchema, save });
  const threshold = state.plan.devices.supplierSharePercent;
  // The supplier-share finding links here (`?veld=supplierSharePercent`).
  useFocusFromLink();

  const spend = [...spendBySupplier(state.plan.procurements)].sort((a, b) => b[1] - a[1]);
  const total = spend.reduce((sum, [, amount]) => sum + amount, 0);
  const share = (amount: number) => (total === 0 ? 0 : roundDiv(amount * 10_000, total));
  const above = spend.filter(([, amount]) => spend.length >= 2 && total > 0 && amount * 100 > total * threshold);

  return (
    <section aria-labelledby="procurement-settings-heading" className="card procurement-settings">
      <h2 id="procurement-settings-heading" className="card__title">
        {t('procurement.settings')}
      </h2>
      <p className="muted">{t('procurement.settingsIntro')}</p>
      <div className="field-row">
        <TextField editor={editor} path="quoteThresholdCents" kind="money" width="medium" label={t('procurement.quoteThreshold')} hint={t('procurement.quoteThresholdHint')} />
        <TextField editor={editor} path="minimumQuotes" kind="count" width="medium" label={t('procurement.minimumQuotes')} hint={t('procurement.minimumQuotesHint')} />
        <TextField editor={editor} path="supplierSharePercent" kind="count" width="medium" label={t('procurement.supplierShare')} hint={t('procurement.supplierShareHint')} />
      </div>

      <h3 className="procurement-settings__subheading">{t('procurement.spendHeading')}</h3>
      {spend.length === 0 ? (
        <p className="muted">{t('procurement.noSpend')}</p>
      ) : (
        <>
          <BarChart
            title={t('procurement.spendChart', { total: formatMoney(total) })}
            bars={spend.map(([supplier, amount]) => ({ label: supplier, value: share(amount) }))}
            unit={t('procurement.ofSpend')}
            format={(basisPoints) => formatPercent(basisPoints / 10_000)}
            threshold={{ value: threshold * 100, label: t('procurement.thresholdLine', { percent: threshold }) }}
          />
          <table className="table spend-table">
            <caption className="visually-hidden">{t('procurement.spendHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.supplier')}</th>
                <th scope="col" className="numeric">
                  {t('procurement.spendExcl')}
                </th>
                <th scope="col" className="numeric">
                  {t('procurement.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {spend.map(([supplier, amount]) => (
                <tr key={supplier}>
                  <th scope="row">{supplier}</th>
                  <td className="numeric nowrap">{formatMoney(amount)}</td>
                  <td className="numeric nowrap">
                    {formatPercent(share(amount) / 10_000)}
                    {above.some(([name]) => name === supplier) && <strong className="share-flag"> {t('procurement.aboveShare')}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {spend.length < 2 && <p className="field__hint">{t('procurement.oneSupplier')}</p>}
        </>
      )}
    </section>
  );
}
