// The professional-development step (Digiplan §B.2): the team's DigCompEdu profile, the
// training activities with the reach among teachers, and the training plan, each on its
// own address. A finding's link (`?veld=`) lands on the sub-page that holds the field.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { sources } from '../../../shared/sources.ts';
import { subPaths, trainingTabs, type TrainingTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TabLinks } from '../../components/Tabs.tsx';
import { FindingList } from '../plan/FindingList.tsx';
import { ActivitiesTab } from './ActivitiesTab.tsx';
import { useFocusFromLink } from '../../app/focus.ts';
import { PlanTab } from './PlanTab.tsx';
import { ProfileTab } from './ProfileTab.tsx';
import { trainingTabOfField } from './view.ts';

export function TrainingPage({ state, rest }: { state: PlanState; rest: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [tabSlug = '', activityId] = rest.split('/').filter(Boolean);
  const tab = (Object.keys(trainingTabs) as TrainingTab[]).find((key) => trainingTabs[key] === tabSlug);
  const field = params.get('veld');
  useFocusFromLink(tab);

  if (tab === undefined) {
    const target = field ? trainingTabOfField(field) : 'profile';
    const query = field ? `?veld=${encodeURIComponent(field)}` : '';
    return <Navigate replace to={`${subPaths.training(planId, target)}${query}`} />;
  }

  const findings = state.findings.filter((finding) => finding.step === 'training');
  const blocking = findings.filter((finding) => finding.severity === 'blocking').length;
  const obligation = sources['digiplan.B2'];

  return (
    <section className="page page--wide" data-screen="training">
      <PageHeading>{t('training.heading')}</PageHeading>
      <p className="lead">{t('training.intro')}</p>
      <blockquote className="source-quote">
        <p lang="nl">“{obligation.quote}”</p>
        <footer>
          — <cite>{obligation.ref}</cite>
        </footer>
      </blockquote>
      {findings.length > 0 && (
        <details className="step-findings" open={blocking > 0}>
          <summary>{t('training.findingsSummary', { count: findings.length })}</summary>
          <FindingList planId={planId} findings={findings} />
        </details>
      )}
      <TabLinks
        label={t('training.heading')}
        tabs={(Object.keys(trainingTabs) as TrainingTab[]).map((key) => ({
          to: subPaths.training(planId, key),
          label: t(`training.tabs.${key}`),
        }))}
      />
      {tab === 'profile' && <ProfileTab key={planId} state={state} />}
      {tab === 'activities' && <ActivitiesTab state={state} activityId={activityId} />}
      {tab === 'plan' && <PlanTab state={state} />}
    </section>
  );
}
