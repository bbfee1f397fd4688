// A step whose screen is not in this version yet: said plainly, not faked.
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../shared/plan/steps.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

export function LaterStep({ step }: { step: StepId }) {
  const { t } = useTranslation();
  return (
    <section className="page" data-screen="later">
      <PageHeading>{t(`steps.${step}.title`)}</PageHeading>
      <p className="lead">{t(`steps.${step}.description`)}</p>
      <p className="notice">{t('later.body')}</p>
    </section>
  );
}
