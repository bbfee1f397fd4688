// The window's frame: header with the save state, undo and language, and the routes.
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router';
import { PlanLayout } from '../features/plan/PlanLayout.tsx';
import { GroupsPage } from '../features/plans/GroupsPage.tsx';
import { NewPlanWizard } from '../features/plans/NewPlanWizard.tsx';
import { PlansPage } from '../features/plans/PlansPage.tsx';
import { ReviewPage } from '../features/review/ReviewPage.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { paths } from './routes.ts';
import { SaveIndicator } from './SaveIndicator.tsx';
import { UndoControls } from './UndoControls.tsx';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to={paths.plans} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.title')}
        </Link>
        <nav aria-label={t('nav.main')} className="topnav">
          <NavLink end to={paths.plans}>
            {t('nav.plans')}
          </NavLink>
          <NavLink to={paths.groups}>{t('nav.groups')}</NavLink>
          <NavLink to={paths.review}>{t('review.nav')}</NavLink>
        </nav>
        <div className="topbar__tools">
          <SaveIndicator />
          <UndoControls />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<PlansPage />} />
          <Route path="/nieuw" element={<NewPlanWizard />} />
          <Route path="/groepen" element={<GroupsPage />} />
          <Route path="/beoordelen" element={<ReviewPage />} />
          <Route path="/plan/:planId" element={<PlanLayout />} />
          <Route path="/plan/:planId/:step/*" element={<PlanLayout />} />
          <Route path="*" element={<p className="page">{t('app.notFound')}</p>} />
        </Routes>
      </main>
    </>
  );
}
