// The example school's fleet, contract comparison, procurement files and the example
// reference price list. Fictitious, generated the same way every time, and shaped like a
// real secondary school's: Digisprong laptops from 2021, boards and wifi since, a leased
// tablet pool, refurbished loan devices and a minimum-lifetime contract from 2026.
import type { Procurement } from '../devices/procurement.ts';
import { defaultDevicesSettings, newLine, type DevicesSettings, type InventoryLine } from '../devices/schema.ts';
import type { TcoComparison } from '../devices/tco.ts';
import type { ReferenceListFile } from '../prices/schema.ts';

type LineSeed = Omit<InventoryLine, 'id'>;

// A line as a new one starts; each seed below says only what differs.
const { id: _seedId, ...base }: InventoryLine = newLine('seed', { type: 'laptop' });

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

export function exampleFleet(): InventoryLine[] {
  const lines: LineSeed[] = [];
  const add = (line: Partial<LineSeed>) => lines.push({ ...base, ...line });

  // Digisprong, September 2021: a laptop per pupil from the loan service, per class group.
  const classes = ['1A', '1B', '1C', '1D', '1E', '2A', '2B', '2C', '2D', '2E', '3A', '3B', '3C', '3D', '4A', '4B', '4C', '4D', '5A', '5B', '5C', '6A', '6B', '6C'];
  for (const group of classes) {
    add({
      type: group.startsWith('1') || group.startsWith('2') ? 'chromebook' : 'laptop',
      brandModel: group.startsWith('1') || group.startsWith('2') ? 'Acer Chromebook Spin 511' : 'Lenovo ThinkPad 11e Gen 6',
      quantity: 24 + (group.charCodeAt(1) % 4),
      startDate: '2021-09-01',
      unitPriceCents: group.startsWith('1') || group.startsWith('2') ? 41_900 : 51_000,
      supplier: 'Schoolnet Solutions bv',
      framework: 'Raamovereenkomst Digisprong scholengemeenschap',
      use: 'loan-service',
      warrantyEnd: '2024-08-31',
      lifetimeYears: 5,
      funding: 'digisprong',
      // The oldest sets were replaced in 2026 (see the minimum-lifetime lines below).
      status: ['3A', '3B', '3C', '3D', '4A', '4B'].includes(group) ? 'retired' : 'in-use',
      note: `Klasset ${group}`,
    });
  }
  add({ brandModel: 'Lenovo ThinkPad L14 Gen 2', quantity: 88, startDate: '2021-09-01', unitPriceCents: 78_000, supplier: 'Schoolnet Solutions bv', framework: 'Raamovereenkomst Digisprong scholengemeenschap', use: 'teachers', warrantyEnd: '2025-08-31', lifetimeYears: 5, funding: 'digisprong' });

  // Digital boards, one asset each, 2022 and 2023.
  for (let i = 1; i <= 38; i++) {
    add({ type: 'board', brandModel: 'Promethean ActivPanel 9 75"', serial: `PRM75-22${pad(i)}`, startDate: i <= 24 ? '2022-08-22' : '2023-08-21', unitPriceCents: 345_000, supplier: 'Klasbord nv', use: 'classroom', warrantyEnd: i <= 24 ? '2027-08-21' : '2028-08-20', lifetimeYears: 8, funding: 'digisprong', note: `Lokaal ${100 + i}` });
  }

  // Wifi and network, 2023.
  for (let i = 1; i <= 45; i++) {
    add({ type: 'network', brandModel: 'Aruba AP-515 access point', serial: `CNF3K${pad(i, 4)}`, startDate: '2023-07-10', unitPriceCents: 42_000, supplier: 'Netwerkbouw Gent bv', framework: 'Schoolnet+/Fiber', use: 'infrastructure', warrantyEnd: '2028-07-09', lifetimeYears: 7, funding: 'own' });
  }
  for (let i = 1; i <= 6; i++) {
    add({ type: 'network', brandModel: 'Aruba 6100 48G switch', serial: `SG3ZK${pad(i, 4)}`, startDate: '2023-07-10', unitPriceCents: 185_000, supplier: 'Netwerkbouw Gent bv', framework: 'Schoolnet+/Fiber', use: 'infrastructure', lifetimeYears: 7, funding: 'own' });
  }
  add({ type: 'server', brandModel: 'Dell PowerEdge T350', serial: 'DLT350-0001', startDate: '2023-08-01', unitPriceCents: 390_000, supplier: 'Netwerkbouw Gent bv', use: 'infrastructure', warrantyEnd: '2028-07-31', lifetimeYears: 6, funding: 'own' });
  add({ type: 'server', brandModel: 'Synology RS1221+ (back-ups)', serial: 'SYN-21R0099', startDate: '2023-08-01', unitPriceCents: 165_000, supplier: 'Netwerkbouw Gent bv', use: 'infrastructure', lifetimeYears: 6, funding: 'own' });

  // Projectors from 2017: most retired, some recycled, a few still in use.
  for (let i = 1; i <= 20; i++) {
    const status = i <= 8 ? 'recycled' : i <= 14 ? 'retired' : 'in-use';
    add({ type: 'projector', brandModel: 'Epson EB-W49', serial: `EPW49-17${pad(i)}`, startDate: '2017-08-28', unitPriceCents: 52_000, supplier: 'AV Partners', use: 'classroom', lifetimeYears: 7, funding: 'own', status, note: status === 'recycled' ? 'Recupel, attest 2024' : '' });
  }

  // The computer room, 2018.
  add({ type: 'desktop', brandModel: 'HP ProDesk 400 G5', quantity: 24, startDate: '2018-08-20', unitPriceCents: 64_900, supplier: 'AV Partners', use: 'classroom', lifetimeYears: 6, funding: 'own', note: 'Computerlokaal B0.12' });
  add({ type: 'desktop', brandModel: 'HP ProDesk 400 G5', quantity: 6, startDate: '2018-08-20', unitPriceCents: 64_900, supplier: 'AV Partners', use: 'classroom', lifetimeYears: 6, funding: 'own', status: 'refurbished-out', note: 'Geschonken aan vzw Digitale Inclusie' });

  // Refurbished loan laptops, 2024: spare devices and for pupils without their own.
  add({ brandModel: 'Dell Latitude 5490 (refurbished)', quantity: 120, startDate: '2024-09-02', unitPriceCents: 28_500, contract: 'refurbished', supplier: 'Tweede Leven Computers cv', use: 'loan-service', warrantyEnd: '2025-09-01', lifetimeYears: 3, funding: 'own' });
  add({ brandModel: 'Dell Latitude 5490 (refurbished)', quantity: 4, startDate: '2024-09-02', unitPriceCents: 28_500, contract: 'refurbished', supplier: 'Tweede Leven Computers cv', use: 'loan-service', lifetimeYears: 3, funding: 'own', status: 'repair' });
  add({ brandModel: 'Dell Latitude 5490 (refurbished)', quantity: 2, startDate: '2024-09-02', unitPriceCents: 28_500, contract: 'refurbished', supplier: 'Tweede Leven Computers cv', use: 'loan-service', lifetimeYears: 3, funding: 'own', status: 'lost' });

  // Leased tablets for the first grade, 2025.
  add({ type: 'tablet', brandModel: 'Apple iPad (10e generatie) met hoes', quantity: 60, startDate: '2025-09-01', unitPriceCents: 1_450, priceUnit: 'month', contract: 'leased', supplier: 'EduLease nv', use: 'shared-pupils', lifetimeYears: 4, funding: 'digiplan-3' });

  // The 2026 replacement of the oldest pupil laptops: a minimum-lifetime contract.
  for (const group of ['3A', '3B', '3C', '3D', '4A', '4B']) {
    add({ brandModel: 'HP ProBook 440 G11', quantity: 25, startDate: '2026-09-01', unitPriceCents: 63_500, contract: 'minimum-lifetime', supplier: 'Schoolnet Solutions bv', framework: '', use: 'loan-service', warrantyEnd: '2032-08-31', lifetimeYears: 6, funding: 'digiplan-3', note: `Klasset ${group}` });
  }

  // Teacher devices with a maintenance contract, 2025, one per new colleague.
  for (let i = 1; i <= 14; i++) {
    add({ brandModel: 'Lenovo ThinkPad L14 Gen 5', serial: `PF4LX${pad(i, 4)}`, startDate: '2025-08-25', unitPriceCents: 81_500, contract: 'maintenance', supplier: 'Schoolnet Solutions bv', use: 'teachers', warrantyEnd: '2030-08-24', lifetimeYears: 5, funding: 'digiplan-1' });
  }

  return lines.map((line, index) => ({ id: `fleet-${pad(index + 1, 4)}`, ...line }));
}

export function exampleDevicesSettings(): DevicesSettings {
  return {
    ...defaultDevicesSettings(),
    availableFundingCents: { '2025-2026': 9_500_000, '2026-2027': 12_000_000, '2027-2028': 9_000_000 },
    measures: [
      { id: 'measure-battery', kind: 'battery', description: 'Batterijen van de Digisprong-laptops vervangen in eigen beheer', devices: 180, costCents: 1_620_000, yearsAdded: 1, year: '2026-2027' },
      { id: 'measure-reimage', kind: 'reimaging', description: 'Chromebooks opnieuw installeren en nakijken in de zomer', devices: 240, costCents: 0, yearsAdded: 1, year: '2026-2027' },
    ],
    recyclingPartner: 'Recupel via de scholengemeenschap',
    recyclingCertificate: true,
  };
}

export function exampleTcos(): TcoComparison[] {
  return [
    {
      id: 'tco-2026-laptops',
      title: 'Leerlingenlaptops uitleendienst 2026: 150 toestellen voor 4 jaar',
      quantity: 150,
      years: 4,
      options: [
        { id: 'opt-buy', kind: 'buy', label: 'Nieuw kopen, 4 jaar garantie', purchaseCents: 57_500, leaseCentsPerMonth: 0, lifetimeYears: 4, repairsPerThousand: 120, repairCostCents: 9_000, insuranceCentsPerYear: 2_000, managementCentsPerYear: 2_500, energyCentsPerYear: 600, residualCents: 4_000, recyclingCents: 500 },
        { id: 'opt-lease', kind: 'lease', label: 'Operationele lease, herstellingen inbegrepen', purchaseCents: 0, leaseCentsPerMonth: 1_450, lifetimeYears: 4, repairsPerThousand: 0, repairCostCents: 0, insuranceCentsPerYear: 0, managementCentsPerYear: 2_500, energyCentsPerYear: 600, residualCents: 0, recyclingCents: 0 },
        { id: 'opt-refurb', kind: 'refurbished', label: 'Refurbished, 2 jaar garantie', purchaseCents: 31_000, leaseCentsPerMonth: 0, lifetimeYears: 3, repairsPerThousand: 180, repairCostCents: 9_000, insuranceCentsPerYear: 1_500, managementCentsPerYear: 2_500, energyCentsPerYear: 700, residualCents: 0, recyclingCents: 500 },
        { id: 'opt-minlife', kind: 'minimum-lifetime', label: 'Contract met minimale levensduur van 6 jaar', purchaseCents: 63_500, leaseCentsPerMonth: 0, lifetimeYears: 6, repairsPerThousand: 60, repairCostCents: 9_000, insuranceCentsPerYear: 2_000, managementCentsPerYear: 2_500, energyCentsPerYear: 600, residualCents: 3_000, recyclingCents: 500 },
        { id: 'opt-maint', kind: 'maintenance', label: 'Kopen met onderhoudscontract', purchaseCents: 57_500, leaseCentsPerMonth: 0, lifetimeYears: 5, repairsPerThousand: 0, repairCostCents: 0, insuranceCentsPerYear: 2_000, managementCentsPerYear: 4_500, energyCentsPerYear: 600, residualCents: 3_000, recyclingCents: 500 },
      ],
      chosenOptionId: 'opt-minlife',
      motivation:
        'Het contract met minimale levensduur kost per toestel per jaar het minst en de leverancier garandeert zes jaar onderdelen en herstellingen. Leasing was duurder over vier jaar en bindt ons aan één leverancier. Refurbished toestellen gaan te kort mee voor dagelijks gebruik door leerlingen.',
    },
  ];
}

/**
 * Documents of the example procurement files, plain ASCII text. Their SHA-256 and size are
 * written here (a unit test recomputes them); seeding stores them like any attachment.
 */
export const exampleDocuments = [
  {
    id: 'doc-quotes-2026',
    procurementId: 'proc-2026-laptops',
    fileName: 'Offertevergelijking leerlingenlaptops 2026 (voorbeeld).txt',
    sha256: '94a8dc25c8c08e76221ec55fbde2ad1fcd49e30244660db56f329d0011e2a779',
    size: 715,
    content: "Offertevergelijking leerlingenlaptops 2026 (voorbeeld)\nVoorbeeldschool Campus Zuid - onderhandelingsprocedure zonder bekendmaking\n\nGevraagd: 150 leerlingenlaptops, 16 GB, 256 GB SSD, minstens 4 jaar garantie.\nGevraagd aan 4 leveranciers op 14/04/2026, antwoord tegen 05/05/2026.\n\nLeverancier                   Prijs excl. btw   Garantie   Levensduur\nSchoolnet Solutions bv        EUR 78.710,00     6 jaar     6 jaar (contract)\nCampus IT nv                  EUR 82.400,00     4 jaar     -\nEduTech Vlaanderen bv         EUR 85.150,00     4 jaar     -\nTweede Leven Computers cv     geen offerte\n\nGunning: Schoolnet Solutions bv, laagste prijs en minimale levensduur van 6 jaar.\nBeslist door de directie op 12/05/2026.\n",
  },
  {
    id: 'doc-tablets-2025',
    procurementId: 'proc-2025-tablets',
    fileName: 'Afroep raamovereenkomst tablets (voorbeeld).txt',
    sha256: '032a35531fa9818d5071647f50e6ec0658bf6d65bb3b561473c7df965da15e19',
    size: 350,
    content: "Afroep raamovereenkomst tablets (voorbeeld)\nScholengemeenschap Voorbeeldregio - raamovereenkomst tablets 2024-2028\n\nAfroep door Voorbeeldschool Campus Zuid op 20/06/2025:\n60 tablets met hoes, operationele lease 48 maanden, EUR 14,50 per toestel per maand incl. btw.\nLeverancier: EduLease nv (gegund door de scholengemeenschap na openbare procedure).\n",
  },
] as const;

function documentsOf(procurementId: string, addedAt: string): Procurement['documents'] {
  return exampleDocuments
    .filter((document) => document.procurementId === procurementId)
    .map(({ id, fileName, sha256, size }) => ({ id, fileName, sha256, size, addedAt }));
}

export function exampleProcurements(): Procurement[] {
  return [
    {
      id: 'proc-2026-laptops',
      title: 'Leerlingenlaptops uitleendienst 2026',
      date: '2026-05-12',
      procedure: 'negotiated-no-publication',
      framework: '',
      funding: 'digiplan-3',
      estimatedCents: 7_900_000,
      quotes: [
        { id: 'q1', supplier: 'Schoolnet Solutions bv', amountCents: 7_871_000, received: true },
        { id: 'q2', supplier: 'Campus IT nv', amountCents: 8_240_000, received: true },
        { id: 'q3', supplier: 'EduTech Vlaanderen bv', amountCents: 8_515_000, received: true },
        { id: 'q4', supplier: 'Tweede Leven Computers cv', amountCents: null, received: false },
      ],
      chosenSupplier: 'Schoolnet Solutions bv',
      reason: 'Laagste prijs en als enige een contract met zes jaar minimale levensduur, onderdelen en herstelling ter plaatse.',
      items: [
        { id: 'i1', type: 'laptop', description: 'HP ProBook 440 G11, 16 GB, 256 GB SSD', quantity: 150, unitPriceCents: 63_500, priceUnit: 'once', vatIncluded: true, referenceCode: 'LAPTOP-STD' },
      ],
      documents: documentsOf('proc-2026-laptops', '2026-05-12T15:00:00.000Z'),
    },
    {
      id: 'proc-2023-wifi',
      title: 'Wifi-netwerk en switches',
      date: '2023-04-18',
      procedure: 'framework',
      framework: 'Schoolnet+/Fiber',
      funding: 'own',
      estimatedCents: 2_500_000,
      quotes: [{ id: 'q1', supplier: 'Netwerkbouw Gent bv', amountCents: 2_479_000, received: true }],
      chosenSupplier: 'Netwerkbouw Gent bv',
      reason: 'Uitvoerder van het Schoolnet+-contract; offerte na plaatsbezoek met dekkingsmeting.',
      items: [
        { id: 'i1', type: 'network', description: 'Aruba AP-515 access point, geplaatst', quantity: 45, unitPriceCents: 42_000, priceUnit: 'once', vatIncluded: true, referenceCode: 'WIFI-AP' },
        { id: 'i2', type: 'network', description: 'Aruba 6100 48G switch', quantity: 6, unitPriceCents: 185_000, priceUnit: 'once', vatIncluded: true, referenceCode: '' },
      ],
      documents: [],
    },
    {
      id: 'proc-2025-tablets',
      title: 'Tablets eerste graad (lease)',
      date: '2025-06-20',
      procedure: 'framework',
      framework: 'Raamovereenkomst tablets scholengemeenschap Voorbeeldregio',
      funding: 'digiplan-3',
      estimatedCents: 3_450_000,
      quotes: [{ id: 'q1', supplier: 'EduLease nv', amountCents: 3_450_000, received: true }],
      chosenSupplier: 'EduLease nv',
      reason: 'Afroep op de raamovereenkomst van de scholengemeenschap; de prijs werd daar al vergeleken.',
      items: [
        { id: 'i1', type: 'tablet', description: 'iPad (10e generatie) met hoes, lease 48 maanden', quantity: 60, unitPriceCents: 1_450, priceUnit: 'month', vatIncluded: true, referenceCode: '' },
      ],
      documents: documentsOf('proc-2025-tablets', '2025-06-20T10:00:00.000Z'),
    },
  ];
}

/** Marked as an example in its name and source: never presented as the official list. */
export const exampleReferenceList: ReferenceListFile = {
  name: 'Voorbeeldlijst referentieprijzen (geen officiële lijst)',
  source: 'Voorbeeld van Digiplanner, opgesteld uit openbare aanbestedingsprijzen van 2025. Geen officiële referentieprijzen van het kenniscentrum Digisprong.',
  publishedOn: '2025-06-01',
  validFrom: '2025-06-01',
  validTo: '',
  items: [
    { code: 'LAPTOP-STD', label: 'Leerlingenlaptop, standaard', category: 'laptop', unit: 'device', priceCents: 60_000, vatIncluded: true },
    { code: 'LAPTOP-LEASE', label: 'Leerlingenlaptop, lease per maand', category: 'laptop', unit: 'month', priceCents: 1_400, vatIncluded: true },
    { code: 'CHROMEBOOK', label: 'Chromebook', category: 'chromebook', unit: 'device', priceCents: 42_000, vatIncluded: true },
    { code: 'TABLET', label: 'Tablet met hoes', category: 'tablet', unit: 'device', priceCents: 40_000, vatIncluded: true },
    { code: 'TABLET-LEASE', label: 'Tablet, lease per maand', category: 'tablet', unit: 'month', priceCents: 1_500, vatIncluded: true },
    { code: 'DESKTOP', label: 'Desktop met scherm', category: 'desktop', unit: 'device', priceCents: 75_000, vatIncluded: true },
    { code: 'BOARD-75', label: 'Interactief scherm 75 inch', category: 'board', unit: 'device', priceCents: 320_000, vatIncluded: true },
    { code: 'PROJECTOR', label: 'Projector', category: 'projector', unit: 'device', priceCents: 60_000, vatIncluded: true },
    { code: 'WIFI-AP', label: 'Wifi access point', category: 'network', unit: 'device', priceCents: 45_000, vatIncluded: true },
    { code: 'FEE-LAPTOP', label: 'Gebruiksvergoeding leerlingenlaptop per schooljaar', category: 'device-fee', unit: 'school-year', priceCents: 10_000, vatIncluded: true },
    { code: 'DEPOSIT-LAPTOP', label: 'Waarborg leerlingenlaptop', category: 'deposit', unit: 'device', priceCents: 10_000, vatIncluded: true },
  ],
};
