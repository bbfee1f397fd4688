// How many pupils are expected to use the loan service, per grade, with the profile's pupil
// count beside each: the settlement and the council's figures start from these counts.
// "Fill from the profile" copies the pupil counts for the grades the loan service covers.
import { useTranslation } from 'react-i18next';
import type { LoanService } from '../../../../shared/fees/schema.ts';
import { formatInteger, formatPercent } from '../../../../shared/format.ts';
import { gradeKeys, type GradeKey, type Profile } from '../../../../shared/profile/schema.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId, TextField } from '../../../components/Field.tsx';

type Users = LoanService['users'];

export function UsersGrid({ editor, profile }: { editor: PartEditor; profile: Profile }) {
  const { t } = useTranslation();
  const chosen = (editor.valueOf('grades') as GradeKey[] | undefined) ?? [];
  const users = (editor.valueOf('users') as Users | undefined) ?? {};
  // The chosen grades, and any grade that still holds a count from before, so it can be cleared.
  const rows = gradeKeys.filter((grade) => chosen.includes(grade) || (users[grade] ?? 0) > 0);
  const count = (grade: GradeKey) => {
    const value = editor.valueOf(`users.${grade}`);
    return typeof value === 'number' ? value : (users[grade] ?? 0);
  };
  const totalUsers = rows.reduce((sum, grade) => sum + count(grade), 0);
  const totalPupils = rows.reduce((sum, grade) => sum + (profile.pupils[grade] ?? 0), 0);
  const fillable = chosen.some((grade) => (profile.pupils[grade] ?? 0) > 0);

  const fill = () =>
    editor.update<Users>('users', (current) => {
      const next: Users = { ...current };
      for (const grade of chosen) next[grade] = profile.pupils[grade] ?? 0;
      return next;
    });

  return (
    <fieldset className="card loan-users" id={fieldDomId('loan.users')} tabIndex={-1}>
      <legend className="card__title">{t('fees.loan.users.heading')}</legend>
      <p className="field__hint">{t('fees.loan.users.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('fees.loan.users.chooseGrades')}</p>
      ) : (
        <>
          <div className="grade-grid loan-users__grid">
            {rows.map((grade) => (
              <TextField
                key={grade}
                editor={editor}
                scope="loan"
                path={`users.${grade}`}
                kind="count"
                width="short"
                label={t(`grades.${grade}`)}
                hint={
                  chosen.includes(grade)
                    ? t('fees.loan.users.pupils', { count: profile.pupils[grade] ?? 0, formatted: formatInteger(profile.pupils[grade] ?? 0) })
                    : t('fees.loan.users.notChosen')
                }
              />
            ))}
          </div>
          <p className="total" aria-live="polite">
            {totalPupils > 0
              ? t('fees.loan.users.total', {
                  count: totalUsers,
                  formatted: formatInteger(totalUsers),
                  pupils: formatInteger(totalPupils),
                  share: formatPercent(totalUsers / totalPupils),
                })
              : t('fees.loan.users.totalNoPupils', { count: totalUsers, formatted: formatInteger(totalUsers) })}
          </p>
          <div className="loan-users__actions">
            <Button onClick={fill} disabled={!fillable}>
              {t('fees.loan.users.fill')}
            </Button>
            <span className="field__hint">{fillable ? t('fees.loan.users.fillHint') : t('fees.loan.users.fillNone')}</span>
          </div>
        </>
      )}
    </fieldset>
  );
}
