// The check step (controle): one panel per Digiplan precondition (B.1 policy plan, B.2
// professional development, B.3 affordability) and the funding, each with its verdict, the
// evidence the plan holds and its findings by step; the verdict for the whole plan on top.
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { preconditionViews } from '../../../shared/findings/preconditions.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { todayIso } from '../training/view.ts';
import { usePriceLists } from '../prices/queries.ts';
import { FindingList } from './FindingList.tsx';

export function CheckPage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const { plan, findings, ready, complete } = state;
  const lists = usePriceLists();
  const views = preconditionViews(plan, findings, todayIso(), lists.data ?? []);
  return (
    <section className="page page--wide" data-screen="check">
      <PageHeading>{t('check.heading')}</PageHeading>
      <p className="lead">{t('check.intro')}</p>
      <p className={`readiness__verdict ${ready ? 'text-ok' : 'text-blocked'}`}>
        {!ready ? t('check.notReady') : complete ? t('check.ready') : t('check.readySoFar')}
      </p>
      {findings.length === 0 && <p>{t('check.none')}</p>}
      <div className="preconditions">
        {views.map((view) => (
          <section key={view.id} className={`precondition precondition--${view.ready ? 'ready' : 'blocked'}`} aria-labelledby={`precondition-${view.id}`} data-precondition={view.id}>
            <h2 id={`precondition-${view.id}`}>{t(`controle.preconditions.${view.id}.title`)}</h2>
            <p className="precondition__verdict">
              <strong>{view.ready ? t('controle.ready') : t('controle.notReady', { count: view.blocking })}</strong>{' '}
              {t(`controle.preconditions.${view.id}.what`)}
            </p>
            <h3 className="precondition__subheading">{t('controle.evidenceHeading')}</h3>
            <ul className="evidence">
              {view.evidence.map((item) => (
                <li key={item.key} className={item.present ? 'evidence__item evidence__item--present' : 'evidence__item evidence__item--missing'}>
                  <span className="evidence__mark">{item.present ? t('controle.present') : t('controle.missing')}</span> {t(`controle.evidence.${item.key}`, item.params)}
                </li>
              ))}
            </ul>
            {view.steps
              .filter((step) => view.findings.some((finding) => finding.step === step))
              .map((step) => (
                <section key={step} aria-labelledby={`check-${step}`}>
                  <h3 id={`check-${step}`}>{t(`steps.${step}.title`)}</h3>
                  <FindingList planId={plan.id} findings={view.findings.filter((finding) => finding.step === step)} />
                </section>
              ))}
          </section>
        ))}
      </div>
    </section>
  );
}
