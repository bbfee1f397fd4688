// The tables the exports hold, built once for XLSX and CSV alike: the inventory (with the
// import's own column names and value words, so a fleet goes out to a spreadsheet and comes
// back without a mapping), the contract comparisons, and the fee settlement with what the
// example families pay.
import type { TFunction } from 'i18next';
import { importTargets } from '../../shared/devices/import.ts';
import type { InventoryLine } from '../../shared/devices/schema.ts';
import { compareOptions } from '../../shared/devices/tco.ts';
import { familyBill, settle } from '../../shared/fees/settlement.ts';
import { fundingTotals } from '../../shared/funding/totals.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import type { Sheet, SheetColumn } from './sheet.ts';

/** The price unit is not an import field (an imported price is per device, once); it follows the price. */
const inventoryColumns = [
  ...importTargets.slice(0, importTargets.indexOf('unitPrice') + 1),
  'priceUnit',
  ...importTargets.slice(importTargets.indexOf('unitPrice') + 1),
] as const;

const inventoryKinds: Partial<Record<(typeof inventoryColumns)[number], SheetColumn['kind']>> = {
  quantity: 'integer',
  startDate: 'date',
  unitPrice: 'cents',
  warrantyEnd: 'date',
  lifetimeYears: 'integer',
};

export function inventorySheet(lines: readonly InventoryLine[], t: TFunction): Sheet {
  return {
    name: t('exportDocs.sheets.inventory'),
    columns: inventoryColumns.map((column) => ({
      header: column === 'priceUnit' ? t('inventoryExport.priceUnit') : t(`inventoryImport.targets.${column}`),
      kind: inventoryKinds[column] ?? 'text',
      ...(column === 'brandModel' || column === 'note' ? { width: 32 } : {}),
    })),
    rows: lines.map((line) =>
      inventoryColumns.map((column) => {
        switch (column) {
          case 'type':
            return t(`devices.types.${line.type}`);
          case 'contract':
            return t(`devices.contracts.${line.contract}`);
          case 'use':
            return t(`devices.uses.${line.use}`);
          case 'status':
            return t(`devices.statuses.${line.status}`);
          case 'funding':
            return t(`devices.funding.${line.funding}`);
          case 'priceUnit':
            return t(`devices.priceUnits.${line.priceUnit}`);
          case 'unitPrice':
            return line.unitPriceCents;
          case 'vatIncluded':
            return t(line.vatIncluded ? 'inventoryExport.yes' : 'inventoryExport.no');
          default:
            return line[column];
        }
      }),
    ),
  };
}

export function tcoSheet(plan: Plan, t: TFunction): Sheet {
  return {
    name: t('exportDocs.sheets.tco'),
    columns: [
      { header: t('exportDocs.sheets.comparison'), kind: 'text', width: 30 },
      { header: t('exportDocs.sheets.devices'), kind: 'integer' },
      { header: t('exportDocs.sheets.years'), kind: 'integer' },
      { header: t('exportDocs.sheets.option'), kind: 'text', width: 24 },
      { header: t('exportDocs.sheets.chosen'), kind: 'text' },
      { header: t('exportDocs.sheets.perDevicePerYear'), kind: 'cents', width: 18 },
      { header: t('exportDocs.sheets.perDeviceTotal'), kind: 'cents', width: 18 },
      { header: t('exportDocs.sheets.fleetPerYear'), kind: 'cents', width: 18 },
      { header: t('exportDocs.sheets.fleetTotal'), kind: 'cents', width: 18 },
    ],
    rows: plan.tcos.flatMap((tco) =>
      compareOptions(tco).map(({ option, result }) => [
        tco.title,
        tco.quantity,
        tco.years,
        option.label || t(`devices.tcoKinds.${option.kind}`),
        tco.chosenOptionId === option.id ? t('inventoryExport.yes') : '',
        result.perDevicePerYear,
        result.perDeviceTotal,
        result.fleetPerYear,
        result.fleetTotal,
      ]),
    ),
  };
}

export function settlementSheets(plan: Plan, t: TFunction): Sheet[] {
  const settlement = settle(plan.fees, plan.loan, plan.profile.pupils, plan.term);
  const settlementRows = settlement.years.flatMap((year) => [
    ...year.lines.map((line) => [year.year, line.label, t(`exportDocs.fees.kinds.${line.kind}`), line.users, line.annualCents, line.gross, line.corrections, line.net]),
    ...(year.familyCap > 0 ? [[year.year, t('exportDocs.fees.familyCap'), '', null, null, null, year.familyCap, -year.familyCap]] : []),
  ]);
  const families = plan.term.flatMap((year) =>
    plan.fees.exampleFamilies.map((family) => {
      const bill = familyBill(plan.fees, family, year);
      return [year, family.label, bill.recurringGross, bill.reductions + bill.capReduction, bill.recurringNet, bill.deposits, bill.total];
    }),
  );
  return [
    {
      name: t('exportDocs.sheets.settlement'),
      columns: [
        { header: t('exportDocs.fees.schoolYear'), kind: 'text' },
        { header: t('exportDocs.fees.line'), kind: 'text', width: 40 },
        { header: t('exportDocs.sheets.kind'), kind: 'text' },
        { header: t('exportDocs.fees.users'), kind: 'integer' },
        { header: t('exportDocs.sheets.perPupil'), kind: 'cents' },
        { header: t('exportDocs.fees.gross'), kind: 'cents', width: 14 },
        { header: t('exportDocs.fees.correctionsColumn'), kind: 'cents', width: 14 },
        { header: t('exportDocs.fees.net'), kind: 'cents', width: 14 },
      ],
      rows: settlementRows,
    },
    {
      name: t('exportDocs.sheets.families'),
      columns: [
        { header: t('exportDocs.fees.schoolYear'), kind: 'text' },
        { header: t('exportDocs.sheets.family'), kind: 'text', width: 50 },
        { header: t('exportDocs.sheets.recurringGross'), kind: 'cents', width: 16 },
        { header: t('exportDocs.sheets.reductions'), kind: 'cents', width: 16 },
        { header: t('exportDocs.sheets.recurringNet'), kind: 'cents', width: 16 },
        { header: t('exportDocs.sheets.deposits'), kind: 'cents', width: 16 },
        { header: t('exportDocs.sheets.familyTotal'), kind: 'cents', width: 16 },
      ],
      rows: families,
    },
  ];
}

/** The spending plan line by line, then the allocation, plan and spending per theme and year. */
export function fundingSheets(plan: Plan, t: TFunction): Sheet[] {
  const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
  return [
    {
      name: t('exportDocs.sheets.spending'),
      columns: [
        { header: t('exportDocs.fees.schoolYear'), kind: 'text' },
        { header: t('funding.allocation.theme'), kind: 'text' },
        { header: t('exportDocs.sheets.description'), kind: 'text', width: 40 },
        { header: t('exportDocs.sheets.purpose'), kind: 'text', width: 30 },
        { header: t('funding.allocation.planned'), kind: 'cents', width: 14 },
        { header: t('funding.allocation.spent'), kind: 'cents', width: 14 },
      ],
      rows: plan.funding.spending.map((line) => [line.schoolYear, t(`funding.themes.${line.theme}.short`), line.description, t(`funding.purposes.${line.purpose}`), line.plannedCents, line.spentCents]),
    },
    {
      name: t('exportDocs.sheets.funding'),
      columns: [
        { header: t('funding.allocation.theme'), kind: 'text' },
        { header: t('exportDocs.fees.schoolYear'), kind: 'text' },
        { header: t('funding.chart.allocation'), kind: 'cents', width: 14 },
        { header: t('funding.allocation.planned'), kind: 'cents', width: 14 },
        { header: t('funding.allocation.spent'), kind: 'cents', width: 14 },
        { header: t('exportDocs.sheets.estimate'), kind: 'text' },
      ],
      rows: Object.values(totals.themes).flatMap((theme) =>
        plan.term.map((year) => [
          t(`funding.themes.${theme.theme}.short`),
          year,
          theme.allocation.years[year],
          theme.planned.years[year],
          theme.spent.years[year],
          plan.funding.parameters[theme.theme].estimate ? t('inventoryExport.yes') : t('inventoryExport.no'),
        ]),
      ),
    },
  ];
}
