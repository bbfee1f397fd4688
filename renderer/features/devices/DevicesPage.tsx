// The devices step: the inventory, its import, the lifecycle, contract comparisons,
// procurement files and sustainability, each on its own address. A finding's link
// (`?veld=`) lands on the sub-page that holds the field.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { devicesTabs, subPaths, type DevicesTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TabLinks } from '../../components/Tabs.tsx';
import { ImportTab } from './ImportTab.tsx';
import { InventoryTab } from './InventoryTab.tsx';
import { LifecycleTab } from './LifecycleTab.tsx';
import { ProcurementTab } from './ProcurementTab.tsx';
import { SustainabilityTab } from './SustainabilityTab.tsx';
import { TcoTab } from './TcoTab.tsx';

/** Which sub-page holds a finding's field. */
export function devicesTabOfField(field: string): DevicesTab {
  const [head] = field.split('.');
  switch (head) {
    case 'tcos':
      return 'tco';
    case 'procurements':
    case 'supplierSharePercent':
      return 'procurement';
    case 'lifecycle':
    case 'availableFundingCents':
    case 'measures':
      return 'lifecycle';
    case 'recyclingPartner':
      return 'sustainability';
    default:
      return 'inventory';
  }
}

export function DevicesPage({ state, rest }: { state: PlanState; rest: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [tabSlug = '', ...tail] = rest.split('/').filter(Boolean);
  const tab = (Object.keys(devicesTabs) as DevicesTab[]).find((key) => devicesTabs[key] === tabSlug);
  const field = params.get('veld');

  if (tab === undefined) {
    const target = field ? devicesTabOfField(field) : 'inventory';
    const query = field ? `?veld=${encodeURIComponent(field)}` : '';
    return <Navigate replace to={`${subPaths.devices(planId, target)}${query}`} />;
  }

  return (
    <section className="page page--wide" data-screen="devices">
      <PageHeading>{t('devices.heading')}</PageHeading>
      <TabLinks
        label={t('devices.heading')}
        tabs={(Object.keys(devicesTabs) as DevicesTab[]).map((key) => ({
          to: subPaths.devices(planId, key),
          label: t(`devices.tabs.${key}`),
        }))}
      />
      {tab === 'inventory' && <InventoryTab state={state} rest={tail} />}
      {tab === 'import' && <ImportTab state={state} />}
      {tab === 'lifecycle' && <LifecycleTab state={state} />}
      {tab === 'tco' && <TcoTab state={state} rest={tail} />}
      {tab === 'procurement' && <ProcurementTab state={state} rest={tail} />}
      {tab === 'sustainability' && <SustainabilityTab state={state} />}
    </section>
  );
}
