// The lifecycle of the fleet: how old the devices in use are, when they are due for
// replacement and what that costs per school year beside the money available, the
// measures that make devices last longer, and the default lifetimes the calendar uses.
// One editor for the devices settings serves every field on the page.
import { deviceFundingPerYear } from '../../../shared/funding/totals.ts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ChannelInput, PlanState } from '../../../shared/contract.ts';
import {
  deviceTypes,
  DevicesSettingsPatchSchema,
  DevicesSettingsSchema,
  MAX_LIFETIME_YEARS,
  type DeviceType,
  type DevicesSettings,
} from '../../../shared/devices/schema.ts';
import { schoolYearOf } from '../../../shared/plan/term.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { todayIso } from '../training/view.ts';
import { AgeChart } from './lifecycle/AgeChart.tsx';
import { Lifetimes } from './lifecycle/Lifetimes.tsx';
import { Measures } from './lifecycle/Measures.tsx';
import { ReplacementCalendar } from './lifecycle/ReplacementCalendar.tsx';

const funding = DevicesSettingsSchema.shape.availableFundingCents;
const lifetime = z
  .number({ error: 'validation.expectedNumber' })
  .int({ error: 'validation.wholeNumber' })
  .min(1, { error: 'validation.tooSmall' })
  .max(MAX_LIFETIME_YEARS, { error: 'validation.tooLarge' });

/**
 * The settings' patch schema, with two differences for the screen: an emptied money field
 * (null) means "no figure for that year" and is dropped before saving, and the lifetimes
 * carry messages a person can act on.
 */
const EditorPatchSchema = DevicesSettingsPatchSchema.extend({
  availableFundingCents: z.partialRecord(funding.keyType, funding.valueType.nullable()).optional(),
  defaultLifetimes: z.strictObject(Object.fromEntries(deviceTypes.map((type) => [type, lifetime])) as Record<DeviceType, typeof lifetime>).optional(),
});

type DevicesPatch = ChannelInput<'devices.update'>['patch'];

function withoutEmptyFunding(patch: Record<string, unknown>): DevicesPatch {
  const { availableFundingCents: typed, ...rest } = patch;
  if (!typed || typeof typed !== 'object') return rest;
  return { ...rest, availableFundingCents: Object.fromEntries(Object.entries(typed).filter(([, value]) => typeof value === 'number')) };
}

export function LifecycleTab({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => (await write('devices.update', { planId, patch: withoutEmptyFunding(patch) })).plan.devices,
    [write, planId],
  );
  const editor = usePartEditor<DevicesSettings>({ value: state.plan.devices, patchSchema: EditorPatchSchema, save });
  const today = todayIso();
  const from = schoolYearOf(today);
  useFocusFromLink();

  return (
    <div className="lifecycle">
      <p className="lead">{t('lifecycle.intro')}</p>
      <AgeChart planId={planId} fleet={state.plan.fleet} settings={state.plan.devices} today={today} />
      <ReplacementCalendar
        planId={planId}
        fleet={state.plan.fleet}
        settings={state.plan.devices}
        funded={deviceFundingPerYear(state.plan.funding.parameters, state.plan.profile)}
        from={from}
        editor={editor}
      />
      <Measures fleet={state.plan.fleet} settings={state.plan.devices} from={from} editor={editor} />
      <Lifetimes editor={editor} />
    </div>
  );
}
