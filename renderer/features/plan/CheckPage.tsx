// The check step: every finding, grouped by step, with the verdict on top.
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { stepIds } from '../../../shared/plan/steps.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { FindingList } from './FindingList.tsx';

export function CheckPage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const { plan, findings, ready, complete } = state;
  return (
    <section className="page" data-screen="check">
      <PageHeading>{t('check.heading')}</PageHeading>
      <p className="lead">{t('check.intro')}</p>
      <p className={`readiness__verdict ${ready ? 'text-ok' : 'text-blocked'}`}>
        {!ready ? t('check.notReady') : complete ? t('check.ready') : t('check.readySoFar')}
      </p>
      {findings.length === 0 && <p>{t('check.none')}</p>}
      {stepIds
        .filter((step) => findings.some((f) => f.step === step))
        .map((step) => (
          <section key={step} aria-labelledby={`check-${step}`}>
            <h2 id={`check-${step}`}>{t(`steps.${step}.title`)}</h2>
            <FindingList planId={plan.id} findings={findings.filter((f) => f.step === step)} />
          </section>
        ))}
    </section>
  );
}
