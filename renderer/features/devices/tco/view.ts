// What the comparison screens show beside the domain's figures: an option's name, the
// cheapest options, and the per-year split of a device's cost by component for the chart.
import { tcoComponents, type TcoComponent, type TcoOption, type TcoResult } from '../../../../shared/devices/tco.ts';

/** The option's own label, else its contract form; a second option of the same name gets a number. */
export function optionNames(options: readonly TcoOption[], kindLabel: (option: TcoOption) => string): string[] {
  const base = options.map((option) => option.label.trim() || kindLabel(option));
  const seen = new Map<string, number>();
  return base.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Ids of the options with the lowest cost for the whole fleet (more than one on a tie). */
export function cheapestIds(compared: readonly { option: TcoOption; result: TcoResult }[]): Set<string> {
  if (compared.length < 2) return new Set();
  const lowest = Math.min(...compared.map(({ result }) => result.fleetTotal));
  return new Set(compared.filter(({ result }) => result.fleetTotal === lowest).map(({ option }) => option.id));
}

/**
 * A device's cost per year split by component, in whole cents that add up to the result's
 * own per-year figure: each component rounded down, the cents left over given to the
 * components with the largest remainders. Only for the chart: the table shows the exact
 * figures of the calculation.
 */
export function perYearComponents(result: TcoResult, years: number): Record<TcoComponent, number> {
  const parts = tcoComponents.map((component) => {
    const value = result.perDevice[component];
    return { component, floor: Math.floor(value / years), remainder: value % years };
  });
  let left = result.perDevicePerYear - parts.reduce((sum, part) => sum + part.floor, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder);
  for (const part of byRemainder) {
    if (left <= 0) break;
    if (part.remainder === 0) continue;
    part.floor += 1;
    left -= 1;
  }
  return Object.fromEntries(parts.map((part) => [part.component, part.floor])) as Record<TcoComponent, number>;
}
