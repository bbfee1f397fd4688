// Findings with their severity, the rule, the source passage and, for a plan on this computer,
// a link to the field (a bundle under review has no plan here to link into).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding } from '../../../shared/findings/finding.ts';
import { SeverityBadge } from '../../components/Badges.tsx';
import { paths } from '../../app/routes.ts';

export function FindingList({ planId, findings }: { planId?: string; findings: Finding[] }) {
  const { t } = useTranslation();
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}:${finding.field ?? ''}:${index}`} className={`finding finding--${finding.severity}`}>
          <div className="finding__head">
            <SeverityBadge severity={finding.severity} />
            <span className="finding__message">{t(finding.messageKey, finding.params ?? {})}</span>
          </div>
          <div className="finding__meta">
            {planId && (
              <Link to={paths.step(planId, finding.step, finding.field)} className="finding__fix">
                {t('check.fix')} <span aria-hidden="true">→</span>
              </Link>
            )}
            <details className="finding__source">
              <summary>
                {t('check.source')}: {finding.source.ref}
              </summary>
              <blockquote lang="nl">{finding.source.quote}</blockquote>
              <p className="muted">
                {t('check.rule')}: <code>{finding.ruleId}</code>
              </p>
            </details>
          </div>
        </li>
      ))}
    </ul>
  );
}
