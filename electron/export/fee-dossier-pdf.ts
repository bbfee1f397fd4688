// The school council's fee dossier: the one-page summary first (what a member reads in ten
// minutes), then the evidence behind it: the proposal, the cost basis, the reference prices,
// the social corrections, the settlement, what example families pay, the decisions, and the
// bijdrageregeling chapter as it would go into the school rules.
import type { Content } from 'pdfmake/interfaces';
import { maximumRentCents, referenceFee, rekenhofBand } from '../../shared/fees/cost-basis.ts';
import { annualCents, familyBill, settle } from '../../shared/fees/settlement.ts';
import { contributionScheme, correctionText, councilSummary } from '../../shared/fees/texts.ts';
import { formatDate, formatInteger } from '../../shared/format.ts';
import { formatMoney } from '../../shared/money.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import type { SchoolYear } from '../../shared/plan/term.ts';
import type { ReferenceList } from '../../shared/prices/schema.ts';
import { document, renderPdf, richText, table } from './pdf-kit.ts';
import { frameOf, titlePage, type PdfContext } from './policy-plan-pdf.ts';

const chapter = (text: string): Content => ({ text, style: 'h1', tocItem: true, pageBreak: 'before' });
const section = (text: string): Content => ({ text, style: 'h2' });

export async function feeDossierPdf(plan: Plan, year: SchoolYear, lists: readonly ReferenceList[], context: PdfContext): Promise<Buffer> {
  const { t } = context;
  const { fees, loan } = plan;
  const settlement = settle(fees, loan, plan.profile.pupils, plan.term);
  const lines = fees.lines.filter((line) => line.years.includes(year));
  const grades = (keys: readonly string[]) => keys.map((grade) => t(`grades.${grade}`)).join(', ');
  const title = t('exportDocs.fees.title');
  const content: Content[] = [
    ...titlePage(plan, title, t('exportDocs.fees.subtitle', { year }), context),
    { toc: { title: { text: t('exportDocs.contents'), style: 'h1' } }, pageBreak: 'before' },

    { text: t('exportDocs.fees.summary'), style: 'h1', tocItem: true, pageBreak: 'before' },
    ...richText(councilSummary(plan, settlement, year, lists, t), 0).slice(1),

    chapter(t('exportDocs.fees.proposal')),
    table(
      [
        { header: t('exportDocs.fees.line'), width: '*' },
        { header: t('exportDocs.fees.grades'), width: 110 },
        { header: t('exportDocs.fees.amount'), numeric: true, width: 70 },
        { header: t('exportDocs.fees.perYear'), numeric: true, width: 70 },
      ],
      lines.map((line) => [
        `${line.label}\n${t(`exportDocs.fees.kinds.${line.kind}`)}`,
        grades(line.grades),
        `${formatMoney(line.amountCents)} ${t(`exportDocs.fees.periods.${line.kind === 'deposit' ? 'once' : line.period}`)}`,
        line.kind === 'deposit' ? '—' : formatMoney(annualCents(line, fees)),
      ]),
    ),
    { text: t(loan.offered ? 'exportDocs.fees.onlyLoanService' : 'exportDocs.fees.noLoanService'), style: 'note' },

    section(t('exportDocs.fees.costBasis')),
    table(
      [
        { header: t('exportDocs.fees.deviceClass'), width: 80 },
        { header: t('exportDocs.fees.purchase'), numeric: true },
        { header: t('exportDocs.fees.lifetime'), numeric: true, width: 44 },
        { header: t('exportDocs.fees.yearly'), numeric: true },
        { header: t('exportDocs.fees.funding'), numeric: true },
        { header: t('exportDocs.fees.residual'), numeric: true },
        { header: t('exportDocs.fees.maximumRent'), numeric: true },
      ],
      fees.costBasis.map((basis) => [
        t(`devices.types.${basis.deviceClass}`),
        formatMoney(basis.purchaseCents),
        formatInteger(basis.lifetimeYears),
        formatMoney(basis.repairsCentsPerYear + basis.insuranceCentsPerYear + basis.managementCentsPerYear),
        formatMoney(basis.fundingCentsPerDevice),
        formatMoney(basis.residualCents),
        formatMoney(maximumRentCents(basis)),
      ]),
    ),
    { text: t('exportDocs.fees.costBasisNote'), style: 'note' },

    section(t('exportDocs.fees.references')),
    table(
      [
        { header: t('exportDocs.fees.line'), width: '*' },
        { header: t('exportDocs.fees.perYear'), numeric: true, width: 70 },
        { header: t('exportDocs.fees.maximumRent'), numeric: true, width: 80 },
        { header: t('exportDocs.fees.reference'), numeric: true, width: 80 },
      ],
      lines.map((line) => {
        const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass);
        const reference = referenceFee(lists, line, year);
        return [
          line.label,
          line.kind === 'deposit' ? formatMoney(line.amountCents) : formatMoney(annualCents(line, fees)),
          // A rent is weighed against the cost per year, a deposit against what the device is still worth.
          basis && line.kind === 'rent' ? formatMoney(maximumRentCents(basis)) : basis && line.kind === 'deposit' ? formatMoney(basis.residualCents) : '—',
          reference === null ? '—' : formatMoney(reference),
        ];
      }),
    ),
    { text: t('exportDocs.fees.bandNote', { min: formatMoney(rekenhofBand.minCents), max: formatMoney(rekenhofBand.maxCents) }), style: 'note' },
    ...(lists.some((list) => list.isExample) ? [{ text: t('exportDocs.fees.exampleListNote'), style: 'note' } as Content] : []),

    chapter(t('exportDocs.fees.corrections')),
    table(
      [{ header: t('exportDocs.fees.correction'), width: '*' }, { header: t('exportDocs.fees.expected'), numeric: true, width: 80 }],
      fees.corrections.map((rule) => [`${rule.label}\n${correctionText(t, rule)}`, formatInteger(rule.expected)]),
    ),

    section(t('exportDocs.fees.settlement')),
    ...settlement.years.map((yearSettlement): Content => {
      const columns = [
        { header: t('exportDocs.fees.line'), width: '*' as const },
        { header: t('exportDocs.fees.users'), numeric: true, width: 50 },
        { header: t('exportDocs.fees.gross'), numeric: true, width: 70 },
        { header: t('exportDocs.fees.correctionsColumn'), numeric: true, width: 70 },
        { header: t('exportDocs.fees.net'), numeric: true, width: 70 },
      ];
      const row = (line: (typeof yearSettlement.lines)[number]) => [line.label, formatInteger(line.users), formatMoney(line.gross), formatMoney(line.corrections), formatMoney(line.net)];
      const deposits = yearSettlement.lines.filter((line) => line.kind === 'deposit');
      // One year stays on one page: a total without its lines reads as a different table.
      return {
        unbreakable: true,
        stack: [
          { text: t('exportDocs.fees.settlementYear', { year: yearSettlement.year }), style: 'h3' },
          table(
            columns,
            [
              ...yearSettlement.lines.filter((line) => line.kind !== 'deposit').map(row),
              ...(yearSettlement.familyCap > 0 ? [[t('exportDocs.fees.familyCap'), '', '', formatMoney(yearSettlement.familyCap), `− ${formatMoney(yearSettlement.familyCap)}`]] : []),
            ],
            [t('exportDocs.fees.revenue'), '', formatMoney(yearSettlement.recurringGross), formatMoney(yearSettlement.correctionsCost), formatMoney(yearSettlement.revenue)],
          ),
          ...(deposits.length > 0
            ? [table(columns, deposits.map(row), [t('exportDocs.fees.depositsHeld'), '', formatMoney(yearSettlement.depositsGross), formatMoney(yearSettlement.depositsWaived), formatMoney(yearSettlement.depositsHeld)])]
            : []),
        ],
      };
    }),
    {
      text: t('exportDocs.fees.term', {
        revenue: formatMoney(settlement.term.revenue),
        cost: formatMoney(settlement.term.correctionsCost),
        deposits: formatMoney(settlement.term.depositsHeld),
      }),
      bold: true,
      margin: [0, 4, 0, 4],
    },
    { text: t('exportDocs.fees.roundingNote'), style: 'note' },

    chapter(t('exportDocs.fees.families')),
    ...fees.exampleFamilies.map((family): Content => {
      const bill = familyBill(fees, family, year);
      return {
        unbreakable: true,
        stack: [
          { text: family.label, style: 'h3' },
          table(
            [
              { header: t('exportDocs.fees.child'), width: 110 },
              { header: t('exportDocs.fees.line'), width: '*' },
              { header: t('exportDocs.fees.gross'), numeric: true, width: 60 },
              { header: t('exportDocs.fees.correctionsColumn'), numeric: true, width: 60 },
              { header: t('exportDocs.fees.net'), numeric: true, width: 60 },
            ],
            bill.children.flatMap((child, index) =>
              child.lines.map((line) => [
                t('exportDocs.fees.childIn', { number: index + 1, grade: t(`grades.${child.grade}`) }),
                line.label,
                formatMoney(line.gross),
                line.reduction === 0 ? '—' : `− ${formatMoney(line.reduction)}`,
                formatMoney(line.net),
              ]),
            ),
            [t('exportDocs.fees.familyPays'), bill.capReduction > 0 ? t('exportDocs.fees.capApplied', { amount: formatMoney(bill.capReduction) }) : '', '', '', formatMoney(bill.total)],
          ),
        ],
      };
    }),

    chapter(t('exportDocs.fees.decisions')),
    plan.decisions.length === 0
      ? { text: t('feeTexts.council.noDecision'), style: 'note' }
      : table(
          [
            { header: t('exportDocs.fees.schoolYear'), width: 60 },
            { header: t('exportDocs.fees.meeting'), width: 60 },
            { header: t('exportDocs.fees.present'), width: 90 },
            { header: t('exportDocs.fees.outcome'), width: 70 },
            { header: t('exportDocs.fees.motivation'), width: '*' },
          ],
          [...plan.decisions]
            .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
            .map((decision) => [
              decision.schoolYear,
              formatDate(decision.meetingDate),
              t('exportDocs.fees.presence', { ...decision.present }),
              `${t(`feeTexts.council.outcomes.${decision.outcome}`)}\n${t('exportDocs.fees.votes', { ...decision.votes })}`,
              decision.motivation || '—',
            ]),
          undefined,
          8,
        ),

    chapter(t('exportDocs.fees.scheme')),
    ...richText(contributionScheme(plan, year, t), 0),
  ];
  return renderPdf(document(frameOf(plan, title, context), content, { title: `${title} — ${plan.profile.schoolName || plan.name}`, subject: 'Digiplan B.3', creationDate: context.now }));
}
