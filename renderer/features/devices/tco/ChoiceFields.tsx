// The school's decision on a comparison: which option it chose (radio buttons, saved when
// picked) and why (saved after a pause in typing). Without both, the rules ask for them.
import { useTranslation } from 'react-i18next';
import { compareOptions, type TcoComparison } from '../../../../shared/devices/tco.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { fieldDomId, TextField } from '../../../components/Field.tsx';
import { cheapestIds } from './view.ts';

interface ChoiceFieldsProps {
  editor: PartEditor;
  scope: string;
  /** The saved comparison: only stored options can be chosen. */
  tco: TcoComparison;
  names: string[];
}

export function ChoiceFields({ editor, scope, tco, names }: ChoiceFieldsProps) {
  const { t } = useTranslation();
  const compared = compareOptions(tco);
  const cheapest = cheapestIds(compared);
  const chosen = editor.valueOf('chosenOptionId') as string | null;
  const groupId = fieldDomId(`${scope}.chosenOptionId`);
  const needsChoice = tco.options.length >= 2 && (tco.chosenOptionId === null || tco.motivation.trim() === '');

  return (
    <section aria-labelledby="tco-choice-heading" className="tco-editor__part tco-choice">
      <h3 id="tco-choice-heading">{t('tco.choiceHeading')}</h3>
      {needsChoice && (
        <p className="notice notice--warn">
          <span aria-hidden="true">⚠ </span>
          {t('tco.choiceNeeded')}
        </p>
      )}
      {compared.length === 0 ? (
        <p className="muted">{t('tco.noOptions')}</p>
      ) : (
        <fieldset className="field fieldset" id={groupId} tabIndex={-1}>
          <legend className="field__label">{t('tco.chosenOption')}</legend>
          <div className="radios">
            {compared.map(({ option, result }, index) => {
              const id = `${groupId}-${option.id}`;
              return (
                <div className="radio" key={option.id}>
                  <input
                    id={id}
                    type="radio"
                    name={groupId}
                    value={option.id}
                    checked={chosen === option.id}
                    onChange={() => editor.setValue('chosenOptionId', option.id)}
                  />
                  <label htmlFor={id}>
                    <span className="radio__name">{names[index]}</span>{' '}
                    <span className="muted">
                      {t('tco.perDevicePerYearShort', { amount: formatMoney(result.perDevicePerYear) })}
                      {cheapest.has(option.id) && ` · ${t('tco.cheapestTag')}`}
                    </span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <TextField
        editor={editor}
        scope={scope}
        path="motivation"
        multiline
        label={t('tco.motivation')}
        hint={t('tco.motivationHint')}
        className="tco-choice__motivation"
      />
    </section>
  );
}
