// "New comparison": what the need is (a title, how many devices, for how many years) and
// which contract forms to weigh. Each form starts with sensible figures (defaultOption) that
// the comparison's own page asks to replace with the quotes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { defaultOption, TcoInputSchema, tcoKinds, type TcoKind } from '../../../../shared/devices/tco.ts';
import type { IssueDetail } from '../../../../shared/result.ts';
import { issuesFromZod } from '../../../../shared/validation.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { parseCount } from '../../../api/use-part-editor.ts';
import { subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { useCreateForm } from '../../../components/useCreateForm.ts';
import { FieldError } from '../../../components/Field.tsx';

type TextName = 'title' | 'quantity' | 'years';

export function AddComparisonDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const id = useId();
  const [values, setValues] = useState<Record<TextName, string>>({ title: '', quantity: '', years: '4' });
  const [kinds, setKinds] = useState<TcoKind[]>(['buy', 'lease']);
  const { busy, issueAt, submit: submitForm } = useCreateForm(id);

  const submit = async () => {
    const quantity = parseCount(values.quantity);
    const years = parseCount(values.years);
    const found: IssueDetail[] = [];
    if (typeof quantity !== 'number') found.push({ path: ['quantity'], messageKey: 'validation.wholeNumber' });
    if (typeof years !== 'number') found.push({ path: ['years'], messageKey: 'validation.wholeNumber' });
    const tco = {
      title: values.title.trim(),
      quantity: typeof quantity === 'number' ? quantity : 0,
      years: typeof years === 'number' ? years : 0,
      options: tcoKinds.filter((kind) => kinds.includes(kind)).map((kind) => defaultOption(crypto.randomUUID(), kind)),
    };
    const parsed = TcoInputSchema.safeParse(tco);
    if (!parsed.success) found.push(...issuesFromZod(parsed.error));
    // A field unreadable as a number says so once, not also "too small".
    const shown = found.filter((issue, index) => found.findIndex((other) => other.path.join('.') === issue.path.join('.')) === index);
    await submitForm(shown, async () => {
      const created = await write('tcos.create', { planId, tco });
      onClose();
      void navigate(subPaths.devices(planId, 'tco', created.createdId));
    });
  };

  const field = (name: TextName, label: string, hint?: string) => {
    const issue = issueAt(name);
    const describedBy = [hint ? `${id}-${name}-hint` : null, issue ? `${id}-${name}-error` : null].filter(Boolean).join(' ');
    return (
      <div className={name === 'title' ? 'field' : 'field field--short'}>
        <label htmlFor={`${id}-${name}`} className="field__label">
          {label}
        </label>
        {hint && (
          <p id={`${id}-${name}-hint`} className="field__hint">
            {hint}
          </p>
        )}
        <input
          id={`${id}-${name}`}
          className="field__input"
          value={values[name]}
          inputMode={name === 'title' ? 'text' : 'numeric'}
          autoFocus={name === 'title'}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        />
        <FieldError id={`${id}-${name}-error`} issue={issue} />
      </div>
    );
  };

  return (
    <Dialog
      open
      title={t('tco.newComparison')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('tco.createComparison')}
          </Button>
        </>
      }
    >
      {field('title', t('tco.title'), t('tco.titleHint'))}
      <div className="field-row">
        {field('quantity', t('tco.quantity'))}
        {field('years', t('tco.years'), t('tco.yearsHint'))}
      </div>
      <fieldset className="field fieldset">
        <legend className="field__label">{t('tco.formsToCompare')}</legend>
        <p className="field__hint">{t('tco.formsToCompareHint')}</p>
        <div className="checkboxes checkboxes--stacked">
          {tcoKinds.map((kind) => (
            <div className="checkbox" key={kind}>
              <input
                id={`${id}-kind-${kind}`}
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(event) =>
                  setKinds((current) => (event.target.checked ? [...current, kind] : current.filter((other) => other !== kind)))
                }
              />
              <label htmlFor={`${id}-kind-${kind}`}>{t(`devices.tcoKinds.${kind}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}
