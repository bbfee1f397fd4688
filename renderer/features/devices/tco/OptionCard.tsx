// One option of a comparison: its contract form, a description, and the figures per device
// the calculation uses, in pairs that belong together (price and residual value, repairs
// and their cost…). Money is typed the Belgian way (`612,50`), counts as whole numbers.
import { useTranslation } from 'react-i18next';
import { tcoKinds } from '../../../../shared/devices/tco.ts';
import type { FieldKind, PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { SelectField, TextField } from '../../../components/Field.tsx';

type Figure =
  | 'purchaseCents'
  | 'residualCents'
  | 'leaseCentsPerMonth'
  | 'lifetimeYears'
  | 'repairsPerThousand'
  | 'repairCostCents'
  | 'insuranceCentsPerYear'
  | 'managementCentsPerYear'
  | 'energyCentsPerYear'
  | 'recyclingCents';

/** The figures in pairs, as they sit side by side on the card. */
const figureRows: [Figure, Figure][] = [
  ['purchaseCents', 'residualCents'],
  ['leaseCentsPerMonth', 'lifetimeYears'],
  ['repairsPerThousand', 'repairCostCents'],
  ['insuranceCentsPerYear', 'managementCentsPerYear'],
  ['energyCentsPerYear', 'recyclingCents'],
];

const kindOf = (figure: Figure): FieldKind => (figure === 'lifetimeYears' || figure === 'repairsPerThousand' ? 'count' : 'money');

interface OptionCardProps {
  editor: PartEditor;
  scope: string;
  index: number;
  name: string;
  onRemove: () => void;
}

export function OptionCard({ editor, scope, index, name, onRemove }: OptionCardProps) {
  const { t } = useTranslation();
  const path = (field: string) => `options.${index}.${field}`;
  return (
    <fieldset className="card tco-option" data-option-index={index}>
      <legend className="card__title">{name}</legend>
      <div className="tco-option__head">
        <SelectField
          editor={editor}
          scope={scope}
          path={path('kind')}
          label={t('tco.optionKind')}
          options={tcoKinds.map((kind) => ({ value: kind, label: t(`devices.tcoKinds.${kind}`) }))}
        />
        <TextField editor={editor} scope={scope} path={path('label')} label={t('tco.optionLabel')} hint={t('tco.optionLabelHint')} />
      </div>
      {figureRows.map((pair) => (
        <div className="tco-option__row" key={pair[0]}>
          {pair.map((figure) => (
            <TextField
              key={figure}
              editor={editor}
              scope={scope}
              path={path(figure)}
              kind={kindOf(figure)}
              label={t(`tco.figures.${figure}`)}
              className="tco-option__figure"
            />
          ))}
        </div>
      ))}
      <div className="tco-option__foot">
        <Button variant="ghost" className="danger-text" aria-label={t('tco.removeOptionNamed', { name })} onClick={onRemove}>
          {t('tco.removeOption')}
        </Button>
      </div>
    </fieldset>
  );
}
