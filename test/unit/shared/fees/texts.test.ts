// The generated fee texts (bijdrageregeling, letter to parents, council summary) for the example plan in Dutch and English: valid formatted text, no raw keys or placeholders, the amounts, corrections, settlement and the Commissie Zorgvuldig Bestuur in them.
import { describe, expect, it } from 'vitest';
import { exampleReferenceList } from '../../../../shared/example/devices.ts';
import { exampleContent } from '../../../../shared/example/voorbeeldschool.ts';
import { maximumRentCents } from '../../../../shared/fees/cost-basis.ts';
import type { Correction } from '../../../../shared/fees/schema.ts';
import { annualCents, familyBill, settle } from '../../../../shared/fees/settlement.ts';
import { contributionScheme, correctionText, councilSummary, parentLetter } from '../../../../shared/fees/texts.ts';
import { formatDate } from '../../../../shared/format.ts';
import { createI18n } from '../../../../shared/i18n/index.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { Language } from '../../../../shared/contract.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { schoolYears, type SchoolYear } from '../../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';
import { plainText, RichTextSchema, type RichText } from '../../../../shared/richtext/schema.ts';
import { buildPlan } from '../../../builders/plan.ts';

const plan: Plan = buildPlan({ profile: exampleContent().profile });
const lists: ReferenceList[] = [{ ...exampleReferenceList, id: 'example', isExample: true, importedAt: '2025-06-01T00:00:00.000Z', sha256: 'x' }];
const languages: Language[] = ['nl', 'en'];

function allTexts(language: Language, year: SchoolYear, source: Plan = plan) {
  const { t } = createI18n(language);
  const settlement = settle(source.fees, source.loan, source.profile.pupils, source.term);
  return {
    scheme: contributionScheme(source, year, t),
    letter: parentLetter(source, year, t),
    council: councilSummary(source, settlement, year, lists, t),
  };
}

const cases = languages.flatMap((language) =>
  schoolYears.flatMap((year) => Object.entries(allTexts(language, year)).map(([kind, doc]) => ({ language, year, kind, doc }))),
);

describe('every generated fee text, in both languages and every school year', () => {
  it.each(cases)('$kind in $language for $year is valid formatted text without raw keys or placeholders', ({ doc }) => {
    expect(RichTextSchema.safeParse(doc).success).toBe(true);
    const text = plainText(doc);
    expect(text).not.toContain('{{');
    expect(text).not.toMatch(/\b(feeTexts|grades|devices|fees)\.[a-z]/);
    expect(text).not.toMatch(/\.\./);
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('NaN');
  });
});

const text = (doc: RichText) => plainText(doc);
/** Money and percentages keep their sign on the same line: a non-breaking space after € and before %. */
const nb = (value: string) => value.replace(/€ /g, '€\u00a0').replace(/ %/g, '\u00a0%');

describe('the contribution scheme and the letter', () => {
  for (const language of languages) {
    it(`name every fee line of the year with its amount (${language})`, () => {
      for (const year of schoolYears) {
        const { scheme, letter } = allTexts(language, year);
        for (const line of plan.fees.lines.filter((candidate) => candidate.years.includes(year))) {
          const amount = formatMoney(line.kind === 'deposit' ? line.amountCents : annualCents(line, plan.fees));
          for (const doc of [scheme, letter]) {
            expect(text(doc)).toContain(line.label);
            expect(text(doc)).toContain(amount);
          }
        }
      }
    });

    it(`name every correction as parents will read it and the Commissie Zorgvuldig Bestuur (${language})`, () => {
      const { t } = createI18n(language);
      const { scheme, letter } = allTexts(language, '2026-2027');
      for (const rule of plan.fees.corrections) {
        expect(text(scheme)).toContain(correctionText(t, rule));
        expect(text(letter)).toContain(correctionText(t, rule));
      }
      expect(text(scheme)).toContain('Commissie Zorgvuldig Bestuur');
      expect(text(letter)).toContain('Commissie Zorgvuldig Bestuur');
      expect(text(scheme)).toContain(plan.profile.schoolName);
      expect(text(letter)).toContain(plan.fees.payment.contact);
    });
  }

  it('calls a deposit a one-off amount, never a yearly one', () => {
    const { scheme, letter } = allTexts('nl', '2026-2027');
    expect(text(scheme)).toContain(nb('Waarborg leerlingenlaptop (3de jaar): € 60,00 (eenmalig)'));
    expect(text(letter)).toContain(nb('€ 60,00 (eenmalig)'));
    expect(text(scheme)).not.toContain(nb('€ 60,00 per schooljaar'));
    expect(text(allTexts('en', '2026-2027').scheme)).toContain(nb('€ 60,00 (once)'));
  });

  it('writes the specifications for an own device once, ending in one full stop', () => {
    const { scheme } = allTexts('nl', '2026-2027');
    expect(text(scheme)).toContain('128 GB opslag, een batterij die een schooldag meegaat, en een toetsenbord.');
    const bare = buildPlan({ profile: plan.profile, loan: { ...plan.loan, minimumSpecs: '' } });
    expect(text(allTexts('nl', '2026-2027', bare).scheme)).toContain('minimumvereisten voldoen: op te vragen bij het secretariaat.');
  });

  it('writes the monthly amount with the months and the yearly total', () => {
    const monthly = buildPlan({
      profile: plan.profile,
      fees: { ...plan.fees, lines: plan.fees.lines.map((line) => (line.id === 'fee-insurance' ? { ...line, amountCents: 150, period: 'month' as const } : line)) },
    });
    expect(text(allTexts('nl', '2026-2027', monthly).scheme)).toContain(nb('€ 1,50 per maand, gedurende 10 maanden (€ 15,00 per schooljaar)'));
  });

  it('speaks English in English, not the Dutch fallback', () => {
    const nl = text(allTexts('nl', '2026-2027').scheme);
    const en = text(allTexts('en', '2026-2027').scheme);
    expect(nl).toContain('Bijdrageregeling digitale leermiddelen, schooljaar 2026-2027');
    expect(en).toContain('Contribution scheme for digital learning resources, school year 2026-2027');
    expect(en).not.toContain('Sociale correcties');
  });
});

describe('the council summary', () => {
  const settlement = settle(plan.fees, plan.loan, plan.profile.pupils, plan.term);

  it('carries the cost basis, the reference price, the settlement and the example families', () => {
    const doc = text(allTexts('nl', '2026-2027').council);
    const basis = plan.fees.costBasis[0]!;
    expect(doc).toContain(`kostprijs per toestel per jaar: ${formatMoney(maximumRentCents(basis))}`);
    expect(doc).toContain(nb('referentieprijs: € 100,00'));
    expect(doc).toContain(`restwaarde van het toestel: ${formatMoney(basis.residualCents)}`);
    const year = settlement.years.find((entry) => entry.year === '2026-2027')!;
    for (const amount of [year.recurringGross, year.correctionsCost, year.revenue, year.depositsHeld]) expect(doc).toContain(formatMoney(amount));
    for (const family of plan.fees.exampleFamilies) {
      expect(doc).toContain(`${family.label}: ${formatMoney(familyBill(plan.fees, family, '2026-2027').recurringNet)}`);
    }
  });

  it('reports the council’s decision for its year, and that there is none for another', () => {
    const decision = plan.decisions.find((candidate) => candidate.schoolYear === '2026-2027')!;
    expect(text(allTexts('nl', decision.schoolYear).council)).toContain(
      `Beslist op ${formatDate(decision.meetingDate)}: goedgekeurd (stemming: 11 voor, 1 tegen, onthoudingen: 1).`,
    );
    expect(text(allTexts('nl', decision.schoolYear).council)).toContain(decision.motivation);
    expect(text(allTexts('nl', '2027-2028').council)).toContain('De schoolraad heeft nog niet beslist.');
    expect(text(allTexts('en', '2027-2028').council)).toContain('The school council has not decided yet.');
  });
});

describe('a correction in one sentence', () => {
  const { t } = createI18n('nl');
  const rule = (overrides: Partial<Correction> & Pick<Correction, 'kind'>): Correction => ({
    id: 'r',
    label: '',
    reductionBasisPoints: 0,
    thirdChildBasisPoints: 0,
    capCents: 0,
    waivesDeposit: false,
    expected: 0,
    averageChildren: 2,
    ...overrides,
  });

  it('never promises a third child less than the second', () => {
    expect(correctionText(t, rule({ kind: 'sibling', reductionBasisPoints: 5_000, thirdChildBasisPoints: 2_500 }))).toContain(nb('tweede kind 50 % korting en elk volgend kind 50 %'));
  });

  it('writes the cap as money and a waived deposit with its group', () => {
    expect(correctionText(t, rule({ kind: 'family-cap', capCents: 12_500 }))).toContain(nb('nooit meer dan € 125,00'));
    expect(correctionText(t, rule({ kind: 'schooltoeslag', reductionBasisPoints: 10_000, waivesDeposit: true }))).toBe(
      nb('Voor leerlingen met een schooltoeslag geldt een korting van 100 % op de jaarlijkse bijdragen. Zij betalen ook geen waarborg.'),
    );
  });
});
