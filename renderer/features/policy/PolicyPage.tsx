// The ICT policy plan step: sections, self-assessment, goals, evaluation and versions,
// each on its own address. A finding's link (`?veld=`) lands on the sub-page that holds
// the field.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { sectionIds, type SectionId } from '../../../shared/policy/sections.ts';
import { policyTabs, subPaths, type PolicyTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TabLinks } from '../../components/Tabs.tsx';
import { AssessmentTab } from './AssessmentTab.tsx';
import { EvaluationTab } from './EvaluationTab.tsx';
import { GoalsTab } from './GoalsTab.tsx';
import { SectionsTab } from './SectionsTab.tsx';
import { VersionsTab } from './VersionsTab.tsx';

/** Which sub-page holds a finding's field. */
export function policyTabOfField(field: string): { tab: PolicyTab; rest: string } {
  const [head, second] = field.split('.');
  if (head === 'sections' && sectionIds.includes(second as SectionId)) return { tab: 'sections', rest: second! };
  if (head === 'goals') return { tab: 'goals', rest: '' };
  if (head === 'evaluations') return { tab: 'evaluation', rest: '' };
  if (head === 'assessment') return { tab: 'assessment', rest: '' };
  return { tab: 'sections', rest: '' };
}

export function PolicyPage({ state, rest }: { state: PlanState; rest: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [tabSlug = '', ...tail] = rest.split('/').filter(Boolean);
  const tab = (Object.keys(policyTabs) as PolicyTab[]).find((key) => policyTabs[key] === tabSlug);
  const field = params.get('veld');

  if (tab === undefined) {
    const target = field ? policyTabOfField(field) : { tab: 'sections' as const, rest: sectionIds[0] };
    const query = field ? `?veld=${encodeURIComponent(field)}` : '';
    return <Navigate replace to={`${subPaths.policy(planId, target.tab, target.rest)}${query}`} />;
  }

  return (
    <section className="page page--wide" data-screen="policy">
      <PageHeading>{t('policy.heading')}</PageHeading>
      <p className="lead">{t('policy.intro')}</p>
      <TabLinks
        label={t('policy.heading')}
        tabs={(Object.keys(policyTabs) as PolicyTab[]).map((key) => ({
          to: subPaths.policy(planId, key),
          label: t(`policy.tabs.${key}`),
        }))}
      />
      {tab === 'sections' && <SectionsTab state={state} sectionSlug={tail[0]} />}
      {tab === 'assessment' && <AssessmentTab state={state} />}
      {tab === 'goals' && <GoalsTab state={state} />}
      {tab === 'evaluation' && <EvaluationTab state={state} />}
      {tab === 'versions' && <VersionsTab state={state} />}
    </section>
  );
}
