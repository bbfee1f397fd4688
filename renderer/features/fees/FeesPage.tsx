// The fees step: the loan service, the fee lines with their cost basis, the social
// corrections with the settlement and family examples, the school council's decisions,
// and the generated texts. A primary school sees why the fee part is closed and still
// records its access and loan rules.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { feesTabs, subPaths, type FeesTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TabLinks } from '../../components/Tabs.tsx';
import { CorrectionsTab } from './CorrectionsTab.tsx';
import { CouncilTab } from './CouncilTab.tsx';
import { FeeLinesTab } from './FeeLinesTab.tsx';
import { LoanTab } from './LoanTab.tsx';
import { TextsTab } from './TextsTab.tsx';

/** Which sub-page holds a finding's field. */
export function feesTabOfField(field: string): FeesTab {
  if (field.startsWith('loan.')) return 'loan';
  if (/^fees\.corrections(\.|$)/.test(field)) return 'corrections';
  if (field.startsWith('decisions')) return 'council';
  return field.startsWith('fees.') ? 'lines' : 'loan';
}

export function FeesPage({ state, rest }: { state: PlanState; rest: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [tabSlug = ''] = rest.split('/').filter(Boolean);
  const tab = (Object.keys(feesTabs) as FeesTab[]).find((key) => feesTabs[key] === tabSlug);
  const field = params.get('veld');

  if (tab === undefined) {
    const target = field ? feesTabOfField(field) : 'loan';
    const query = field ? `?veld=${encodeURIComponent(field)}` : '';
    return <Navigate replace to={`${subPaths.fees(planId, target)}${query}`} />;
  }

  return (
    <section className="page page--wide" data-screen="fees">
      <PageHeading>{t('fees.heading')}</PageHeading>
      <TabLinks
        label={t('fees.heading')}
        tabs={(Object.keys(feesTabs) as FeesTab[]).map((key) => ({ to: subPaths.fees(planId, key), label: t(`fees.tabs.${key}`) }))}
      />
      {tab === 'loan' && <LoanTab state={state} />}
      {tab === 'lines' && <FeeLinesTab state={state} />}
      {tab === 'corrections' && <CorrectionsTab state={state} />}
      {tab === 'council' && <CouncilTab state={state} />}
      {tab === 'texts' && <TextsTab state={state} />}
    </section>
  );
}
