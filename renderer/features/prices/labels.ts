// Words for the reference categories and units, from the catalogs: device classes share
// their labels with the devices step.
import type { TFunction } from 'i18next';
import { deviceTypes } from '../../../shared/devices/schema.ts';
import type { ReferenceCategory, ReferenceUnit } from '../../../shared/prices/schema.ts';

export function categoryLabel(t: TFunction, category: ReferenceCategory): string {
  return (deviceTypes as readonly string[]).includes(category) ? t(`devices.types.${category}`) : t(`prices.categories.${category}`);
}

export function unitLabel(t: TFunction, unit: ReferenceUnit): string {
  return t(`prices.units.${unit}`);
}
