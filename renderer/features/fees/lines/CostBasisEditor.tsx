// The cost basis per device class: what one device costs the school per school year, net
// of the subsidy received for it, and so the most a yearly rent can be justified by. The
// figures can be taken over from the inventory (price, lifetime) and from the option chosen
// in a contract comparison (repairs, insurance, management).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceTypes, type DevicesSettings, type DeviceType, type FleetCohort } from '../../../../shared/devices/schema.ts';
import type { TcoComparison } from '../../../../shared/devices/tco.ts';
import { maximumRentCents } from '../../../../shared/fees/cost-basis.ts';
import type { CostBasis, FeeLine } from '../../../../shared/fees/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney, roundDiv } from '../../../../shared/money.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId, TextField } from '../../../components/Field.tsx';
import { useToasts } from '../../../components/Toasts.tsx';
import { chosenOptions, feesField, fleetFigures, suggestedBasis, yearlyCostsOf, type ChosenOption, type FleetFigures } from './view.ts';

type Figure = Exclude<keyof CostBasis, 'deviceClass'>;

/** The figures in the order a coordinator thinks about them: the device, then the yearly costs. */
const oneOff: Figure[] = ['purchaseCents', 'lifetimeYears', 'residualCents', 'fundingCentsPerDevice'];
const yearly: Figure[] = ['repairsCentsPerYear', 'insuranceCentsPerYear', 'managementCentsPerYear'];

interface CostBasisEditorProps {
  editor: PartEditor;
  lines: readonly FeeLine[];
  fleet: readonly FleetCohort[];
  settings: DevicesSettings;
  tcos: readonly TcoComparison[];
}

export function CostBasisEditor({ editor, lines, fleet, settings, tcos }: CostBasisEditorProps) {
  const { t } = useTranslation();
  const list = (editor.valueOf('costBasis') as CostBasis[] | undefined) ?? [];
  const present = new Set(list.map((basis) => basis.deviceClass));
  const missing = deviceTypes.filter((type) => !present.has(type));
  const rentClasses = deviceTypes.filter((type) => lines.some((line) => line.kind === 'rent' && line.deviceClass === type));
  const [newClass, setNewClass] = useState<DeviceType | ''>('');
  const chosen = chosenOptions(tcos);
  const addClass: DeviceType | undefined = newClass !== '' && missing.includes(newClass) ? newClass : (rentClasses.find((type) => missing.includes(type)) ?? missing[0]);

  const add = () => {
    if (!addClass) return;
    const added = suggestedBasis(addClass, fleetFigures(fleet, settings, addClass), chosen[0]?.option ?? null, settings.defaultLifetimes);
    editor.update<CostBasis[]>('costBasis', (current) => (current.some((basis) => basis.deviceClass === addClass) ? current : [...current, added]));
    setNewClass('');
  };

  return (
    <section aria-labelledby="cost-basis-heading" id={fieldDomId(feesField('costBasis'))} tabIndex={-1} className="fees-section cost-basis">
      <h2 id="cost-basis-heading">{t('fees.lines.costBasis.heading')}</h2>
      <p className="fees-section__intro">{t('fees.lines.costBasis.intro')}</p>
      {list.length === 0 && <p className="muted">{t('fees.lines.costBasis.none')}</p>}
      {list.map((basis, index) => (
        <BasisCard
          key={basis.deviceClass}
          editor={editor}
          index={index}
          saved={basis}
          figures={fleetFigures(fleet, settings, basis.deviceClass)}
          chosen={chosen}
        />
      ))}
      {missing.length > 0 && (
        <div className="cost-basis__add" role="group" aria-label={t('fees.lines.costBasis.add')}>
          <div className="field field--medium">
            <label htmlFor="cost-basis-new-class" className="field__label">
              {t('fees.lines.costBasis.newClass')}
            </label>
            <select id="cost-basis-new-class" className="field__input" value={addClass ?? ''} onChange={(event) => setNewClass(event.target.value as DeviceType)}>
              {missing.map((type) => (
                <option key={type} value={type}>
                  {t(`devices.types.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <Button onClick={add}>{t('fees.lines.costBasis.add')}</Button>
        </div>
      )}
    </section>
  );
}

/** A cost basis as on screen: valid typed figures count, others keep the saved value. */
function liveBasis(editor: PartEditor, index: number, saved: CostBasis): CostBasis {
  const figure = (name: Figure): number => {
    const value = editor.valueOf(`costBasis.${index}.${name}`);
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : saved[name];
  };
  return {
    deviceClass: saved.deviceClass,
    purchaseCents: figure('purchaseCents'),
    lifetimeYears: Math.max(1, figure('lifetimeYears')),
    repairsCentsPerYear: figure('repairsCentsPerYear'),
    insuranceCentsPerYear: figure('insuranceCentsPerYear'),
    managementCentsPerYear: figure('managementCentsPerYear'),
    residualCents: figure('residualCents'),
    fundingCentsPerDevice: figure('fundingCentsPerDevice'),
  };
}

interface BasisCardProps {
  editor: PartEditor;
  index: number;
  saved: CostBasis;
  figures: FleetFigures;
  chosen: ChosenOption[];
}

function BasisCard({ editor, index, saved, figures, chosen }: BasisCardProps) {
  const { t } = useTranslation();
  const { deviceClass } = saved;
  const device = t(`devices.types.${deviceClass}`);
  const basis = liveBasis(editor, index, saved);
  const maximum = maximumRentCents(basis);
  const writeOff = Math.max(0, basis.purchaseCents - basis.residualCents - basis.fundingCentsPerDevice);
  const field = (name: Figure) => (
    <TextField
      key={name}
      editor={editor}
      scope="fees"
      path={`costBasis.${index}.${name}`}
      kind={name === 'lifetimeYears' ? 'count' : 'money'}
      width="short"
      label={t(`fees.lines.costBasis.figures.${name}`)}
    />
  );
  const remove = () => editor.update<CostBasis[]>('costBasis', (current) => current.filter((candidate) => candidate.deviceClass !== deviceClass));

  return (
    <fieldset className="card cost-basis__card" data-device-class={deviceClass}>
      <legend className="card__title">{t('fees.lines.costBasis.cardTitle', { device })}</legend>
      <div className="cost-basis__body">
        <div>
          <h3 className="cost-basis__group">{t('fees.lines.costBasis.oneOff')}</h3>
          <div className="cost-basis__grid">{oneOff.map(field)}</div>
          <h3 className="cost-basis__group">{t('fees.lines.costBasis.yearly')}</h3>
          <div className="cost-basis__grid">{yearly.map(field)}</div>
        </div>
        <div className="cost-basis__result" aria-live="polite">
          <p className="cost-basis__label">{t('fees.lines.costBasis.maximum')}</p>
          <p className="cost-basis__amount" data-testid={`maximum-rent-${deviceClass}`}>
            {formatMoney(maximum)}
          </p>
          <p className="cost-basis__unit">{t('fees.lines.costBasis.perDevicePerYear')}</p>
          <p className="cost-basis__formula">
            {t('fees.lines.costBasis.formula', {
              purchase: formatMoney(basis.purchaseCents),
              residual: formatMoney(basis.residualCents),
              funding: formatMoney(basis.fundingCentsPerDevice),
              years: basis.lifetimeYears,
              writeOff: formatMoney(roundDiv(writeOff, basis.lifetimeYears)),
              yearly: formatMoney(basis.repairsCentsPerYear + basis.insuranceCentsPerYear + basis.managementCentsPerYear),
            })}
          </p>
        </div>
      </div>
      <TakeOver editor={editor} index={index} device={device} figures={figures} chosen={chosen} />
      <div className="cost-basis__foot">
        <Button variant="ghost" className="danger-text" aria-label={t('fees.lines.costBasis.removeNamed', { device })} onClick={remove}>
          {t('fees.lines.costBasis.remove')}
        </Button>
      </div>
    </fieldset>
  );
}

function TakeOver({ editor, index, device, figures, chosen }: { editor: PartEditor; index: number; device: string; figures: FleetFigures; chosen: ChosenOption[] }) {
  const { t } = useTranslation();
  const { notify } = useToasts();
  const headingId = useId();
  const selectId = useId();
  const [tcoId, setTcoId] = useState<string>(chosen[0]?.tcoId ?? '');
  const option = chosen.find((candidate) => candidate.tcoId === tcoId)?.option ?? null;
  const nothing = figures.averagePriceCents === null && figures.lifetimeYears === null && option === null;

  const apply = () => {
    const path = (name: Figure) => `costBasis.${index}.${name}`;
    if (figures.averagePriceCents !== null) editor.setValue(path('purchaseCents'), figures.averagePriceCents);
    if (figures.lifetimeYears !== null) editor.setValue(path('lifetimeYears'), figures.lifetimeYears);
    if (option) {
      const costs = yearlyCostsOf(option);
      editor.setValue(path('repairsCentsPerYear'), costs.repairsCentsPerYear);
      editor.setValue(path('insuranceCentsPerYear'), costs.insuranceCentsPerYear);
      editor.setValue(path('managementCentsPerYear'), costs.managementCentsPerYear);
    }
    notify(t('fees.lines.costBasis.takenOver', { device }));
  };

  return (
    <div className="take-over" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="cost-basis__group">
        {t('fees.lines.costBasis.takeOverHeading')}
      </h3>
      <p className="take-over__text">
        {figures.devices === 0
          ? t('fees.lines.costBasis.fleetNone', { device })
          : figures.averagePriceCents === null
            ? t('fees.lines.costBasis.fleetUnpriced', { count: figures.devices, formatted: formatInteger(figures.devices), years: figures.lifetimeYears ?? 0 })
            : t('fees.lines.costBasis.fleetFigures', {
                count: figures.devices,
                formatted: formatInteger(figures.devices),
                priced: formatInteger(figures.priced),
                price: formatMoney(figures.averagePriceCents),
                years: figures.lifetimeYears ?? 0,
              })}
      </p>
      {chosen.length > 0 ? (
        <div className="field field--long">
          <label htmlFor={selectId} className="field__label">
            {t('fees.lines.costBasis.fromComparison')}
          </label>
          <select id={selectId} className="field__input" value={tcoId} onChange={(event) => setTcoId(event.target.value)}>
            {chosen.map((candidate) => (
              <option key={candidate.tcoId} value={candidate.tcoId}>
                {t('fees.lines.costBasis.chosenOption', { title: candidate.title, option: candidate.option.label })}
              </option>
            ))}
            <option value="">{t('fees.lines.costBasis.noComparison')}</option>
          </select>
          {option && (
            <p className="field__hint">
              {t('fees.lines.costBasis.optionCosts', {
                repairs: formatMoney(yearlyCostsOf(option).repairsCentsPerYear),
                insurance: formatMoney(option.insuranceCentsPerYear),
                management: formatMoney(option.managementCentsPerYear),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="take-over__text muted">{t('fees.lines.costBasis.noChosenOption')}</p>
      )}
      <Button onClick={apply} disabled={nothing}>
        {t('fees.lines.costBasis.takeOver')}
      </Button>
    </div>
  );
}
