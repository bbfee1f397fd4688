// The group view: the schools of each scholengroep or scholengemeenschap in this database.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupPlans } from '../../../shared/plan/groups.ts';
import { usePlans } from '../../api/hooks.tsx';
import { QueryError } from '../../app/QueryError.tsx';
import { paths } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

export function GroupsPage() {
  const { t } = useTranslation();
  const query = usePlans();
  if (query.isPending) return <p className="page">{t('app.loading')}</p>;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const groups = groupPlans(query.data);

  return (
    <section className="page" data-screen="groups">
      <PageHeading>{t('groups.heading')}</PageHeading>
      <p className="lead">{t('groups.intro')}</p>
      {groups.length === 0 && <p className="notice">{t('groups.empty')}</p>}
      <div className="group-grid">
        {groups.map((group) => (
          <section key={`${group.kind}:${group.name}`} className="card" aria-labelledby={`group-${group.kind}-${group.name}`}>
            <h2 className="card__title" id={`group-${group.kind}-${group.name}`}>
              {group.kind === 'none' ? t('groups.noGroup') : group.name}
            </h2>
            <p className="muted">
              {group.kind === 'none' ? '' : `${t(`groupKinds.${group.kind}`)} · `}
              {t('groups.schoolCount', { count: group.plans.length })}
            </p>
            <ul className="plain-list">
              {group.plans.map((plan) => (
                <li key={plan.id}>
                  <Link to={paths.plan(plan.id)}>{plan.schoolName || plan.name}</Link>
                  <span className="muted"> · {plan.institutionNumber || '—'}</span>
                  {plan.isExample && <span className="badge">{t('plans.exampleBadge')}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
