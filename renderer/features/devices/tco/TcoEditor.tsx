// One contract comparison on its own page, saved as you type: the need (how many devices,
// for how many years), the options with their figures, what each costs (a table and a
// chart), and the option chosen with the reason why: the evidence AGODI asks for. Every
// write is one tcos.update with the top-level fields that changed; the options go whole.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanState } from '../../../../shared/contract.ts';
import { defaultOption, TcoPatchSchema, tcoKinds, type TcoComparison, type TcoKind, type TcoOption } from '../../../../shared/devices/tco.ts';
import { AppError } from '../../../../shared/result.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../../app/focus.ts';
import { subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId, TextField } from '../../../components/Field.tsx';
import { ChoiceFields } from './ChoiceFields.tsx';
import { OptionCard } from './OptionCard.tsx';
import { TcoResults } from './TcoResults.tsx';
import { useDeleteComparison } from './use-delete-comparison.tsx';
import { optionNames } from './view.ts';

const MAX_OPTIONS = 10;

export function TcoEditor({ state, tcoId }: { state: PlanState; tcoId: string }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const tco = state.plan.tcos.find((candidate) => candidate.id === tcoId);
  const listPath = subPaths.devices(planId, 'tco');

  if (!tco) {
    return (
      <section aria-labelledby="tco-missing">
        <h2 id="tco-missing">{t('errors.comparisonNotFound')}</h2>
        <p>
          <Link to={listPath}>{t('tco.backToList')}</Link>
        </p>
      </section>
    );
  }
  return <ComparisonForm key={tco.id} planId={planId} tco={tco} listPath={listPath} />;
}

function ComparisonForm({ planId, tco, listPath }: { planId: string; tco: TcoComparison; listPath: string }) {
  const { t } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [newKind, setNewKind] = useState<TcoKind>('refurbished');
  const scope = `tcos.${tco.id}`;

  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const state = await write('tcos.update', { planId, tcoId: tco.id, patch });
      const saved = state.plan.tcos.find((candidate) => candidate.id === tco.id);
      if (!saved) throw new AppError('NOT_FOUND', 'errors.comparisonNotFound');
      return saved;
    },
    [write, planId, tco.id],
  );
  const editor = usePartEditor<TcoComparison>({ value: tco, patchSchema: TcoPatchSchema, save });
  const remove = useDeleteComparison(planId, () => void navigate(listPath));
  const linked = useFocusFromLink();
  const arrivedByLink = useRef(linked !== null);

  // Arriving from the list or the "new" dialog (not from a finding's link), the keyboard starts at the title.
  useEffect(() => {
    const active = document.activeElement;
    if (!arrivedByLink.current && (!active || active === document.body || !active.isConnected)) heading.current?.focus();
  }, []);

  // A new option takes the focus once it is on screen, its description ready for typing.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement) {
      element.focus();
      focusNext.current = null;
    }
  });

  const options = (editor.valueOf('options') as TcoOption[] | undefined) ?? [];
  const names = optionNames(options, (option) => t(`devices.tcoKinds.${option.kind}`));

  const addOption = () => {
    focusNext.current = fieldDomId(`${scope}.options.${options.length}.label`);
    // Made once, outside the change: the change may be applied more than once on screen.
    const added = defaultOption(crypto.randomUUID(), newKind);
    editor.update<TcoOption[]>('options', (list) => [...list, added]);
  };

  const removeOption = (optionId: string) => {
    focusNext.current = addButtonId(tco.id);
    // The choice cannot point at an option that is gone: both go in the same save.
    if (editor.valueOf('chosenOptionId') === optionId) editor.setValue('chosenOptionId', null);
    editor.update<TcoOption[]>('options', (list) => list.filter((option) => option.id !== optionId));
  };

  return (
    <section aria-labelledby="tco-editor-heading" className="tco-editor">
      <p className="back-link">
        <Link to={listPath}>
          <span aria-hidden="true">← </span>
          {t('tco.backToList')}
        </Link>
      </p>
      <h2 id="tco-editor-heading" ref={heading} tabIndex={-1} className="tco-editor__heading">
        {tco.title}
      </h2>
      <p className="lifecycle__text">{t('tco.editorIntro')}</p>

      <fieldset className="card">
        <legend className="card__title">{t('tco.need')}</legend>
        <TextField editor={editor} scope={scope} path="title" label={t('tco.title')} />
        <div className="field-row">
          <TextField editor={editor} scope={scope} path="quantity" kind="count" width="short" label={t('tco.quantity')} />
          <TextField editor={editor} scope={scope} path="years" kind="count" width="short" label={t('tco.years')} hint={t('tco.yearsHint')} />
        </div>
      </fieldset>

      <section aria-labelledby="tco-options-heading" className="tco-editor__part">
        <h3 id="tco-options-heading">{t('tco.optionsHeading')}</h3>
        <p className="field__hint">{t('tco.optionsHint')}</p>
        <p className="field__hint">{t('tco.repairsHint')}</p>
        <div className="tco-options" id={fieldDomId(`${scope}.options`)} tabIndex={-1}>
          {options.length === 0 && <p className="muted">{t('tco.noOptions')}</p>}
          {options.map((option, index) => (
            <OptionCard
              key={option.id}
              editor={editor}
              scope={scope}
              index={index}
              name={names[index]!}
              onRemove={() => removeOption(option.id)}
            />
          ))}
        </div>
        <AddOption kind={newKind} onKind={setNewKind} onAdd={addOption} disabled={options.length >= MAX_OPTIONS} tcoId={tco.id} />
      </section>

      <TcoResults tco={tco} />
      <ChoiceFields editor={editor} scope={scope} tco={tco} names={optionNames(tco.options, (option) => t(`devices.tcoKinds.${option.kind}`))} />

      <div className="form-actions">
        <Link to={listPath} className="button button--primary">
          {t('tco.done')}
        </Link>
        <Button variant="ghost" className="danger-text" onClick={() => remove.ask(tco)}>
          {t('tco.deleteComparison')}
        </Button>
      </div>
      {remove.dialog}
    </section>
  );
}

const addButtonId = (tcoId: string) => `tco-${tcoId}-add-option`;

function AddOption({
  kind,
  onKind,
  onAdd,
  disabled,
  tcoId,
}: {
  kind: TcoKind;
  onKind: (kind: TcoKind) => void;
  onAdd: () => void;
  disabled: boolean;
  tcoId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="tco-add-option" role="group" aria-label={t('tco.addOption')}>
      <div className="field field--medium">
        <label htmlFor={`tco-${tcoId}-new-kind`} className="field__label">
          {t('tco.newOptionKind')}
        </label>
        <select id={`tco-${tcoId}-new-kind`} className="field__input" value={kind} onChange={(event) => onKind(event.target.value as TcoKind)}>
          {tcoKinds.map((option) => (
            <option key={option} value={option}>
              {t(`devices.tcoKinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <Button id={addButtonId(tcoId)} onClick={onAdd} disabled={disabled}>
        {t('tco.addOption')}
      </Button>
      {disabled && <p className="field__hint">{t('tco.maxOptions', { max: MAX_OPTIONS })}</p>}
    </div>
  );
}
