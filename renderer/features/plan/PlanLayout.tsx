// A plan: the steps on the left, the current step on the right.
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { StepStateBadge } from '../../components/Badges.tsx';
import { usePlanState } from '../../api/hooks.tsx';
import { paths, stepOfSlug } from '../../app/routes.ts';
import { DevicesPage } from '../devices/DevicesPage.tsx';
import { ExportPage } from '../export/ExportPage.tsx';
import { FeesPage } from '../fees/FeesPage.tsx';
import { FundingPage } from '../funding/FundingPage.tsx';
import { PolicyPage } from '../policy/PolicyPage.tsx';
import { PricesPage } from '../prices/PricesPage.tsx';
import { ProfilePage } from '../profile/ProfilePage.tsx';
import { TrainingPage } from '../training/TrainingPage.tsx';
import { CheckPage } from './CheckPage.tsx';
import { LaterStep } from './LaterStep.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { QueryError } from '../../app/QueryError.tsx';

const screens = new Set(['profile', 'policy', 'training', 'devices', 'prices', 'fees', 'funding', 'check', 'export']);

export function PlanLayout() {
  const { t } = useTranslation();
  const { planId = '', step: slug, '*': rest = '' } = useParams();
  const query = usePlanState(planId);
  if (query.isPending) return <p className="page">{t('app.loading')}</p>;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const state = query.data;
  const step = stepOfSlug(slug);

  return (
    <div className="plan">
      <nav className="plan__nav" aria-label={t('nav.steps')}>
        <p className="plan__name">
          {state.plan.name}
          {state.plan.isExample && <span className="badge">{t('plans.exampleBadge')}</span>}
        </p>
        <ol>
          <li>
            <NavLink end to={paths.plan(planId)} className="plan__link">
              {t('overview.heading')}
            </NavLink>
          </li>
          {state.steps.map((status) => (
            <li key={status.step}>
              <NavLink to={paths.step(planId, status.step)} className="plan__link">
                <span>{t(`steps.${status.step}.title`)}</span>
                <StepStateBadge state={status.state} />
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <div className="plan__content">
        {state.plan.isExample && <p className="notice notice--example">{t('app.exampleNotice')}</p>}
        {step === undefined && slug === undefined && <OverviewPage state={state} />}
        {step === 'profile' && <ProfilePage key={planId} state={state} />}
        {step === 'policy' && <PolicyPage state={state} rest={rest} />}
        {step === 'training' && <TrainingPage state={state} rest={rest} />}
        {step === 'devices' && <DevicesPage state={state} rest={rest} />}
        {step === 'prices' && <PricesPage state={state} />}
        {step === 'fees' && <FeesPage state={state} rest={rest} />}
        {step === 'funding' && <FundingPage state={state} />}
        {step === 'check' && <CheckPage state={state} />}
        {step === 'export' && <ExportPage state={state} />}
        {step !== undefined && !screens.has(step) && <LaterStep step={step} />}
        {step === undefined && slug !== undefined && <p>{t('app.notFound')}</p>}
      </div>
    </div>
  );
}
