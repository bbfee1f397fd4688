// The funding step: what each Digiplan theme brings the school over the term (with the
// amounts per unit, their source and date, estimates marked as such), a chart of
// allocation against planned and spent, and the spending plan per school year with its
// links to goals, purchases and training. Findings sit at the fields they are about.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/contract.ts';
import { FundingParametersSchema, fundingParametersFile, themes, type FundingParameters } from '../../../shared/funding/schema.ts';
import { AppError, type IssueDetail } from '../../../shared/result.ts';
import { fundingTotals } from '../../../shared/funding/totals.ts';
import { formatInteger } from '../../../shared/format.ts';
import { formatMoney, formatWholeEuros } from '../../../shared/money.ts';
import { schoolYears } from '../../../shared/plan/term.ts';
import { useApi, useWrite } from '../../api/hooks.tsx';
import { usePartEditor } from '../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { BarChart } from '../../components/BarChart.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField, DateField, fieldDomId, TextField } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useToasts } from '../../components/Toasts.tsx';
import { downloadBase64, readAsBase64 } from '../../components/files.ts';
import { FindingList } from '../plan/FindingList.tsx';
import { SpendingPlan } from './SpendingPlan.tsx';

export function EstimateFlag({ estimate }: { estimate: boolean }) {
  const { t } = useTranslation();
  return estimate ? (
    <strong className="estimate-flag" title={t('funding.estimateTitle')}>
      {t('funding.estimate')}
    </strong>
  ) : (
    <span className="official-flag">{t('funding.official')}</span>
  );
}

export function FundingPage({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  useFocusFromLink(state);
  const { plan } = state;
  const totals = fundingTotals(plan.funding.parameters, plan.profile, plan.funding.spending);
  const own = state.findings.filter((finding) => finding.step === 'funding');
  const themeFindings = own.filter((finding) => finding.field?.startsWith(`funding.themes.`) || finding.field?.startsWith(`funding.parameters.`));

  return (
    <section className="page page--wide funding" data-screen="funding">
      <PageHeading>{t('funding.heading')}</PageHeading>
      <p className="lead">{t('funding.intro')}</p>
      {themeFindings.length > 0 && (
        <section aria-label={t('funding.findingsHeading')}>
          <FindingList planId={plan.id} findings={themeFindings} />
        </section>
      )}

      <section aria-labelledby="funding-allocation" className="funding__section">
        <h2 id="funding-allocation">{t('funding.allocation.heading')}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="funding-allocation">
          <table className="table funding__allocation">
            <thead>
              <tr>
                <th scope="col">{t('funding.allocation.theme')}</th>
                <th scope="col" className="num">{t('funding.allocation.counted')}</th>
                <th scope="col" className="num">{t('funding.allocation.perUnit')}</th>
                <th scope="col" className="num">{t('funding.allocation.term')}</th>
                {schoolYears.map((year) => (
                  <th key={year} scope="col" className="num">
                    {year}
                  </th>
                ))}
                <th scope="col" className="num">{t('funding.allocation.planned')}</th>
                <th scope="col" className="num">{t('funding.allocation.spent')}</th>
                <th scope="col" className="num">{t('funding.allocation.left')}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => {
                const row = totals.themes[theme];
                const parameter = plan.funding.parameters[theme];
                const over = row.planned.termCents > row.allocation.termCents;
                return (
                  <tr key={theme}>
                    <th scope="row" id={fieldDomId(`funding.themes.${theme}`)} tabIndex={-1}>
                      <abbr title={t(`funding.themes.${theme}.title`)}>{t(`funding.themes.${theme}.short`)}</abbr> <EstimateFlag estimate={parameter.estimate} />
                    </th>
                    <td className="num">
                      {row.units === 0 ? <span className="muted">{t('funding.allocation.notForSchool')}</span> : <span title={t(`funding.themes.${theme}.unit`)}>{formatInteger(row.units)}</span>}
                    </td>
                    <td className="num">{formatMoney(parameter.centsPerUnit)}</td>
                    <td className="num">{formatMoney(row.allocation.termCents)}</td>
                    {schoolYears.map((year) => (
                      <td key={year} className="num">
                        {formatMoney(row.allocation.years[year])}
                      </td>
                    ))}
                    <td className="num">{formatMoney(row.planned.termCents)}</td>
                    <td className="num">{formatMoney(row.spent.termCents)}</td>
                    <td className={over ? 'num funding__over' : 'num'}>
                      {over && <span aria-hidden="true">⚠ </span>}
                      {formatMoney(row.allocation.termCents - row.planned.termCents)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('funding.allocation.total')}</th>
                <td />
                <td />
                <td className="num">{formatMoney(totals.allocationCents)}</td>
                {schoolYears.map((year) => (
                  <td key={year} className="num">
                    {formatMoney(themes.reduce((sum, theme) => sum + totals.themes[theme].allocation.years[year], 0))}
                  </td>
                ))}
                <td className="num">{formatMoney(totals.plannedCents)}</td>
                <td className="num">{formatMoney(totals.spentCents)}</td>
                <td className="num">{formatMoney(totals.allocationCents - totals.plannedCents)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="field__hint">{t('funding.allocation.remainderNote')}</p>
      </section>

      <section aria-labelledby="funding-chart" className="funding__section">
        <h2 id="funding-chart">{t('funding.chart.heading')}</h2>
        <BarChart
          title={t('funding.chart.label')}
          unit="€"
          format={formatWholeEuros}
          bars={themes
            .filter((theme) => totals.themes[theme].units > 0 || totals.themes[theme].planned.termCents > 0)
            .flatMap((theme) => {
              const row = totals.themes[theme];
              const name = t(`funding.themes.${theme}.short`);
              return [
                { label: `${name}: ${t('funding.chart.allocation')}`, value: row.allocation.termCents },
                { label: `${name}: ${t('funding.chart.planned')}`, value: row.planned.termCents },
                { label: `${name}: ${t('funding.chart.spent')}`, value: row.spent.termCents },
              ];
            })}
        />
      </section>

      <SpendingPlan state={state} />

      <Parameters state={state} />
    </section>
  );
}

const ParametersPatchSchema = FundingParametersSchema.partial();

function Parameters({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const next = await write('funding.update', { planId, patch: { parameters: patch } });
      return next.plan.funding.parameters;
    },
    [write, planId],
  );
  const editor = usePartEditor<FundingParameters>({ value: state.plan.funding.parameters, patchSchema: ParametersPatchSchema, save });
  const scope = `funding.parameters`;
  return (
    <section aria-labelledby="funding-parameters" className="funding__section">
      <h2 id="funding-parameters">{t('funding.parameters.heading')}</h2>
      <p>{t('funding.parameters.intro')}</p>
      <ParametersFile state={state} />
      <div className="funding__parameters">
        {themes.map((theme) => (
          <fieldset key={theme} className="card funding__parameter">
            <legend className="card__title">
              {t(`funding.themes.${theme}.title`)} <EstimateFlag estimate={state.plan.funding.parameters[theme].estimate} />
            </legend>
            <TextField editor={editor} scope={scope} path={`${theme}.centsPerUnit`} kind="money" width="short" label={t('funding.parameters.centsPerUnit')} hint={t(`funding.themes.${theme}.unit`)} />
            <TextField editor={editor} scope={scope} path={`${theme}.source`} label={t('funding.parameters.source')} multiline />
            <DateField editor={editor} scope={scope} path={`${theme}.date`} label={t('funding.parameters.date')} />
            <CheckboxField editor={editor} scope={scope} path={`${theme}.estimate`} label={t('funding.parameters.estimate')} />
          </fieldset>
        ))}
      </div>
    </section>
  );
}

/**
 * The parameters as a file: saved to hand to another school or plan, and a newer file (from
 * the knowledge centre or the school group) imported over the themes it names, undoably.
 * A refused file changes nothing and says, field by field, what is wrong.
 */
function ParametersFile({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const client = useQueryClient();
  const { notify } = useToasts();
  const planId = state.plan.id;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ message: string; issues: IssueDetail[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = () => {
    const text = `${JSON.stringify(fundingParametersFile(state.plan.funding.parameters), null, 2)}\n`;
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    downloadBase64(btoa(binary), t('funding.parameters.fileName'));
  };

  const undoImport = async () => {
    const undo = await api.run('undo.state', { scope: planId });
    if (undo.undoLabelKey !== 'undo.importFundingParameters') {
      notify(t('app.undoMovedOn'));
      return;
    }
    await write('undo.undo', { scope: planId });
    await client.invalidateQueries();
    notify(t('funding.parameters.importUndone'));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const contentBase64 = await readAsBase64(file);
      const result = await write('funding.importParameters', { planId, file: { fileName: file.name, contentBase64 } }, { refusalShownInPlace: true });
      const names = result.importedThemes.map((theme) => t(`funding.themes.${theme}.short`)).join(', ');
      notify(t('funding.parameters.imported', { count: result.importedThemes.length, themes: names }), {
        label: t('app.undo'),
        run: () => void undoImport(),
      });
    } catch (error) {
      setProblem(
        error instanceof AppError
          ? { message: t(error.messageKey, error.details?.params ?? {}), issues: error.details?.issues ?? [] }
          : { message: t('errors.internal'), issues: [] },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="funding__parameters-file">
      <div className="field-row">
        <input ref={input} id={inputId} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-label={t('funding.parameters.import')} onChange={(event) => void importFile(event)} />
        <Button onClick={() => input.current?.click()} disabled={busy} aria-describedby={`${inputId}-hint`}>
          {t('funding.parameters.import')}
        </Button>
        <Button onClick={save}>
          {t('funding.parameters.save')}
        </Button>
      </div>
      <p className="field__hint" id={`${inputId}-hint`}>
        {t('funding.parameters.fileHint')}
      </p>
      {problem && (
        <div role="alert" className="notice notice--error">
          <p>{problem.message}</p>
          {problem.issues.length > 0 && (
            <ul>
              {problem.issues.map((issue, index) => (
                <li key={index}>
                  {issue.path.length > 0 && <code>{issue.path.join('.')}</code>} {t(issue.messageKey, issue.params ?? {})}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
