// The example school's loan service, fee proposal, social corrections and the school
// council's decision of June 2026: the shape many Flemish secondary schools chose (75 euro
// in the first laptop year, 50 euro after, a 60 euro deposit), with generous corrections,
// approved by the school council for 2025-2026 and again for 2026-2027.
import type { Decision, Fees, LoanService } from '../fees/schema.ts';
import { emptyFees, exampleMaximumInvoices } from '../fees/schema.ts';

export function exampleLoanService(): LoanService {
  return {
    requiresAfterHoursUse: true,
    offered: true,
    grades: ['s3', 's4', 's5', 's6', 's7'],
    programmes: [],
    deviceTypes: ['laptop'],
    takeHome: true,
    onDamage: 'De ICT-dienst herstelt het toestel; ouders betalen volgens de schadelijst hieronder, nooit meer dan de restwaarde.',
    onLoss: 'Verlies of diefstal meldt u meteen aan de ICT-dienst; bij diefstal met een proces-verbaal betaalt u niets, anders de restwaarde.',
    onLeaving: 'Wie de school verlaat, levert het toestel binnen tien schooldagen in; de waarborg wordt binnen een maand teruggestort.',
    endOfLoan: 'Na het zesde jaar (of het zevende jaar) kunt u het toestel inleveren of het overnemen voor de restwaarde.',
    ownDeviceAllowed: true,
    minimumSpecs: 'Windows 11 of ChromeOS, 8 GB werkgeheugen, 128 GB opslag, een batterij die een schooldag meegaat, en een toetsenbord.',
    purchaseThroughSchoolRequired: false,
    users: { s3: 118, s4: 108, s5: 92, s6: 86, s7: 17 },
  };
}

export function exampleFees(): Fees {
  return {
    ...emptyFees(),
    lines: [
      {
        id: 'fee-rent-first',
        label: 'Huur leerlingenlaptop, eerste laptopjaar',
        kind: 'rent',
        grades: ['s3'],
        deviceClass: 'laptop',
        amountCents: 7_500,
        period: 'school-year',
        appliesTo: 'loan-service',
        years: ['2025-2026', '2026-2027', '2027-2028'],
        motivation: '',
      },
      {
        id: 'fee-rent-later',
        label: 'Huur leerlingenlaptop, volgende jaren',
        kind: 'rent',
        grades: ['s4', 's5', 's6', 's7'],
        deviceClass: 'laptop',
        amountCents: 5_000,
        period: 'school-year',
        appliesTo: 'loan-service',
        years: ['2025-2026', '2026-2027', '2027-2028'],
        motivation: '',
      },
      {
        id: 'fee-deposit',
        label: 'Waarborg leerlingenlaptop',
        kind: 'deposit',
        grades: ['s3'],
        deviceClass: 'laptop',
        amountCents: 6_000,
        period: 'school-year',
        appliesTo: 'loan-service',
        years: ['2025-2026', '2026-2027', '2027-2028'],
        motivation: '',
      },
      {
        id: 'fee-insurance',
        label: 'Verzekering tegen accidentele schade (vrijwillig)',
        kind: 'insurance',
        grades: ['s3', 's4', 's5', 's6', 's7'],
        deviceClass: 'laptop',
        amountCents: 1_500,
        period: 'school-year',
        appliesTo: 'loan-service',
        years: ['2025-2026', '2026-2027', '2027-2028'],
        motivation: '',
      },
    ],
    damageCharges: [
      { id: 'damage-screen', description: 'Gebroken scherm', amountCents: 12_000 },
      { id: 'damage-keyboard', description: 'Toetsenbord vervangen', amountCents: 4_500 },
      { id: 'damage-charger', description: 'Lader verloren', amountCents: 3_500 },
      { id: 'damage-hinge', description: 'Scharnier of behuizing', amountCents: 6_000 },
    ],
    payment: {
      moments: [
        { id: 'moment-oct', label: 'Oktober', shareBasisPoints: 5_000 },
        { id: 'moment-feb', label: 'Februari', shareBasisPoints: 5_000 },
      ],
      spreadPaymentOffered: true,
      contact: 'het leerlingensecretariaat (09 123 45 60, secretariaat@voorbeeldschool.be)',
      method: 'via de schoolrekening, met overschrijving of domiciliëring',
    },
    costBasis: [
      {
        deviceClass: 'laptop',
        purchaseCents: 63_500,
        lifetimeYears: 6,
        repairsCentsPerYear: 1_080,
        insuranceCentsPerYear: 0,
        managementCentsPerYear: 2_500,
        residualCents: 6_000,
        fundingCentsPerDevice: 30_000,
      },
    ],
    corrections: [
      { id: 'corr-toeslag', kind: 'schooltoeslag', label: 'Schooltoeslag', reductionBasisPoints: 10_000, thirdChildBasisPoints: 0, capCents: 0, waivesDeposit: true, expected: 96, averageChildren: 2 },
      { id: 'corr-kansenpas', kind: 'kansenpas', label: 'Kansenpas Gent', reductionBasisPoints: 5_000, thirdChildBasisPoints: 0, capCents: 0, waivesDeposit: false, expected: 14, averageChildren: 2 },
      { id: 'corr-sibling', kind: 'sibling', label: 'Broers en zussen', reductionBasisPoints: 5_000, thirdChildBasisPoints: 10_000, capCents: 0, waivesDeposit: false, expected: 38, averageChildren: 2 },
      { id: 'corr-cap', kind: 'family-cap', label: 'Gezinsplafond', reductionBasisPoints: 0, thirdChildBasisPoints: 0, capCents: 12_500, waivesDeposit: false, expected: 5, averageChildren: 3 },
      { id: 'corr-fund', kind: 'solidarity-fund', label: 'Solidariteitsfonds', reductionBasisPoints: 5_000, thirdChildBasisPoints: 0, capCents: 0, waivesDeposit: false, expected: 6, averageChildren: 2 },
      { id: 'corr-plan', kind: 'payment-plan', label: 'Afbetalingsplan', reductionBasisPoints: 0, thirdChildBasisPoints: 0, capCents: 0, waivesDeposit: false, expected: 0, averageChildren: 2 },
    ],
    monthsPerSchoolYear: 10,
    exampleFamilies: [
      { id: 'family-one', label: 'Eén kind in het 3de jaar', children: [{ grade: 's3', groups: [] }] },
      { id: 'family-two', label: 'Twee kinderen, in het 2de en het 4de jaar', children: [{ grade: 's2', groups: [] }, { grade: 's4', groups: [] }] },
      { id: 'family-toeslag', label: 'Gezin met schooltoeslag, kinderen in het 3de en 5de jaar', children: [{ grade: 's3', groups: ['schooltoeslag'] }, { grade: 's5', groups: ['schooltoeslag'] }] },
      { id: 'family-three', label: 'Drie kinderen, in het 3de, 4de en 6de jaar', children: [{ grade: 's3', groups: [] }, { grade: 's4', groups: [] }, { grade: 's6', groups: [] }] },
    ],
    maximumInvoices: exampleMaximumInvoices,
  };
}

export function exampleDecisions(): Decision[] {
  const snapshot = { fees: exampleFees(), loanUsers: exampleLoanService().users };
  return [
    {
      id: 'decision-2025-06',
      schoolYear: '2025-2026',
      meetingDate: '2025-06-17',
      present: { parents: 4, staff: 4, community: 2, pupils: 2 },
      outcome: 'approved',
      votes: { for: 10, against: 1, abstain: 1 },
      motivation:
        'De huur dekt minder dan de kostprijs per toestel per jaar na aftrek van de Digiplan-middelen en blijft onder de referentieprijs. Gezinnen met een schooltoeslag betalen niets, ook geen waarborg; een gezinsplafond van € 125 per jaar beschermt grote gezinnen.',
      snapshot,
      recordedAt: '2025-06-17T20:15:00.000Z',
    },
    {
      id: 'decision-2026-06',
      schoolYear: '2026-2027',
      meetingDate: '2026-06-16',
      present: { parents: 4, staff: 4, community: 3, pupils: 2 },
      outcome: 'approved',
      votes: { for: 11, against: 1, abstain: 1 },
      motivation:
        'De huur dekt minder dan de kostprijs per toestel per jaar (€ 81,63 na aftrek van de Digiplan-middelen) en blijft onder de referentieprijs. De waarborg ligt niet hoger dan de restwaarde. Gezinnen met een schooltoeslag betalen niets, ook geen waarborg, en geen gezin betaalt meer dan € 125 per jaar.',
      snapshot,
      recordedAt: '2026-06-16T20:30:00.000Z',
    },
  ];
}
