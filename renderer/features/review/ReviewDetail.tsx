// One school's bundle in review mode, read-only: what is wrong with the file, readiness per
// precondition, blocking points and warnings, fees against the reference prices, the social
// corrections, the school council's decision and the funding per theme.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleDocument, BundleReport } from '../../../shared/bundle/schema.ts';
import { correctionText } from '../../../shared/fees/texts.ts';
import { formatDate, formatPercent, formatTimestamp } from '../../../shared/format.ts';
import { themes } from '../../../shared/funding/schema.ts';
import { formatMoney } from '../../../shared/money.ts';
import { Button } from '../../components/Button.tsx';
import { FindingList } from '../plan/FindingList.tsx';
import { feeComparison, formatDeviation } from './view.ts';

export function ReviewDetail({ report, onClose }: { report: BundleReport; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a school's detail takes the reader there; closing it gives the focus back to the table.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { summary, document, manifest } = report;
  const school = summary?.schoolName || manifest?.school.name || t('review.unreadableSchool');
  const year = summary?.schoolYear ?? manifest?.schoolYear ?? '';

  const close = () => {
    const row = Array.from(window.document.querySelectorAll<HTMLTableRowElement>('tr[data-bundle]')).find((candidate) => candidate.dataset.bundle === report.fileName);
    onClose();
    row?.querySelector<HTMLButtonElement>('button.review__school')?.focus();
  };

  return (
    <section id="review-detail" className="card review-detail" aria-labelledby="review-detail-heading" data-detail={report.fileName}>
      <div className="review-detail__head">
        <h2 id="review-detail-heading" ref={heading} tabIndex={-1}>
          {year ? t('review.detail.heading', { school, year }) : school}
        </h2>
        <Button variant="ghost" onClick={close}>
          {t('review.hideDetails')}
        </Button>
      </div>
      <dl className="review-detail__facts">
        <div>
          <dt>{t('review.detail.file')}</dt>
          <dd>{report.fileName}</dd>
        </div>
        <div>
          <dt>{t('rollup.columns.status')}</dt>
          <dd>{t(`rollup.status.${report.status}`)}</dd>
        </div>
        {summary?.groupName && (
          <div>
            <dt>{t('review.detail.group')}</dt>
            <dd>{summary.groupName}</dd>
          </div>
        )}
        {manifest && (
          <div>
            <dt>{t('review.detail.createdAt')}</dt>
            <dd>{formatTimestamp(manifest.createdAt)}</dd>
          </div>
        )}
        {document && (
          <>
            <div>
              <dt>{t('review.detail.checkedOn')}</dt>
              <dd>{formatDate(document.checkedOn)}</dd>
            </div>
            <div>
              <dt>{t('review.detail.appVersion')}</dt>
              <dd>{document.app.version}</dd>
            </div>
          </>
        )}
      </dl>

      <h3>{t('review.detail.problems')}</h3>
      {report.problems.length === 0 ? (
        <p className="text-ok">{t('review.detail.noProblems')}</p>
      ) : (
        <ul className="review-problems">
          {report.problems.map((problem, index) => (
            <li key={index} className="review-problem" data-kind={problem.kind}>
              <p className="review-problem__message">{t(problem.messageKey, problem.params ?? {})}</p>
              {problem.file && <p className="muted">{t('review.detail.inFile', { file: problem.file })}</p>}
              {problem.issues && problem.issues.length > 0 && (
                <ul className="review-problem__issues">
                  {problem.issues.map((issue, issueIndex) => (
                    <li key={issueIndex}>
                      {issue.path.length > 0 && <code>{issue.path.join('.')}</code>} {t(issue.messageKey, issue.params ?? {})}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      {document && <DocumentDetail document={document} />}
    </section>
  );
}

function DocumentDetail({ document }: { document: BundleDocument }) {
  const { t } = useTranslation();
  const { facts, plan, schoolYear } = document;
  const shown = facts.findings.filter((finding) => finding.severity !== 'tip');
  const tips = facts.findings.length - shown.length;
  const fees = feeComparison(document);
  const decision = facts.decision;
  const themeRows = themes.filter((theme) => {
    const figures = facts.funding.themes[theme];
    return figures.allocationCents + figures.plannedCents + figures.spentCents > 0;
  });

  return (
    <>
      <h3>{t('review.detail.readiness')}</h3>
      <ul className="review-preconditions">
        {facts.preconditions.map((precondition) => (
          <li key={precondition.id} data-precondition={precondition.id} className={precondition.ready ? 'text-ok' : 'text-blocked'}>
            <span aria-hidden="true" className="review-preconditions__icon">
              {precondition.ready ? '✓' : '✕'}
            </span>
            <strong>{t(`controle.preconditions.${precondition.id}.title`)}:</strong> {precondition.ready ? t('review.detail.ready') : t('review.detail.notReady')}
          </li>
        ))}
      </ul>

      <h3>{t('review.detail.findings')}</h3>
      {shown.length === 0 ? <p>{t('review.detail.noFindings')}</p> : <FindingList findings={shown} />}
      {tips > 0 && <p className="muted">{t('review.detail.tips', { count: tips })}</p>}

      <h3>{t('review.detail.fees', { year: schoolYear })}</h3>
      {fees.length === 0 ? (
        <p>{t('review.detail.noFees')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact review-fees">
            <caption className="visually-hidden">{t('review.detail.fees', { year: schoolYear })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.detail.feeColumns.line')}</th>
                <th scope="col">{t('review.detail.feeColumns.kind')}</th>
                <th scope="col" className="numeric">
                  {t('review.detail.feeColumns.perYear')}
                </th>
                <th scope="col" className="numeric">
                  {t('review.detail.feeColumns.reference')}
                </th>
                <th scope="col" className="numeric">
                  {t('review.detail.feeColumns.deviation')}
                </th>
              </tr>
            </thead>
            <tbody>
              {fees.map(({ line, perYearCents, referenceCents, deviationBasisPoints }) => (
                <tr key={line.id} data-fee={line.id}>
                  <th scope="row">{line.label}</th>
                  <td>{t(`fees.lines.kinds.${line.kind}`)}</td>
                  <td className="numeric nowrap">
                    {formatMoney(perYearCents)}
                    {line.period === 'month' && <span className="review__deviation">{t('review.detail.monthly', { amount: formatMoney(line.amountCents) })}</span>}
                  </td>
                  <td className="numeric nowrap">{referenceCents === null ? <span className="muted">{t('review.detail.noReference')}</span> : formatMoney(referenceCents)}</td>
                  <td className={`numeric nowrap${deviationBasisPoints !== null && deviationBasisPoints > 0 ? ' text-blocked' : ''}`}>
                    {deviationBasisPoints === null ? '—' : formatDeviation(deviationBasisPoints, formatPercent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('review.detail.corrections')}</h3>
      {plan.fees.corrections.length === 0 ? (
        <p>{t('review.detail.noCorrections')}</p>
      ) : (
        <ul className="review-corrections">
          {plan.fees.corrections.map((correction) => {
            const kind = t(`fees.corrections.kinds.${correction.kind}`);
            return (
              <li key={correction.id}>
                <strong>{correction.label.trim() && correction.label !== kind ? `${kind}: ${correction.label}` : kind}</strong> — {correctionText(t, correction)}
              </li>
            );
          })}
        </ul>
      )}

      <h3>{t('review.detail.decision', { year: schoolYear })}</h3>
      {decision ? (
        <dl className="review-detail__facts review-decision">
          <div>
            <dt>{t('review.detail.meetingDate')}</dt>
            <dd>{formatDate(decision.meetingDate)}</dd>
          </div>
          <div>
            <dt>{t('review.detail.outcome')}</dt>
            <dd>{t(`fees.council.outcomes.${decision.outcome}`)}</dd>
          </div>
          <div>
            <dt>{t('review.detail.votes')}</dt>
            <dd>{t('review.detail.votesText', { for: decision.votes.for, against: decision.votes.against, abstain: decision.votes.abstain })}</dd>
          </div>
          <div className="review-decision__motivation">
            <dt>{t('review.detail.motivation')}</dt>
            <dd>{decision.motivation || '—'}</dd>
          </div>
        </dl>
      ) : (
        <p className="text-blocked">{t('review.detail.noDecision', { year: schoolYear })}</p>
      )}

      <h3>{t('review.detail.funding')}</h3>
      <div className="table-scroll">
        <table className="table table--compact review-funding">
          <caption className="visually-hidden">{t('review.detail.funding')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.detail.fundingColumns.theme')}</th>
              <th scope="col" className="numeric">
                {t('review.detail.fundingColumns.allocation')}
              </th>
              <th scope="col" className="numeric">
                {t('review.detail.fundingColumns.planned')}
              </th>
              <th scope="col" className="numeric">
                {t('review.detail.fundingColumns.spent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {themeRows.map((theme) => {
              const figures = facts.funding.themes[theme];
              return (
                <tr key={theme} data-theme={theme}>
                  <th scope="row">{t(`funding.themes.${theme}.title`)}</th>
                  <td className="numeric nowrap">{formatMoney(figures.allocationCents)}</td>
                  <td className="numeric nowrap">{formatMoney(figures.plannedCents)}</td>
                  <td className="numeric nowrap">{formatMoney(figures.spentCents)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('review.detail.total')}</th>
              <td className="numeric nowrap">{formatMoney(facts.funding.allocationCents)}</td>
              <td className="numeric nowrap">{formatMoney(facts.funding.plannedCents)}</td>
              <td className="numeric nowrap">{formatMoney(facts.funding.spentCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
