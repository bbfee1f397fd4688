// Sustainability of the fleet: how much of it is refurbished, how many devices got a second
// life, were recycled or retired (from the inventory's statuses), and who recycles for the
// school and whether the certificate is kept (devices settings, saved as you type).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { sustainabilityFigures } from '../../../shared/devices/lifecycle.ts';
import { DevicesSettingsPatchSchema, type DevicesSettings } from '../../../shared/devices/schema.ts';
import { formatInteger, formatPercent } from '../../../shared/format.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { subPaths } from '../../app/routes.ts';
import { BarChart } from '../../components/BarChart.tsx';
import { CheckboxField, TextField } from '../../components/Field.tsx';

export function SustainabilityTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => (await write('devices.update', { planId, patch })).plan.devices,
    [write, planId],
  );
  const editor = usePartEditor<DevicesSettings>({ value: state.plan.devices, patchSchema: DevicesSettingsPatchSchema, save });
  useFocusFromLink();

  const figures = sustainabilityFigures(state.plan.fleet);
  const share = figures.active === 0 ? null : figures.refurbished / figures.active;
  const left = figures.secondLife + figures.recycled + figures.retired;
  const measures = state.plan.devices.measures.length;
  const count = (n: number) => ({ count: n, formatted: formatInteger(n) });

  return (
    <div className="sustainability">
      <p className="lead">{t('sustainability.intro')}</p>

      <section aria-labelledby="sustainability-figures">
        <h2 id="sustainability-figures">{t('sustainability.figuresHeading')}</h2>
        {state.plan.fleet.length === 0 ? (
          <p className="notice">
            {t('sustainability.noInventory')} <Link to={subPaths.devices(planId, 'inventory')}>{t('sustainability.toInventory')}</Link>
          </p>
        ) : (
          <>
            <ul className="figures">
              <li className="figure">
                <span className="figure__number">{share === null ? '—' : formatPercent(share)}</span>
                <span className="figure__label">{t('sustainability.refurbishedShare', { ...count(figures.refurbished), active: formatInteger(figures.active) })}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{formatInteger(figures.secondLife)}</span>
                <span className="figure__label">{t('sustainability.secondLife', count(figures.secondLife))}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{formatInteger(figures.recycled)}</span>
                <span className="figure__label">{t('sustainability.recycled', count(figures.recycled))}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{formatInteger(figures.retired)}</span>
                <span className="figure__label">{t('sustainability.retired', count(figures.retired))}</span>
              </li>
            </ul>
            <div className="sustainability__chart">
              <BarChart
                title={t('sustainability.chartTitle')}
                unit={t('sustainability.devicesUnit')}
                bars={[
                  { label: t('sustainability.barRefurbished'), value: figures.refurbished },
                  { label: t('sustainability.barSecondLife'), value: figures.secondLife },
                  { label: t('sustainability.barRecycled'), value: figures.recycled },
                  { label: t('sustainability.barRetired'), value: figures.retired },
                ]}
              />
            </div>
            <p className="field__hint">
              {t('sustainability.fromStatuses')} <Link to={subPaths.devices(planId, 'inventory')}>{t('sustainability.toInventory')}</Link>
            </p>
          </>
        )}
        <p className="lifecycle__text">
          {measures > 0 ? t('sustainability.measures', count(measures)) : t('sustainability.noMeasures')}{' '}
          <Link to={subPaths.devices(planId, 'lifecycle')}>{t('sustainability.toLifecycle')}</Link>
        </p>
      </section>

      <section aria-labelledby="sustainability-recycling">
        <h2 id="sustainability-recycling">{t('sustainability.recyclingHeading')}</h2>
        <div className="card sustainability__recycling">
          {left > 0 && state.plan.devices.recyclingPartner.trim() === '' && (
            <p className="notice notice--warn">{t('sustainability.partnerNeeded', count(left))}</p>
          )}
          <TextField editor={editor} path="recyclingPartner" label={t('sustainability.partner')} hint={t('sustainability.partnerHint')} />
          <CheckboxField editor={editor} path="recyclingCertificate" label={t('sustainability.certificate')} hint={t('sustainability.certificateHint')} />
        </div>
      </section>
    </div>
  );
}
