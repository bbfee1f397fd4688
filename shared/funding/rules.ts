// Rules on the funding step (Digiplan §A, §B.3, §C.5): a theme's money stays within its
// allocation and its purpose, one purchase is paid once (not from two themes, not from
// the funds and again by the parents), and estimated keys are shown as estimates.
import { finding, type Finding } from '../findings/finding.ts';
import { formatMoney } from '../money.ts';
import type { Plan } from '../plan/schema.ts';
import { themes, type SpendingLine, type Theme } from './schema.ts';
import { fundingTotals, offersPrimary, offersSecondary, type FundingTotals } from './totals.ts';

const lineField = (line: SpendingLine, name: string) => `funding.spending.${line.id}.${name}`;

/** Theme 1 pays teaching staff's working tools and nothing else. */
function outsidePurpose(line: SpendingLine): string | null {
  if (line.theme === '1' && line.purpose !== 'staff-tools') return 'funding.theme1-outside-purpose';
  if (line.theme === '2' && line.purpose === 'pupil-devices') return 'funding.theme2-individual-devices';
  return null;
}

export function fundingFindings(plan: Plan, totals: FundingTotals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending)): Finding[] {
  const found: Finding[] = [];
  const { funding, profile, fees } = plan;

  for (const theme of themes) {
    const { allocation, planned, spent } = totals.themes[theme];
    const params = { theme, allocation: formatMoney(allocation.termCents) };
    if (spent.termCents > allocation.termCents) {
      found.push(
        finding('funding.spent-beyond-allocation', 'blocking', 'funding', 'digiplan.A.budget', {
          field: `funding.themes.${theme}`,
          params: { ...params, amount: formatMoney(spent.termCents) },
        }),
      );
    } else if (planned.termCents > allocation.termCents) {
      found.push(
        finding('funding.planned-beyond-allocation', 'warning', 'funding', 'digiplan.A.budget', {
          field: `funding.themes.${theme}`,
          params: { ...params, amount: formatMoney(planned.termCents) },
        }),
      );
    }
  }

  const primary = offersPrimary(profile);
  const secondary = offersSecondary(profile);
  const procurementThemes = new Map<string, Theme>();
  for (const line of funding.spending) {
    const params = { description: line.description, theme: line.theme };
    if ((line.theme === '2' && !primary) || ((line.theme === '3' || line.theme === '3b') && !secondary)) {
      found.push(finding('funding.theme-without-level', 'blocking', 'funding', line.theme === '2' ? 'digiplan.C5.theme2' : 'digiplan.C5.theme3', { field: lineField(line, 'theme'), params }));
    }
    const outside = outsidePurpose(line);
    if (outside) {
      found.push(finding(outside, 'blocking', 'funding', line.theme === '1' ? 'digiplan.C5.theme1' : 'digiplan.C5.theme2', { field: lineField(line, 'purpose'), params }));
    }

    if (line.link?.kind === 'procurement') {
      const first = procurementThemes.get(line.link.id);
      if (first === undefined) procurementThemes.set(line.link.id, line.theme);
      else if (first !== line.theme) {
        const title = plan.procurements.find((p) => p.id === line.link?.id)?.title ?? line.link.id;
        found.push(
          finding('funding.counted-twice', 'blocking', 'funding', 'digiplan.B3.agodi', {
            field: lineField(line, 'link'),
            params: { ...params, title, first },
          }),
        );
      }
    }

    // Funds and parents: the rent of a device class is justified by a cost basis that
    // subtracts no subsidy, while the devices are paid from Digiplan money.
    if (line.purpose === 'pupil-devices' && line.deviceClass !== null && line.plannedCents + line.spentCents > 0) {
      const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass);
      const rent = fees.lines.some((fee) => fee.kind === 'rent' && fee.deviceClass === line.deviceClass && fee.amountCents > 0);
      if (basis && basis.fundingCentsPerDevice === 0 && rent) {
        found.push(finding('funding.paid-by-funds-and-parents', 'blocking', 'funding', 'digiplan.B3.fees', { field: lineField(line, 'deviceClass'), params }));
      }
    }
  }

  const estimated = themes.find((theme) => funding.parameters[theme].estimate && totals.themes[theme].units > 0);
  if (estimated) {
    found.push(finding('funding.estimated-parameters', 'tip', 'funding', 'digiplan.A.budget', { field: `funding.parameters.${estimated}.centsPerUnit`, params: { theme: estimated } }));
  }
  return found;
}
