// The ICT policy plan as the school hands it to its board and AGODI: a title page, the
// contents, the school profile, the self-assessment with its chart, every section with its
// checklist, the goals table, professional development and the fleet with its age chart.
import type { Content } from 'pdfmake/interfaces';
import type { TFunction } from 'i18next';
import { formatDate, formatDecimalInput, formatInteger } from '../../shared/format.ts';
import { fundingTotals } from '../../shared/funding/totals.ts';
import { themes } from '../../shared/funding/schema.ts';
import { formatMoney } from '../../shared/money.ts';
import { areaScore, assessmentAreas, assessmentYears, previousAssessmentYear, type AssessmentYear } from '../../shared/policy/assessment.ts';
import { sectionDefinitions, sectionIds } from '../../shared/policy/sections.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import { schoolYearOf, schoolYears } from '../../shared/plan/term.ts';
import { trainingTotals } from '../../shared/training/schema.ts';
import { barChart, BRAND, document, renderPdf, richText, table, type Frame } from './pdf-kit.ts';

export interface PdfContext {
  t: TFunction;
  /** The export date (ISO), printed on every page. */
  today: string;
  now: Date;
}

export function frameOf(plan: Plan, title: string, { t, today }: PdfContext): Frame {
  return {
    school: plan.profile.schoolName || plan.name,
    title,
    date: formatDate(today),
    pageOf: (page, pages) => t('exportDocs.pageOf', { page, pages }),
    ...(plan.isExample ? { watermark: t('exportDocs.exampleWatermark') } : {}),
  };
}

export function titlePage(plan: Plan, title: string, subtitle: string, { t, today }: PdfContext): Content[] {
  const { profile } = plan;
  const address = [profile.address.street, [profile.address.postalCode, profile.address.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [
    { text: title, style: 'documentTitle' },
    { text: profile.schoolName || plan.name, style: 'documentSubtitle', bold: true },
    { text: subtitle, style: 'documentSubtitle' },
    ...(profile.institutionNumber ? [{ text: t('exportDocs.institutionNumber', { number: profile.institutionNumber }), style: 'muted' }] : []),
    ...(address ? [{ text: address, style: 'muted' }] : []),
    { text: t('exportDocs.made', { date: formatDate(today) }), style: 'muted', margin: [0, 24, 0, 0] },
    ...(plan.isExample ? [{ text: t('exportDocs.exampleNotice'), color: '#b00020', margin: [0, 12, 0, 0] }] : []),
  ] as Content[];
}

const chapter = (text: string, first = false): Content => ({ text, style: 'h1', tocItem: true, pageBreak: first ? undefined : 'before' });

/** `3,0`: scores always with one decimal, so a column of them lines up. */
const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');

function currentAssessmentYear(today: string): AssessmentYear {
  const year = schoolYearOf(today);
  return (assessmentYears as readonly string[]).includes(year) ? (year as AssessmentYear) : assessmentYears[1];
}

function profileChapter(plan: Plan, t: TFunction): Content[] {
  const { profile } = plan;
  const pupils = Object.values(profile.pupils).reduce((sum, n) => sum + (n ?? 0), 0);
  return [
    chapter(t('exportDocs.plan.profile'), true),
    table(
      [{ header: t('exportDocs.item'), width: 200 }, { header: t('exportDocs.value') }],
      [
        [t('profile.levels'), profile.levels.map((level) => t(`levels.${level}`)).join(', ') || '—'],
        [t('exportDocs.plan.pupils'), formatInteger(pupils)],
        [t('exportDocs.plan.teachingStaff'), formatInteger(profile.staff.teaching)],
        [t('exportDocs.plan.otherStaff'), formatInteger(profile.staff.other)],
        [t('exportDocs.plan.intensiveProgrammes'), profile.digitallyIntensiveProgrammes.map((p) => `${p.name} (${formatInteger(p.pupils)})`).join(', ') || '—'],
        [t('exportDocs.plan.group'), profile.group.name || '—'],
      ],
    ),
  ];
}

function assessmentChapter(plan: Plan, context: PdfContext): Content[] {
  const { t } = context;
  const year = currentAssessmentYear(context.today);
  const previous = previousAssessmentYear(year);
  const labels = assessmentAreas.map((area) => t(`sections.${area.section}.title`));
  const scores = (y: AssessmentYear) => assessmentAreas.map((area) => areaScore(plan.assessment, y, area.id));
  const now = scores(year);
  const before = previous ? scores(previous) : [];
  const format = (value: number | null | undefined) => (value === null || value === undefined ? '—' : oneDecimal(value));
  const series = [
    ...(previous ? [{ label: t('assessment.yearSeries', { year: previous }), color: '#9bb8bd', values: before.map((v) => v ?? 0) }] : []),
    { label: t('assessment.yearSeries', { year }), color: BRAND, values: now.map((v) => v ?? 0) },
  ];
  return [
    chapter(t('exportDocs.plan.assessment')),
    { text: t('exportDocs.plan.assessmentIntro', { year }), margin: [0, 0, 0, 6] },
    barChart(labels, series, { max: 5, format: (v) => (v === 0 ? '—' : oneDecimal(v)) }),
    table(
      [{ header: t('assessment.area'), width: 220 }, ...(previous ? [{ header: previous, numeric: true }] : []), { header: year, numeric: true }],
      labels.map((label, i) => [label, ...(previous ? [format(before[i])] : []), format(now[i])]),
    ),
  ];
}

function sectionsChapter(plan: Plan, t: TFunction): Content[] {
  const content: Content[] = [chapter(t('exportDocs.plan.sections'))];
  sectionIds.forEach((id, index) => {
    const section = plan.sections[id];
    const items = Object.entries(sectionDefinitions[id].checklist).map(([key, kind]) => {
      const value = section.checklist[key];
      const label = t(`sections.${id}.items.${key}`);
      if (kind === 'text') return { text: [{ text: `${label}: `, bold: true }, typeof value === 'string' && value.trim() !== '' ? value : '—'] };
      // Roboto has no ballot boxes: the state is written out, in front, so a glance down the list reads it.
      return { text: [value === true ? { text: `${t('exportDocs.plan.checkDone')}  `, bold: true, color: BRAND } : { text: `${t('exportDocs.plan.checkOpen')}  `, bold: true, color: '#b00020' }, label] };
    });
    content.push(
      { text: `${index + 1}. ${t(`sections.${id}.title`)}`, style: 'h2', tocItem: true, tocMargin: [12, 0, 0, 0] },
      ...(section.text.content.length === 0 ? [{ text: t('exportDocs.plan.emptySection'), style: 'note' } as Content] : richText(section.text, 1)),
      { text: t('exportDocs.plan.checklist'), style: 'h3' },
      { ul: items, fontSize: 9, margin: [0, 0, 0, 6] },
    );
  });
  return content;
}

function goalsChapter(plan: Plan, t: TFunction): Content[] {
  const value = (goal: Plan['goals'][number], v: number | null | undefined) =>
    v === null || v === undefined ? '—' : goal.unit === 'percent' ? `${formatDecimalInput(v)}%` : formatDecimalInput(v);
  return [
    chapter(t('exportDocs.plan.goals')),
    plan.goals.length === 0
      ? { text: t('goals.none'), style: 'note' }
      : table(
          [
            { header: t('goals.title'), width: '*' },
            { header: t('goals.section'), width: 62 },
            { header: t('exportDocs.plan.indicator'), width: '*' },
            { header: t('exportDocs.plan.baselineShort'), numeric: true, width: 34 },
            // `2025-\n2026`: a school year in a narrow column breaks at its dash, not mid-number.
            ...schoolYears.map((year) => ({ header: year.replace('-', '-\n'), numeric: true, width: 34 })),
            { header: t('exportDocs.plan.owner'), width: 56 },
          ],
          plan.goals.map((goal) => [
            goal.title,
            t(`sections.${goal.sectionId}.title`),
            goal.indicator || '—',
            value(goal, goal.baseline),
            ...schoolYears.map((year) => value(goal, goal.targets[year])),
            t(`goals.owners.${goal.owner}`),
          ]),
          undefined,
          8,
        ),
  ];
}

function trainingChapter(plan: Plan, t: TFunction): Content[] {
  const totals = trainingTotals(plan.activities);
  return [
    chapter(t('exportDocs.plan.training')),
    { text: t('exportDocs.plan.trainingTotals', { count: totals.activities, hours: formatDecimalInput(Math.round(totals.participantHours)), cost: formatMoney(totals.costCents) }), margin: [0, 0, 0, 6] },
    table(
      [
        { header: t('exportDocs.plan.activity'), width: '*' },
        { header: t('exportDocs.plan.theme'), width: 90 },
        { header: t('exportDocs.plan.dates'), width: 70 },
        { header: t('exportDocs.plan.hours'), numeric: true, width: 40 },
        { header: t('exportDocs.plan.participants'), numeric: true, width: 50 },
        { header: t('exportDocs.plan.cost'), numeric: true, width: 60 },
      ],
      plan.activities.map((activity) => [
        `${activity.title}${activity.keurmerk ? ` (${t('exportDocs.plan.keurmerk')})` : ''}${activity.provider ? `\n${activity.provider}` : ''}`,
        t(`training.themes.${activity.theme}`),
        formatDate(activity.startDate),
        formatDecimalInput(Math.round((activity.minutes / 60) * 10) / 10),
        formatInteger(activity.participants),
        formatMoney(activity.costCents),
      ]),
    ),
  ];
}

function fleetChapter(plan: Plan, t: TFunction): Content[] {
  const byYear = new Map<string, number>();
  const byType = new Map<string, number>();
  for (const cohort of plan.fleet) {
    if (cohort.status !== 'in-use' && cohort.status !== 'repair') continue;
    const year = cohort.startYear || t('exportDocs.plan.unknownYear');
    byYear.set(year, (byYear.get(year) ?? 0) + cohort.quantity);
    byType.set(cohort.type, (byType.get(cohort.type) ?? 0) + cohort.quantity);
  }
  const years = [...byYear.keys()].sort();
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  return [
    chapter(t('exportDocs.plan.fleet')),
    { text: t('exportDocs.plan.fleetIntro', { count: formatInteger(total) }), margin: [0, 0, 0, 6] },
    barChart(years, [{ label: t('exportDocs.plan.devicesInUse'), color: BRAND, values: years.map((y) => byYear.get(y) ?? 0) }], { format: (v) => formatInteger(v) }),
    table(
      [{ header: t('exportDocs.plan.deviceType') }, { header: t('exportDocs.plan.inUse'), numeric: true }],
      [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => [t(`devices.types.${type}`), formatInteger(count)]),
      [t('exportDocs.total'), formatInteger(total)],
    ),
  ];
}

function fundingChapter(plan: Plan, t: TFunction): Content[] {
  const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
  const shown = themes.filter((theme) => totals.themes[theme].allocation.termCents > 0 || totals.themes[theme].planned.termCents > 0);
  const estimates = shown.filter((theme) => plan.funding.parameters[theme].estimate);
  return [
    chapter(t('exportDocs.plan.funding')),
    { text: t('exportDocs.plan.fundingIntro'), margin: [0, 0, 0, 6] },
    barChart(
      shown.map((theme) => t(`funding.themes.${theme}.short`)),
      [
        { label: t('funding.chart.allocation'), color: '#9bb8bd', values: shown.map((theme) => totals.themes[theme].allocation.termCents / 100) },
        { label: t('funding.chart.planned'), color: BRAND, values: shown.map((theme) => totals.themes[theme].planned.termCents / 100) },
        { label: t('funding.chart.spent'), color: '#d08a1c', values: shown.map((theme) => totals.themes[theme].spent.termCents / 100) },
      ],
      { format: (euros) => formatMoney(Math.round(euros * 100)) },
    ),
    table(
      [
        { header: t('funding.allocation.theme'), width: '*' },
        { header: t('funding.allocation.counted'), numeric: true, width: 50 },
        { header: t('funding.allocation.term'), numeric: true, width: 72 },
        { header: t('funding.allocation.planned'), numeric: true, width: 72 },
        { header: t('funding.allocation.spent'), numeric: true, width: 72 },
      ],
      shown.map((theme) => {
        const row = totals.themes[theme];
        const estimate = plan.funding.parameters[theme].estimate ? ` (${t('funding.estimate')})` : '';
        return [`${t(`funding.themes.${theme}.title`)}${estimate}`, formatInteger(row.units), formatMoney(row.allocation.termCents), formatMoney(row.planned.termCents), formatMoney(row.spent.termCents)];
      }),
      [t('exportDocs.total'), '', formatMoney(totals.allocationCents), formatMoney(totals.plannedCents), formatMoney(totals.spentCents)],
    ),
    ...estimates.map((theme): Content => ({ text: `${t(`funding.themes.${theme}.short`)}: ${plan.funding.parameters[theme].source}`, style: 'note' })),
  ];
}

export async function policyPlanPdf(plan: Plan, context: PdfContext): Promise<Buffer> {
  const { t } = context;
  const title = t('exportDocs.plan.title');
  const content: Content[] = [
    ...titlePage(plan, title, t('exportDocs.plan.subtitle'), context),
    { toc: { title: { text: t('exportDocs.contents'), style: 'h1' } }, pageBreak: 'before' },
    { text: '', pageBreak: 'after' },
    ...profileChapter(plan, t),
    ...assessmentChapter(plan, context),
    ...sectionsChapter(plan, t),
    ...goalsChapter(plan, t),
    ...trainingChapter(plan, t),
    ...fleetChapter(plan, t),
    ...fundingChapter(plan, t),
  ];
  return renderPdf(document(frameOf(plan, title, context), content, { title: `${title} — ${plan.profile.schoolName || plan.name}`, subject: 'Digiplan B.1, B.2', creationDate: context.now }));
}
