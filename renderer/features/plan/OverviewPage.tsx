// The overview: the walk through the plan with each step's state, and what still
// blocks submission.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { availableSteps } from '../../../shared/plan/steps.ts';
import { StepStateBadge } from '../../components/Badges.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { paths } from '../../app/routes.ts';
import { FindingList } from './FindingList.tsx';

export function OverviewPage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const { plan, findings, steps, ready, complete } = state;
  const verdict = !ready ? 'not-ready' : complete ? 'ready' : 'partial';
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const available = steps.filter((s) => availableSteps.has(s.step));
  const done = available.filter((s) => s.state === 'done').length;
  const important = findings.filter((f) => f.severity !== 'tip');

  return (
    <section className="page" data-screen="overview">
      <PageHeading>{t('overview.heading')}</PageHeading>
      <p className="lead">{t('overview.intro')}</p>

      <div className={`readiness readiness--${verdict}`}>
        <p className="readiness__verdict">
          {verdict === 'ready' ? t('overview.ready') : verdict === 'partial' ? t('check.readySoFar') : t('overview.notReady')}
        </p>
        <p className="readiness__counts">
          {[
            t('overview.blockingCount', { count: count('blocking') }),
            t('overview.warningCount', { count: count('warning') }),
            t('overview.tipCount', { count: count('tip') }),
          ].join(' · ')}
        </p>
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={available.length}
          aria-valuenow={done}
          aria-label={t('overview.progressLabel', { done, total: available.length })}
        >
          <div className="progress__bar" style={{ width: `${(100 * done) / Math.max(1, available.length)}%` }} />
        </div>
      </div>

      <ol className="walk">
        {steps.map((status, index) => (
          <li key={status.step} className={`walk__step walk__step--${status.state}`}>
            <span className="walk__number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="walk__body">
              <Link to={paths.step(plan.id, status.step)} className="walk__title">
                {t(`steps.${status.step}.title`)}
              </Link>
              <p className="walk__description">{t(`steps.${status.step}.description`)}</p>
            </div>
            <StepStateBadge state={status.state} />
          </li>
        ))}
      </ol>

      {important.length > 0 && (
        <>
          <h2>{t('check.heading')}</h2>
          <FindingList planId={plan.id} findings={important} />
        </>
      )}
    </section>
  );
}
