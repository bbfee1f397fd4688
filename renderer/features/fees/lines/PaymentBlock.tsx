// How and when parents pay: the payment moments with their share of the yearly amount
// (together exactly 100 %), spread payment, whom to contact (a role or service, never a
// person's name) and the method. The shares are only saved once they add up; until then
// what was typed stays on screen with the total beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { PlanState } from '../../../../shared/contract.ts';
import { PaymentSchema, type Fees } from '../../../../shared/fees/schema.ts';
import { formatDecimalInput } from '../../../../shared/format.ts';
import { AppError } from '../../../../shared/result.ts';
import { queryKeys, useWrite } from '../../../api/hooks.tsx';
import { usePartEditor, type PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { CheckboxField, fieldDomId, FieldError, TextField } from '../../../components/Field.tsx';
import { feesField } from './view.ts';

type Payment = Fees['payment'];
type Moment = Payment['moments'][number];

/** Field by field the payment's own rules; the shares' total is checked when saving. */
const PaymentPatchSchema = z.strictObject(PaymentSchema.shape).partial();
const WHOLE = 10_000;
const MAX_MOMENTS = 12;
const scope = feesField('payment');

export function PaymentBlock({ planId, payment }: { planId: string; payment: Payment }) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const saved = client.getQueryData<PlanState>(queryKeys.plan(planId))?.plan.fees.payment;
      if (!saved) throw new AppError('NOT_FOUND', 'errors.notFound');
      const next: Payment = { ...saved, ...patch };
      if (next.moments.reduce((sum, moment) => sum + moment.shareBasisPoints, 0) !== WHOLE) {
        throw new AppError('INVALID_INPUT', 'validation.sharesNotWhole');
      }
      return (await write('fees.update', { planId, patch: { payment: next } })).plan.fees.payment;
    },
    [client, planId, write],
  );
  const editor = usePartEditor<Payment>({ value: payment, patchSchema: PaymentPatchSchema, save });
  const moments = (editor.valueOf('moments') as Moment[] | undefined) ?? [];
  const shares = moments.map((moment, index) => {
    const value = editor.valueOf(`moments.${index}.shareBasisPoints`);
    return typeof value === 'number' ? value : moment.shareBasisPoints;
  });
  const total = shares.reduce((sum, share) => sum + share, 0);

  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
      focusNext.current = null;
    }
  });

  const add = () => {
    focusNext.current = fieldDomId(`${scope}.moments.${moments.length}.label`);
    const added: Moment = { id: crypto.randomUUID(), label: t('fees.lines.payment.newMoment'), shareBasisPoints: 0 };
    editor.update<Moment[]>('moments', (list) => [...list, added]);
  };
  const remove = (id: string) => {
    focusNext.current = 'payment-add-moment';
    editor.update<Moment[]>('moments', (list) => list.filter((moment) => moment.id !== id));
  };
  const spreadEvenly = () => {
    editor.update<Moment[]>('moments', (list) => {
      const each = Math.floor(WHOLE / list.length);
      return list.map((moment, index) => ({ ...moment, shareBasisPoints: index === list.length - 1 ? WHOLE - each * (list.length - 1) : each }));
    });
  };

  return (
    <section aria-labelledby="payment-heading" className="fees-section payment">
      <h2 id="payment-heading">{t('fees.lines.payment.heading')}</h2>
      <p className="fees-section__intro">{t('fees.lines.payment.intro')}</p>
      <fieldset className="card payment__moments" id={fieldDomId(`${scope}.moments`)} tabIndex={-1}>
        <legend className="card__title">{t('fees.lines.payment.moments')}</legend>
        <ol className="payment__list">
          {moments.map((moment, index) => (
            <li key={moment.id} className="payment__row" data-moment={moment.id}>
              <TextField editor={editor} scope={scope} path={`moments.${index}.label`} label={t('fees.lines.payment.momentLabel')} width="medium" />
              <PercentField editor={editor} path={`moments.${index}.shareBasisPoints`} label={t('fees.lines.payment.share')} />
              <Button
                variant="ghost"
                className="danger-text payment__remove"
                disabled={moments.length <= 1}
                aria-label={t('fees.lines.payment.removeNamed', { label: moment.label })}
                onClick={() => remove(moment.id)}
              >
                {t('fees.lines.payment.remove')}
              </Button>
            </li>
          ))}
        </ol>
        <p className={total === WHOLE ? 'total payment__total' : 'total payment__total payment__total--bad'} role="status">
          {total === WHOLE
            ? t('fees.lines.payment.total', { percent: formatDecimalInput(total / 100) })
            : t('fees.lines.payment.totalNotWhole', { percent: formatDecimalInput(total / 100) })}
        </p>
        <div className="payment__actions">
          <Button id="payment-add-moment" onClick={add} disabled={moments.length >= MAX_MOMENTS}>
            {t('fees.lines.payment.add')}
          </Button>
          <Button variant="ghost" onClick={spreadEvenly}>
            {t('fees.lines.payment.spreadEvenly')}
          </Button>
        </div>
      </fieldset>
      <div className="card">
        <CheckboxField editor={editor} scope={scope} path="spreadPaymentOffered" label={t('fees.lines.payment.spread')} hint={t('fees.lines.payment.spreadHint')} />
        <TextField editor={editor} scope={scope} path="contact" label={t('fees.lines.payment.contact')} hint={t('fees.lines.payment.contactHint')} />
        <TextField editor={editor} scope={scope} path="method" label={t('fees.lines.payment.method')} hint={t('fees.lines.payment.methodHint')} />
      </div>
    </section>
  );
}

/** A share typed as a percentage (`33,33`), stored in basis points (3333). */
function PercentField({ editor, path, label }: { editor: PartEditor; path: string; label: string }) {
  const id = fieldDomId(`${scope}.${path}`);
  const errorId = useId();
  const issue = editor.error(path);
  const stored = editor.valueOf(path);
  // Basis points are hundredths of a percent, as cents are of a euro: the money reader reads them.
  const text = editor.isDirty(path) ? editor.text(path) : typeof stored === 'number' ? formatDecimalInput(stored / 100) : '';
  return (
    <div className="field field--short percent-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <span className="percent-field__control">
        <input
          id={id}
          className="field__input percent-field__input"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? errorId : undefined}
          data-dirty={editor.isDirty(path) ? 'true' : undefined}
          onChange={(event) => editor.setText(path, event.target.value, 'money')}
          onBlur={() => editor.flush()}
        />
        <span className="percent-field__suffix" aria-hidden="true">
          %
        </span>
      </span>
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}
