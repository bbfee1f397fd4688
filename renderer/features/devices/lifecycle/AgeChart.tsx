// The age of the devices in use, in whole school years, stacked by device type.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pastLifetime, sustainabilityFigures } from '../../../../shared/devices/lifecycle.ts';
import type { DevicesSettings, FleetCohort } from '../../../../shared/devices/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { subPaths } from '../../../app/routes.ts';
import { StackedBarChart } from '../../../components/charts/StackedBarChart.tsx';
import { AGE_BUCKETS, agesByType } from './view.ts';

interface AgeChartProps {
  planId: string;
  fleet: readonly FleetCohort[];
  settings: DevicesSettings;
  today: string;
}

export function AgeChart({ planId, fleet, settings, today }: AgeChartProps) {
  const { t } = useTranslation();
  const ages = agesByType(fleet, today);
  const active = sustainabilityFigures(fleet).active;
  const past = pastLifetime(fleet, settings, today);
  const ageLabel = (age: number) =>
    age === 0 ? t('lifecycle.ageNew') : age === AGE_BUCKETS ? t('lifecycle.ageOrOlder', { count: age }) : t('lifecycle.age', { count: age });

  return (
    <section aria-labelledby="lifecycle-ages" className="lifecycle__section">
      <h2 id="lifecycle-ages">{t('lifecycle.agesHeading')}</h2>
      {active === 0 ? (
        <p className="notice">
          {t('lifecycle.noActiveDevices')} <Link to={subPaths.devices(planId, 'inventory')}>{t('lifecycle.toInventory')}</Link>
        </p>
      ) : (
        <>
          <p className="lifecycle__summary">
            {t('lifecycle.activeCount', { count: active, formatted: formatInteger(active) })}{' '}
            {past > 0 ? t('lifecycle.pastLifetime', { count: past, formatted: formatInteger(past) }) : t('lifecycle.nonePastLifetime')}
          </p>
          {ages.types.length > 0 && (
            <StackedBarChart
              title={t('lifecycle.agesChart')}
              note={t('lifecycle.agesChartNote')}
              rowHeader={t('lifecycle.ageColumn')}
              totalHeader={t('lifecycle.totalColumn')}
              series={ages.types.map((type) => ({ key: type, label: t(`devices.types.${type}`) }))}
              rows={ages.rows.map((row) => ({ key: String(row.age), label: ageLabel(row.age), values: row.values }))}
              format={formatInteger}
            />
          )}
          {ages.unknownAge > 0 && (
            <p className="field__hint">
              {t('lifecycle.unknownAge', { count: ages.unknownAge, formatted: formatInteger(ages.unknownAge) })}{' '}
              <Link to={subPaths.devices(planId, 'inventory')}>{t('lifecycle.toInventory')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
