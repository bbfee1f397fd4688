// The reference prices step (Digiplan §B.3): the versioned price lists (the example one
// marked as such everywhere), importing a new version, the items of a list, and every
// purchase and inventory price beside the reference valid on its own date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { listValidOn } from '../../../shared/prices/schema.ts';
import { sources } from '../../../shared/sources.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { FindingList } from '../plan/FindingList.tsx';
import { todayIso } from '../training/view.ts';
import { Comparison } from './Comparison.tsx';
import { ListItems } from './ListItems.tsx';
import { PriceLists } from './PriceLists.tsx';
import { usePriceLists } from './queries.ts';

export function PricesPage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const lists = usePriceLists();
  const [chosen, setChosen] = useState<string | null>(null);
  const findings = state.findings.filter((finding) => finding.step === 'prices');
  const obligation = sources['digiplan.B3.prices'];
  const all = lists.data ?? [];
  const shown = all.find((list) => list.id === chosen) ?? listValidOn(all, todayIso()) ?? all[0] ?? null;

  return (
    <section className="page page--wide" data-screen="prices">
      <PageHeading>{t('prices.heading')}</PageHeading>
      <p className="lead">{t('prices.intro')}</p>
      <blockquote className="source-quote">
        <p lang="nl">“{obligation.quote}”</p>
        <footer>
          — <cite>{obligation.ref}</cite>
        </footer>
      </blockquote>
      {findings.length > 0 && (
        <details className="step-findings" open>
          <summary>{t('prices.findingsSummary', { count: findings.length })}</summary>
          <FindingList planId={planId} findings={findings} />
        </details>
      )}
      {lists.isError ? (
        <p className="notice" role="alert">
          {t('prices.loadFailed')}
        </p>
      ) : (
        <>
          <PriceLists lists={all} loading={lists.isPending} shownId={shown?.id ?? null} onShow={setChosen} />
          {shown && <ListItems list={shown} />}
          {lists.data && <Comparison state={state} lists={lists.data} />}
        </>
      )}
    </section>
  );
}
