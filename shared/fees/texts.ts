// The texts the fee policy produces: the bijdrageregeling chapter for the school rules, the
// letter to parents and the one-page summary for the school council. Built as formatted-text
// documents (shared/richtext), so the app shows them and the export writes them to files,
// in Dutch (the language of the school rules) or English (for reference).
import type { TFunction } from 'i18next';
import { formatDate, formatInteger } from '../format.ts';
import { formatMoney } from '../money.ts';
import type { Plan } from '../plan/schema.ts';
import type { SchoolYear } from '../plan/term.ts';
import type { ReferenceList } from '../prices/schema.ts';
import type { BlockNode, InlineNode, RichText } from '../richtext/schema.ts';
import { maximumRentCents, referenceFee, rekenhofBand } from './cost-basis.ts';
import type { Correction, FeeLine, Fees } from './schema.ts';
import { annualCents, familyBill, type Settlement } from './settlement.ts';

const text = (value: string, bold = false): InlineNode => (bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value });
const paragraph = (...content: (string | InlineNode)[]): BlockNode => ({
  type: 'paragraph',
  content: content.filter((part) => part !== '').map((part) => (typeof part === 'string' ? text(part) : part)),
});
const heading = (value: string, level: 2 | 3 = 2): BlockNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const list = (items: string[]): BlockNode[] =>
  items.length === 0 ? [] : [{ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(item)] }] })) }];

function gradesText(t: TFunction, grades: readonly string[]): string {
  return grades.map((grade) => t(`grades.${grade}`)).join(', ');
}

function amountText(t: TFunction, line: FeeLine, fees: Fees): string {
  // A deposit is paid once per loan and comes back: never "per school year".
  if (line.kind === 'deposit') return t('feeTexts.deposit', { amount: formatMoney(line.amountCents) });
  return line.period === 'month'
    ? t('feeTexts.perMonth', { amount: formatMoney(line.amountCents), months: fees.monthsPerSchoolYear, total: formatMoney(annualCents(line, fees)) })
    : t('feeTexts.perYear', { amount: formatMoney(line.amountCents) });
}

export function correctionText(t: TFunction, rule: Correction): string {
  const percent = (basisPoints: number) => formatInteger(Math.round(basisPoints / 100));
  switch (rule.kind) {
    case 'sibling':
      return t('feeTexts.correction.sibling', { second: percent(rule.reductionBasisPoints), third: percent(Math.max(rule.reductionBasisPoints, rule.thirdChildBasisPoints)) });
    case 'family-cap':
      return t('feeTexts.correction.family-cap', { cap: formatMoney(rule.capCents) });
    case 'deposit-waiver':
      return t('feeTexts.correction.deposit-waiver');
    case 'payment-plan':
      return t('feeTexts.correction.payment-plan');
    default:
      return t(`feeTexts.correction.${rule.kind}`, { percent: percent(rule.reductionBasisPoints) }) + (rule.waivesDeposit ? ` ${t('feeTexts.correction.alsoDeposit')}` : '');
  }
}

/** The bijdrageregeling chapter on digital learning resources, for the school rules. */
export function contributionScheme(plan: Plan, year: SchoolYear, t: TFunction): RichText {
  const { fees, loan, profile } = plan;
  const lines = fees.lines.filter((line) => line.years.includes(year));
  const content: BlockNode[] = [
    heading(t('feeTexts.scheme.title', { year })),
    paragraph(t('feeTexts.scheme.intro', { school: profile.schoolName })),
    paragraph(
      loan.offered
        ? t('feeTexts.scheme.loanService', { grades: gradesText(t, loan.grades) || t('feeTexts.allPupils') })
        : t('feeTexts.scheme.noLoanService'),
    ),
  ];
  // The template ends the sentence itself: a full stop typed after the specs would make two.
  const specs = loan.minimumSpecs.trim().replace(/[.\s]+$/, '');
  if (loan.ownDeviceAllowed) content.push(paragraph(t('feeTexts.scheme.ownDevice', { specs: specs || t('feeTexts.specsOnRequest') })));
  content.push(paragraph(t('feeTexts.scheme.freeChoice')));

  content.push(heading(t('feeTexts.scheme.amounts'), 3));
  content.push(
    ...list(
      lines.map((line) =>
        t(line.kind === 'deposit' ? 'feeTexts.scheme.depositLine' : 'feeTexts.scheme.feeLine', {
          label: line.label,
          amount: amountText(t, line, fees),
          grades: gradesText(t, line.grades),
        }),
      ),
    ),
  );
  content.push(paragraph(t('feeTexts.scheme.onlyUsers')));

  if (fees.damageCharges.length > 0) {
    content.push(heading(t('feeTexts.scheme.damage'), 3));
    content.push(...list(fees.damageCharges.map((charge) => `${charge.description}: ${formatMoney(charge.amountCents)}`)));
  }
  if (loan.offered) {
    content.push(heading(t('feeTexts.scheme.loanRules'), 3));
    content.push(
      ...list(
        [
          loan.onDamage && `${t('feeTexts.scheme.onDamage')} ${loan.onDamage}`,
          loan.onLoss && `${t('feeTexts.scheme.onLoss')} ${loan.onLoss}`,
          loan.onLeaving && `${t('feeTexts.scheme.onLeaving')} ${loan.onLeaving}`,
          loan.endOfLoan && `${t('feeTexts.scheme.endOfLoan')} ${loan.endOfLoan}`,
        ].filter((item): item is string => Boolean(item)),
      ),
    );
  }

  content.push(heading(t('feeTexts.scheme.corrections'), 3));
  content.push(
    paragraph(t('feeTexts.scheme.correctionsIntro')),
    ...list(fees.corrections.map((rule) => correctionText(t, rule))),
  );

  content.push(heading(t('feeTexts.scheme.payment'), 3));
  content.push(
    paragraph(
      t('feeTexts.scheme.moments', {
        moments: fees.payment.moments.map((moment) => `${moment.label} (${formatInteger(Math.round(moment.shareBasisPoints / 100))}\u00a0%)`).join(', '),
      }),
      fees.payment.method ? ` ${t('feeTexts.scheme.method', { method: fees.payment.method })}` : '',
    ),
    paragraph(
      fees.payment.spreadPaymentOffered ? t('feeTexts.scheme.spread') : t('feeTexts.scheme.noSpread'),
      fees.payment.contact ? ` ${t('feeTexts.scheme.contact', { contact: fees.payment.contact })}` : '',
    ),
  );

  content.push(heading(t('feeTexts.scheme.appeal'), 3));
  content.push(paragraph(t('feeTexts.scheme.appealText')));
  return { type: 'doc', content };
}

/** The letter to parents: what the loan service costs their child, the help there is, and the way to appeal. */
export function parentLetter(plan: Plan, year: SchoolYear, t: TFunction): RichText {
  const { fees, loan, profile } = plan;
  const lines = fees.lines.filter((line) => line.years.includes(year));
  return {
    type: 'doc',
    content: [
      paragraph(t('feeTexts.letter.salutation')),
      paragraph(t('feeTexts.letter.intro', { school: profile.schoolName, year })),
      paragraph(loan.offered ? t('feeTexts.letter.choice') : t('feeTexts.scheme.noLoanService')),
      ...list(lines.map((line) => `${line.label} (${gradesText(t, line.grades)}): ${amountText(t, line, fees)}`)),
      paragraph(t('feeTexts.letter.help')),
      ...list(fees.corrections.map((rule) => correctionText(t, rule))),
      paragraph(
        fees.payment.spreadPaymentOffered ? t('feeTexts.scheme.spread') : t('feeTexts.scheme.noSpread'),
        fees.payment.contact ? ` ${t('feeTexts.scheme.contact', { contact: fees.payment.contact })}` : '',
      ),
      paragraph(t('feeTexts.scheme.appealText')),
      paragraph(t('feeTexts.letter.closing')),
      paragraph(text(t('feeTexts.letter.signature', { school: profile.schoolName }), true)),
    ],
  };
}

/** One page for the school council: proposal, justification, corrections, families, decision. */
export function councilSummary(plan: Plan, settlement: Settlement, year: SchoolYear, lists: readonly ReferenceList[], t: TFunction): RichText {
  const { fees } = plan;
  const yearSettlement = settlement.years.find((candidate) => candidate.year === year);
  const lines = fees.lines.filter((line) => line.years.includes(year));
  const content: BlockNode[] = [heading(t('feeTexts.council.title', { school: plan.profile.schoolName, year })), heading(t('feeTexts.council.proposal'), 3)];
  content.push(
    ...list(
      lines.map((line) => {
        const basis = fees.costBasis.find((candidate) => candidate.deviceClass === line.deviceClass);
        const reference = referenceFee(lists, line, year);
        if (line.kind === 'deposit') {
          return t('feeTexts.council.depositLine', {
            label: line.label,
            amount: formatMoney(line.amountCents),
            basis: basis ? formatMoney(basis.residualCents) : '—',
            reference: reference === null ? '—' : formatMoney(reference),
          });
        }
        return t('feeTexts.council.line', {
          label: line.label,
          amount: formatMoney(annualCents(line, fees)),
          basis: basis && line.kind === 'rent' ? formatMoney(maximumRentCents(basis)) : '—',
          reference: reference === null ? '—' : formatMoney(reference),
        });
      }),
    ),
  );
  content.push(paragraph(t('feeTexts.council.band', { max: formatMoney(rekenhofBand.maxCents) })));
  if (yearSettlement) {
    content.push(heading(t('feeTexts.council.settlement'), 3));
    content.push(
      ...list([
        t('feeTexts.council.gross', { amount: formatMoney(yearSettlement.recurringGross) }),
        t('feeTexts.council.correctionsCost', { amount: formatMoney(yearSettlement.correctionsCost) }),
        t('feeTexts.council.revenue', { amount: formatMoney(yearSettlement.revenue) }),
        t('feeTexts.council.deposits', { amount: formatMoney(yearSettlement.depositsHeld) }),
      ]),
    );
  }
  if (fees.exampleFamilies.length > 0) {
    content.push(heading(t('feeTexts.council.families'), 3));
    content.push(
      ...list(
        fees.exampleFamilies.map((family) => {
          const bill = familyBill(fees, family, year);
          return t('feeTexts.council.family', { label: family.label, total: formatMoney(bill.recurringNet), deposits: formatMoney(bill.deposits) });
        }),
      ),
    );
  }
  const decision = plan.decisions
    .filter((candidate) => candidate.schoolYear === year)
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))[0];
  content.push(heading(t('feeTexts.council.decision'), 3));
  content.push(
    decision
      ? paragraph(
          t('feeTexts.council.decided', {
            date: formatDate(decision.meetingDate),
            outcome: t(`feeTexts.council.outcomes.${decision.outcome}`),
            for: decision.votes.for,
            against: decision.votes.against,
            abstain: decision.votes.abstain,
          }),
        )
      : paragraph(t('feeTexts.council.noDecision')),
  );
  if (decision?.motivation) content.push(paragraph(text(`${t('feeTexts.council.motivation')} `, true), decision.motivation));
  return { type: 'doc', content };
}
