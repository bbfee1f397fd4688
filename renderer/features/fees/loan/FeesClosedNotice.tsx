// A school without secondary education charges parents nothing for devices: basic education
// is free (kosteloosheid) and only the capped costs of the maximumfactuur may be asked. The
// notice says so at the top of the loan and fee pages, with the maximumfactuur amounts as
// editable data with their source and school year.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../../shared/contract.ts';
import { FeesPatchSchema, type Fees } from '../../../../shared/fees/schema.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { sources } from '../../../../shared/sources.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/Field.tsx';
import { currentSchoolYear } from '../../policy/goals/values.ts';

type MaximumInvoice = Fees['maximumInvoices'][number];

const MAX_ROWS = 20;

/** `on` says which page the notice sits on: the loan rules are recorded on the loan page itself. */
export function FeesClosedNotice({ state, on }: { state: PlanState; on: 'loan' | 'lines' }) {
  const { t } = useTranslation();
  const write = useWrite();
  const planId = state.plan.id;
  const [editing, setEditing] = useState(false);
  const save = useCallback(async (patch: Record<string, unknown>) => (await write('fees.update', { planId, patch })).plan.fees, [write, planId]);
  const editor = usePartEditor<Fees>({ value: state.plan.fees, patchSchema: FeesPatchSchema, save });
  const rows = (editor.valueOf('maximumInvoices') as MaximumInvoice[] | undefined) ?? [];
  const source = sources['practice.maximumfactuur'];

  const add = () => {
    const added: MaximumInvoice = { schoolYear: currentSchoolYear(new Date().toISOString()), kindergartenCents: 0, primaryCents: 0, multiDayTripsCents: 0, source: '' };
    editor.update<MaximumInvoice[]>('maximumInvoices', (list) => [added, ...list]);
  };
  const remove = (index: number) => editor.update<MaximumInvoice[]>('maximumInvoices', (list) => list.filter((_, at) => at !== index));

  return (
    <section className="fees-closed" aria-labelledby="fees-closed-heading" data-fees-closed="true">
      <h2 id="fees-closed-heading">{t('fees.loan.closed.heading')}</h2>
      <p>{t('fees.loan.closed.why')}</p>
      <p>{on === 'loan' ? t('fees.loan.closed.stillHere') : t('fees.loan.closed.stillThere')}</p>
      <blockquote className="source-quote">
        <p lang="nl">“{source.quote}”</p>
        <footer>
          — <cite>{source.ref}</cite>
        </footer>
      </blockquote>
      <table className="table max-invoices">
        <caption className="max-invoices__caption">{t('fees.loan.closed.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fees.loan.closed.schoolYear')}</th>
            <th scope="col" className="numeric">
              {t('fees.loan.closed.kindergarten')}
            </th>
            <th scope="col" className="numeric">
              {t('fees.loan.closed.primary')}
            </th>
            <th scope="col" className="numeric">
              {t('fees.loan.closed.trips')}
            </th>
            <th scope="col">{t('fees.loan.closed.source')}</th>
          </tr>
        </thead>
        <tbody>
          {state.plan.fees.maximumInvoices.map((row, index) => (
            <tr key={`${row.schoolYear}-${index}`}>
              <th scope="row">{row.schoolYear}</th>
              <td className="numeric">{formatMoney(row.kindergartenCents)}</td>
              <td className="numeric">{formatMoney(row.primaryCents)}</td>
              <td className="numeric">{formatMoney(row.multiDayTripsCents)}</td>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">{t('fees.loan.closed.tableHint')}</p>
      <Button aria-expanded={editing} aria-controls="max-invoices-editor" onClick={() => setEditing((open) => !open)}>
        {editing ? t('fees.loan.closed.doneEditing') : t('fees.loan.closed.edit')}
      </Button>
      {editing && (
        <div id="max-invoices-editor" className="max-invoices__editor">
          <Button onClick={add} disabled={rows.length >= MAX_ROWS}>
            {t('fees.loan.closed.addYear')}
          </Button>
          {rows.map((row, index) => (
            <fieldset key={index} className="card max-invoices__row">
              <legend className="card__title">{row.schoolYear || t('fees.loan.closed.newYear')}</legend>
              <div className="field-row">
                <TextField editor={editor} scope="fees" path={`maximumInvoices.${index}.schoolYear`} width="short" label={t('fees.loan.closed.schoolYear')} />
                <TextField editor={editor} scope="fees" path={`maximumInvoices.${index}.kindergartenCents`} kind="money" width="short" label={t('fees.loan.closed.kindergarten')} />
                <TextField editor={editor} scope="fees" path={`maximumInvoices.${index}.primaryCents`} kind="money" width="short" label={t('fees.loan.closed.primary')} />
                <TextField editor={editor} scope="fees" path={`maximumInvoices.${index}.multiDayTripsCents`} kind="money" width="short" label={t('fees.loan.closed.trips')} />
              </div>
              <TextField editor={editor} scope="fees" path={`maximumInvoices.${index}.source`} label={t('fees.loan.closed.source')} />
              <Button variant="ghost" className="danger-text" aria-label={t('fees.loan.closed.removeYear', { year: row.schoolYear })} onClick={() => remove(index)}>
                {t('fees.loan.closed.remove')}
              </Button>
            </fieldset>
          ))}
        </div>
      )}
    </section>
  );
}
