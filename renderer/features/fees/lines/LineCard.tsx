// One fee line as a card: what it is, for whom, how much and when, saved as you type; beside
// it the line's yearly amount against its cost basis, the reference price and the Rekenhof
// band. A motivation field appears when the amount goes above either.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceTypes } from '../../../../shared/devices/schema.ts';
import { rekenhofBand } from '../../../../shared/fees/cost-basis.ts';
import { FeeLineSchema, feeKinds, type FeeLine, type Fees } from '../../../../shared/fees/schema.ts';
import type { Finding } from '../../../../shared/findings/finding.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { schoolYears, type SchoolYear } from '../../../../shared/plan/term.ts';
import type { ReferenceList } from '../../../../shared/prices/schema.ts';
import { gradeKeys, type GradeKey } from '../../../../shared/profile/schema.ts';
import { AppError } from '../../../../shared/result.ts';
import { usePartEditor, type PartEditor } from '../../../api/use-part-editor.ts';
import { SeverityBadge } from '../../../components/Badges.tsx';
import { Button } from '../../../components/Button.tsx';
import { CheckboxGroup, fieldDomId, SelectField, TextField } from '../../../components/Field.tsx';
import { ExampleFlag } from '../../prices/PriceLists.tsx';
import { BandChart } from './BandChart.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import type { LinesWriter } from './use-lines-writer.ts';
import { compareLine, feesField, needsMotivation, type LineComparison } from './view.ts';

const LinePatchSchema = FeeLineSchema.partial();

interface LineCardProps {
  line: FeeLine;
  fees: Fees;
  lists: readonly ReferenceList[];
  year: SchoolYear;
  /** The school's secondary grades: the only ones a fee may be asked for. */
  grades: readonly GradeKey[];
  findings: readonly Finding[];
  writer: LinesWriter;
  onRemove: (line: FeeLine) => void;
}

export function LineCard({ line, fees, lists, year, grades, findings, writer, onRemove }: LineCardProps) {
  const { t } = useTranslation();
  const scope = `fees.lines.${line.id}`;
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const lines = await writer((current) => current.map((candidate) => (candidate.id === line.id ? { ...candidate, ...patch } : candidate)));
      const saved = lines.find((candidate) => candidate.id === line.id);
      if (!saved) throw new AppError('NOT_FOUND', 'errors.notFound');
      return saved;
    },
    [writer, line.id],
  );
  const editor = usePartEditor<FeeLine>({ value: line, patchSchema: LinePatchSchema, save });
  const shown = liveLine(editor, line);
  const comparison = compareLine(shown, fees, lists, year);
  const askMotivation = needsMotivation(comparison) || shown.motivation.trim() !== '';
  // A grade stored earlier that is no longer offered (a primary grade) stays visible, so it can be unticked.
  const gradeOptions = gradeKeys.filter((grade) => grades.includes(grade) || line.grades.includes(grade));
  const headingId = `fee-line-${line.id}-heading`;

  return (
    <article className="card fee-line" aria-labelledby={headingId} data-line={line.id}>
      <header className="fee-line__head">
        <h3 id={headingId} className="fee-line__title">
          {line.label}
        </h3>
        <span className="fee-line__kind">{t(`fees.lines.kinds.${line.kind}`)}</span>
      </header>
      {findings.length > 0 && (
        <ul className="fee-line__findings" aria-label={t('fees.lines.lineFindings', { label: line.label })}>
          {findings.map((finding) => (
            <li key={`${finding.ruleId}:${finding.field ?? ''}`} className={`fee-line__finding finding--${finding.severity}`}>
              <SeverityBadge severity={finding.severity} /> {t(finding.messageKey, finding.params ?? {})}
            </li>
          ))}
        </ul>
      )}
      <div className="fee-line__body">
        <div className="fee-line__fields">
          <TextField editor={editor} scope={scope} path="label" label={t('fees.lines.label')} />
          <div className="field-row">
            <SelectField
              editor={editor}
              scope={scope}
              path="kind"
              label={t('fees.lines.kind')}
              options={feeKinds.map((kind) => ({ value: kind, label: t(`fees.lines.kinds.${kind}`) }))}
            />
            <SelectField
              editor={editor}
              scope={scope}
              path="deviceClass"
              label={t('fees.lines.deviceClass')}
              options={deviceTypes.map((type) => ({ value: type, label: t(`devices.types.${type}`) }))}
            />
          </div>
          <div className="field-row fee-line__amount">
            <TextField editor={editor} scope={scope} path="amountCents" kind="money" width="short" label={t('fees.lines.amount')} />
            <SelectField
              editor={editor}
              scope={scope}
              path="period"
              width="short"
              label={t('fees.lines.period')}
              options={[
                { value: 'school-year', label: t('fees.lines.periods.school-year') },
                { value: 'month', label: t('fees.lines.periods.month') },
              ]}
            />
          </div>
          <p className="fee-line__yearly" aria-live="polite">
            {shown.kind === 'deposit'
              ? t('fees.lines.depositYearly', { amount: formatMoney(comparison.annual) })
              : shown.period === 'month'
                ? t('fees.lines.yearlyFromMonths', { amount: formatMoney(comparison.annual), months: fees.monthsPerSchoolYear })
                : t('fees.lines.yearly', { amount: formatMoney(comparison.annual) })}
          </p>
          <CheckboxGroup
            editor={editor}
            scope={scope}
            path="grades"
            legend={t('fees.lines.grades')}
            hint={grades.length === 0 ? t('fees.lines.gradesNone') : undefined}
            order={gradeKeys}
            options={gradeOptions.map((grade) => ({ value: grade, label: t(`grades.${grade}`) }))}
          />
          <RadioGroup
            editor={editor}
            scope={scope}
            path="appliesTo"
            legend={t('fees.lines.appliesTo')}
            options={[
              { value: 'loan-service', label: t('fees.lines.appliesToLoanService') },
              { value: 'all-pupils', label: t('fees.lines.appliesToAll'), warning: true },
            ]}
          />
          {shown.appliesTo === 'all-pupils' && <p className="fee-line__warning">{t('fees.lines.appliesToAllWarning')}</p>}
          <CheckboxGroup
            editor={editor}
            scope={scope}
            path="years"
            legend={t('fees.lines.years')}
            order={schoolYears}
            options={schoolYears.map((schoolYear) => ({ value: schoolYear, label: schoolYear }))}
          />
          {askMotivation && (
            <TextField
              editor={editor}
              scope={scope}
              path="motivation"
              multiline
              label={t('fees.lines.motivation')}
              hint={needsMotivation(comparison) ? t('fees.lines.motivationHint') : t('fees.lines.motivationKept')}
            />
          )}
        </div>
        <Comparison line={shown} comparison={comparison} year={year} />
      </div>
      <footer className="fee-line__foot">
        <Button variant="ghost" className="danger-text" aria-label={t('fees.lines.removeNamed', { label: line.label })} onClick={() => onRemove(line)}>
          {t('fees.lines.remove')}
        </Button>
      </footer>
    </article>
  );
}

/** The line as it is on screen: typed values that are valid count, others keep the saved value. */
function liveLine(editor: PartEditor, saved: FeeLine): FeeLine {
  const parsed = FeeLineSchema.safeParse({
    ...saved,
    amountCents: editor.valueOf('amountCents'),
    period: editor.valueOf('period'),
    kind: editor.valueOf('kind'),
    deviceClass: editor.valueOf('deviceClass'),
    appliesTo: editor.valueOf('appliesTo'),
    motivation: editor.valueOf('motivation'),
  });
  if (parsed.success) return parsed.data;
  const amount = editor.valueOf('amountCents');
  return {
    ...saved,
    amountCents: typeof amount === 'number' ? amount : saved.amountCents,
    period: editor.valueOf('period') === 'month' ? 'month' : 'school-year',
    appliesTo: editor.valueOf('appliesTo') === 'all-pupils' ? 'all-pupils' : 'loan-service',
  };
}

/** No cost basis for the device class yet: a way to the cost basis editor further down. */
function ToCostBasis({ device }: { device: string }) {
  const { t } = useTranslation();
  const go = () => {
    const target = document.getElementById(fieldDomId(feesField('costBasis')));
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };
  return (
    <button type="button" className="link-button" onClick={go}>
      {t('fees.lines.noBasis', { device })}
    </button>
  );
}

function Verdict({ above, aboveText, belowText }: { above: boolean; aboveText: string; belowText: string }) {
  return (
    <span className={above ? 'verdict verdict--above' : 'verdict verdict--ok'}>
      <span aria-hidden="true">{above ? '✕ ' : '✓ '}</span>
      {above ? aboveText : belowText}
    </span>
  );
}

function Comparison({ line, comparison, year }: { line: FeeLine; comparison: LineComparison; year: SchoolYear }) {
  const { t } = useTranslation();
  const { annual, basis, maximum, reference, referenceList } = comparison;
  const referenceSource = referenceList && (
    <span className="line-compare__source">
      {referenceList.name}
      {referenceList.isExample && (
        <>
          {' '}
          <ExampleFlag short />
        </>
      )}
    </span>
  );
  return (
    <aside className="line-compare" aria-label={t('fees.lines.compareLabel', { label: line.label })}>
      <dl className="line-compare__figures">
        <div>
          <dt>{line.kind === 'deposit' ? t('fees.lines.depositOnce') : t('fees.lines.perYear')}</dt>
          <dd className="line-compare__fee">{formatMoney(annual)}</dd>
        </div>
        {line.kind === 'rent' && (
          <div>
            <dt>{t('fees.lines.basis')}</dt>
            <dd>
              {maximum === null ? (
                <ToCostBasis device={t(`devices.types.${line.deviceClass}`)} />
              ) : (
                <>
                  {formatMoney(maximum)}{' '}
                  <Verdict above={comparison.aboveBasis} aboveText={t('fees.lines.aboveBasis')} belowText={t('fees.lines.withinBasis')} />
                </>
              )}
            </dd>
          </div>
        )}
        {line.kind === 'deposit' && (
          <div>
            <dt>{t('fees.lines.residual')}</dt>
            <dd>
              {basis === null ? (
                <ToCostBasis device={t(`devices.types.${line.deviceClass}`)} />
              ) : (
                <>
                  {formatMoney(basis.residualCents)}{' '}
                  <Verdict above={comparison.aboveResidual} aboveText={t('fees.lines.aboveResidual')} belowText={t('fees.lines.withinResidual')} />
                </>
              )}
            </dd>
          </div>
        )}
        {line.kind !== 'repair-contribution' && (
          <div>
            <dt>{t('fees.lines.reference', { year })}</dt>
            <dd>
              {reference === null ? (
                t('fees.lines.noReference')
              ) : (
                <>
                  {formatMoney(reference)}{' '}
                  <Verdict above={annual > reference} aboveText={t('fees.lines.aboveReference')} belowText={t('fees.lines.withinReference')} />
                  {referenceSource}
                </>
              )}
            </dd>
          </div>
        )}
        {line.kind === 'rent' && (
          <div>
            <dt>{t('fees.lines.band')}</dt>
            <dd>
              {formatMoney(rekenhofBand.minCents)} – {formatMoney(rekenhofBand.maxCents)}{' '}
              <Verdict above={annual > rekenhofBand.maxCents} aboveText={t('fees.lines.aboveBand')} belowText={t('fees.lines.withinBand')} />
            </dd>
          </div>
        )}
      </dl>
      {line.kind === 'rent' && (
        <BandChart feeCents={annual} basisCents={maximum} referenceCents={reference} title={t('fees.lines.chart.title', { label: line.label })} />
      )}
      {line.kind === 'rent' && <p className="line-compare__note">{t('fees.lines.bandSource', { source: rekenhofBand.source })}</p>}
    </aside>
  );
}
