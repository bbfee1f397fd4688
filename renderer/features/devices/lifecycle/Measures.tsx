// Lifetime-extension measures: a new battery, a repair, a fresh install, a second life.
// Each one names how many devices it keeps going and for how many extra years, from which
// school year; the line under it says what that moves in the replacement calendar. The
// whole list is saved at once (devices.update with `measures`), like any list in a part.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { measureKinds, type DevicesSettings, type FleetCohort, type Measure } from '../../../../shared/devices/schema.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { schoolYears, type SchoolYear } from '../../../../shared/plan/term.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId, SelectField, TextField } from '../../../components/Field.tsx';
import { measureEffects, type MeasureEffect } from './view.ts';

interface MeasuresProps {
  fleet: readonly FleetCohort[];
  settings: DevicesSettings;
  from: string;
  editor: PartEditor;
}

const MAX_MEASURES = 200;
const addButtonId = 'lifecycle-add-measure';

/** The school year a new measure starts in: this one when it is in the term, else the nearest. */
function startYearFor(from: string): SchoolYear {
  if ((schoolYears as readonly string[]).includes(from)) return from as SchoolYear;
  return from < schoolYears[0] ? schoolYears[0] : schoolYears[schoolYears.length - 1]!;
}

export function Measures({ fleet, settings, from, editor }: MeasuresProps) {
  const { t } = useTranslation();
  const measures = (editor.valueOf('measures') as Measure[] | undefined) ?? [];
  const effects = measureEffects(fleet, settings, from);
  const effectOf = (id: string) => effects[settings.measures.findIndex((measure) => measure.id === id)];
  const totalCost = measures.reduce((sum, measure) => sum + measure.costCents, 0);

  // A new row takes the focus once it is on screen, its description selected for typing over.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
      focusNext.current = null;
    }
  });

  const add = () => {
    focusNext.current = fieldDomId(`measures.${measures.length}.description`);
    // Made once, outside the change: the change may be applied more than once on screen.
    const added: Measure = {
      id: crypto.randomUUID(),
      kind: 'battery',
      description: t('lifecycle.newMeasure'),
      devices: 0,
      costCents: 0,
      yearsAdded: 1,
      year: startYearFor(from),
    };
    editor.update<Measure[]>('measures', (list) => [...list, added]);
  };

  const remove = (id: string) => {
    focusNext.current = addButtonId;
    editor.update<Measure[]>('measures', (list) => list.filter((measure) => measure.id !== id));
  };

  const effectText = (effect: MeasureEffect | undefined) => {
    if (!effect) return t('lifecycle.effectPending');
    switch (effect.kind) {
      case 'postpones':
        return t('lifecycle.effectPostpones', { count: effect.devices, formatted: formatInteger(effect.devices), from: effect.from, to: effect.to });
      case 'past-calendar':
        return t('lifecycle.effectPastCalendar', { count: effect.devices, formatted: formatInteger(effect.devices), from: effect.from, last: effect.last });
      case 'nothing-due':
        return t('lifecycle.effectNothingDue', { year: effect.year });
      case 'before-calendar':
        return t('lifecycle.effectBeforeCalendar', { year: effect.year });
      case 'no-years':
        return t('lifecycle.effectNoYears');
    }
  };

  return (
    <section aria-labelledby="lifecycle-measures" className="lifecycle__section">
      <h2 id="lifecycle-measures">{t('lifecycle.measuresHeading')}</h2>
      <p className="lifecycle__text">{t('lifecycle.measuresIntro')}</p>
      <fieldset className="measures" id={fieldDomId('measures')} tabIndex={-1}>
        <legend className="visually-hidden">{t('lifecycle.measuresHeading')}</legend>
        {measures.length === 0 && <p className="muted">{t('lifecycle.noMeasures')}</p>}
        <ol className="measure-list">
          {measures.map((measure, index) => (
            <li key={measure.id} className="measure" data-measure={measure.id}>
              <div role="group" aria-label={t('lifecycle.measureNumber', { number: index + 1 })}>
                <div className="measure__row">
                  <SelectField
                    editor={editor}
                    path={`measures.${index}.kind`}
                    label={t('lifecycle.measureKind')}
                    options={measureKinds.map((kind) => ({ value: kind, label: t(`devices.measureKinds.${kind}`) }))}
                  />
                  <TextField editor={editor} path={`measures.${index}.description`} label={t('lifecycle.measureDescription')} className="measure__description" />
                </div>
                <div className="measure__row">
                  <TextField editor={editor} path={`measures.${index}.devices`} kind="count" width="short" label={t('lifecycle.measureDevices')} />
                  <TextField editor={editor} path={`measures.${index}.yearsAdded`} kind="count" width="short" label={t('lifecycle.measureYears')} />
                  <SelectField
                    editor={editor}
                    path={`measures.${index}.year`}
                    label={t('lifecycle.measureYear')}
                    width="short"
                    options={schoolYears.map((year) => ({ value: year, label: year }))}
                  />
                  <TextField editor={editor} path={`measures.${index}.costCents`} kind="money" width="short" label={t('lifecycle.measureCost')} className="measure__cost" />
                  <Button
                    variant="ghost"
                    className="measure__remove danger-text"
                    aria-label={t('lifecycle.removeMeasureNamed', { number: index + 1, name: measure.description })}
                    onClick={() => remove(measure.id)}
                  >
                    {t('lifecycle.removeMeasure')}
                  </Button>
                </div>
                <p className="measure__effect" aria-live="polite">
                  <span aria-hidden="true">→ </span>
                  {effectText(effectOf(measure.id))}
                </p>
              </div>
            </li>
          ))}
        </ol>
        <div className="measures__foot">
          <Button id={addButtonId} onClick={add} disabled={measures.length >= MAX_MEASURES}>
            {t('lifecycle.addMeasure')}
          </Button>
          {measures.length > 0 && <p className="total">{t('lifecycle.measuresCost', { amount: formatMoney(totalCost) })}</p>}
        </div>
      </fieldset>
    </section>
  );
}
