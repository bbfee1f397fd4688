// One procurement file on its own page, saved as you type: the procedure and funding, the
// quotes asked and received, the chosen supplier and why, what was bought (each item beside
// its reference price), and the documents. Every field's DOM id is `procurements.<id>.<path>`,
// the path the rules use in their findings.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanState } from '../../../../shared/contract.ts';
import {
  procedures,
  ProcurementPatchSchema,
  type Procurement,
  type ProcurementItem,
  type Quote,
} from '../../../../shared/devices/procurement.ts';
import { deviceTypes, fundingSources, priceUnits } from '../../../../shared/devices/schema.ts';
import { formatDate } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { listValidOn, type ReferenceList } from '../../../../shared/prices/schema.ts';
import { AppError } from '../../../../shared/result.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor, type PartEditor } from '../../../api/use-part-editor.ts';
import { useFocusFromLink } from '../../../app/focus.ts';
import { paths, subPaths } from '../../../app/routes.ts';
import { Button } from '../../../components/Button.tsx';
import { CheckboxField, DateField, fieldDomId, SelectField, TextField } from '../../../components/Field.tsx';
import { FindingList } from '../../plan/FindingList.tsx';
import { compareItem, deviationMessage } from '../../prices/compare.ts';
import { usePriceLists } from '../../prices/queries.ts';
import { Documents } from './Documents.tsx';
import { useDeleteProcurement } from './use-delete-procurement.tsx';
import { findingsOf } from './view.ts';

export function ProcurementEditor({ state, procurementId }: { state: PlanState; procurementId: string }) {
  const { t } = useTranslation();
  const planId = state.plan.id;
  const procurement = state.plan.procurements.find((candidate) => candidate.id === procurementId);
  const listPath = subPaths.devices(planId, 'procurement');

  if (!procurement) {
    return (
      <section aria-labelledby="procurement-missing">
        <h2 id="procurement-missing">{t('errors.procurementNotFound')}</h2>
        <p>
          <Link to={listPath}>{t('procurement.backToList')}</Link>
        </p>
      </section>
    );
  }
  return <ProcurementForm state={state} procurement={procurement} listPath={listPath} />;
}

function ProcurementForm({ state, procurement, listPath }: { state: PlanState; procurement: Procurement; listPath: string }) {
  const { t } = useTranslation();
  const write = useWrite();
  const navigate = useNavigate();
  const planId = state.plan.id;
  const procurementId = procurement.id;
  const heading = useRef<HTMLHeadingElement>(null);
  const lists = usePriceLists().data;
  const settings = state.plan.devices;
  useFocusFromLink(lists !== undefined);

  // Arriving from the list or the "new" dialog, the keyboard starts at this page's title.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) heading.current?.focus();
  }, []);

  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      const saved = (await write('procurements.update', { planId, procurementId, patch })).plan.procurements.find(
        (candidate) => candidate.id === procurementId,
      );
      if (!saved) throw new AppError('NOT_FOUND', 'errors.procurementNotFound');
      return saved;
    },
    [write, planId, procurementId],
  );
  const editor = usePartEditor<Procurement>({ value: procurement, patchSchema: ProcurementPatchSchema, save });
  const remove = useDeleteProcurement(planId, () => void navigate(listPath));
  const scope = `procurements.${procurementId}`;
  const findings = findingsOf(state.findings, procurementId);
  const estimated = editor.valueOf('estimatedCents') as number;
  const procedure = editor.valueOf('procedure') as Procurement['procedure'];

  return (
    <section aria-labelledby="procurement-editor-heading" className="procurement-editor">
      <p className="back-link">
        <Link to={listPath}>
          <span aria-hidden="true">← </span>
          {t('procurement.backToList')}
        </Link>
      </p>
      <h2 id="procurement-editor-heading" ref={heading} tabIndex={-1} className="procurement-editor__heading">
        {procurement.title}
      </h2>
      <p className="muted">{t('procurement.editorIntro')}</p>
      {findings.length > 0 && <FindingList planId={planId} findings={findings} />}

      <fieldset className="card">
        <legend className="card__title">{t('procurement.general')}</legend>
        <TextField editor={editor} scope={scope} path="title" label={t('procurement.title')} />
        <div className="field-row">
          <DateField editor={editor} scope={scope} path="date" label={t('procurement.date')} />
          <SelectField
            editor={editor}
            scope={scope}
            path="procedure"
            width="long"
            label={t('procurement.procedure')}
            options={procedures.map((value) => ({ value, label: t(`devices.procedures.${value}`) }))}
          />
        </div>
        <TextField
          editor={editor}
          scope={scope}
          path="framework"
          label={t('procurement.framework')}
          hint={procedure === 'framework' ? t('procurement.frameworkHint') : t('procurement.frameworkOptional')}
        />
        <div className="field-row">
          <SelectField
            editor={editor}
            scope={scope}
            path="funding"
            label={t('procurement.funding')}
            hint={t('procurement.fundingHint')}
            options={fundingSources.map((value) => ({ value, label: t(`devices.funding.${value}`) }))}
          />
          <TextField
            editor={editor}
            scope={scope}
            path="estimatedCents"
            kind="money"
            width="medium"
            label={t('procurement.estimated')}
            hint={
              procedure === 'framework'
                ? t('procurement.estimatedFramework')
                : estimated >= settings.quoteThresholdCents
                  ? t('procurement.estimatedAbove', { threshold: formatMoney(settings.quoteThresholdCents), minimum: settings.minimumQuotes })
                  : t('procurement.estimatedBelow', { threshold: formatMoney(settings.quoteThresholdCents) })
            }
          />
        </div>
      </fieldset>

      <Quotes editor={editor} scope={scope} minimum={settings.minimumQuotes} needed={procedure !== 'framework' && estimated >= settings.quoteThresholdCents} />

      <fieldset className="card">
        <legend className="card__title">{t('procurement.choice')}</legend>
        <ChosenSupplier editor={editor} scope={scope} />
        <TextField editor={editor} scope={scope} path="reason" multiline label={t('procurement.reason')} hint={t('procurement.reasonHint')} />
      </fieldset>

      <Items planId={planId} editor={editor} scope={scope} lists={lists ?? []} />

      <Documents planId={planId} procurement={procurement} />

      <div className="form-actions">
        <Link to={listPath} className="button button--primary">
          {t('procurement.done')}
        </Link>
        <Button variant="ghost" className="danger-text" onClick={() => remove.ask(procurement)}>
          {t('procurement.deleteFile')}
        </Button>
      </div>
      {remove.dialog}
    </section>
  );
}

/** After adding a row, its first field takes the focus with its text selected for typing over. */
function useFocusNext() {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (!next.current) return;
    const element = document.getElementById(next.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement || element instanceof HTMLSelectElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
      next.current = null;
    }
  });
  return next;
}

function Quotes({ editor, scope, minimum, needed }: { editor: PartEditor; scope: string; minimum: number; needed: boolean }) {
  const { t } = useTranslation();
  const quotes = (editor.valueOf('quotes') as Quote[] | undefined) ?? [];
  const received = quotes.filter((quote) => quote.received).length;
  const focusNextRef = useFocusNext();
  const addId = `${fieldDomId(scope)}-add-quote`;

  const add = () => {
    focusNextRef.current = fieldDomId(`${scope}.quotes.${quotes.length}.supplier`);
    const added: Quote = { id: crypto.randomUUID(), supplier: t('procurement.newSupplier'), amountCents: null, received: true };
    editor.update<Quote[]>('quotes', (list) => [...list, added]);
  };
  const removeQuote = (quoteId: string) => {
    focusNextRef.current = addId;
    editor.update<Quote[]>('quotes', (list) => list.filter((quote) => quote.id !== quoteId));
  };

  return (
    <fieldset className="card" id={fieldDomId(`${scope}.quotes`)} tabIndex={-1}>
      <legend className="card__title">{t('procurement.quotes')}</legend>
      <p className={needed && received < minimum ? 'quote-summary quote-summary--short' : 'quote-summary'} aria-live="polite">
        {needed
          ? t(received < minimum ? 'procurement.quotesShort' : 'procurement.quotesEnough', { received, minimum })
          : t('procurement.quotesNotNeeded', { received })}
      </p>
      {quotes.length === 0 && <p className="muted">{t('procurement.noQuotes')}</p>}
      <ol className="row-list">
        {quotes.map((quote, index) => (
          <li key={quote.id}>
            <div className="quote-row" role="group" aria-label={t('procurement.quoteNumber', { number: index + 1 })}>
              <TextField editor={editor} scope={scope} path={`quotes.${index}.supplier`} label={t('procurement.supplier')} selectOnFocus className="quote-row__supplier" />
              <TextField
                editor={editor}
                scope={scope}
                path={`quotes.${index}.amountCents`}
                kind="optionalMoney"
                width="short"
                label={t('procurement.quoteAmount')}
              />
              <CheckboxField editor={editor} scope={scope} path={`quotes.${index}.received`} label={t('procurement.received')} className="quote-row__received" />
              <Button
                variant="ghost"
                className="row-remove danger-text"
                aria-label={t('procurement.removeQuoteNamed', { number: index + 1, supplier: quote.supplier })}
                onClick={() => removeQuote(quote.id)}
              >
                {t('procurement.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button id={addId} onClick={add}>
        {t('procurement.addQuote')}
      </Button>
    </fieldset>
  );
}

/** Not a supplier's name: names are trimmed, this starts with a space. */
const OTHER = ' other';

/** The chosen supplier: one of the quotes' suppliers, or another name typed in. */
function ChosenSupplier({ editor, scope }: { editor: PartEditor; scope: string }) {
  const { t } = useTranslation();
  const quotes = (editor.valueOf('quotes') as Quote[] | undefined) ?? [];
  const suppliers = [...new Set(quotes.map((quote) => quote.supplier.trim()).filter((name) => name !== ''))];
  const value = (editor.valueOf('chosenSupplier') as string | undefined) ?? '';
  const [other, setOther] = useState(() => value !== '' && !suppliers.includes(value));
  const selectId = fieldDomId(`${scope}.chosenSupplierChoice`);
  const shown = other || (value !== '' && !suppliers.includes(value)) ? OTHER : value;

  return (
    <>
      <div className="field field--medium">
        <label htmlFor={selectId} className="field__label">
          {t('procurement.chosenSupplier')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={shown}
          onChange={(event) => {
            if (event.target.value === OTHER) {
              setOther(true);
              return;
            }
            setOther(false);
            editor.setValue('chosenSupplier', event.target.value);
          }}
        >
          <option value="">{t('procurement.notChosen')}</option>
          {suppliers.map((supplier) => (
            <option key={supplier} value={supplier}>
              {supplier}
            </option>
          ))}
          <option value={OTHER}>{t('procurement.otherSupplier')}</option>
        </select>
      </div>
      {shown === OTHER && <TextField editor={editor} scope={scope} path="chosenSupplier" label={t('procurement.otherSupplierName')} />}
    </>
  );
}

function Items({ planId, editor, scope, lists }: { planId: string; editor: PartEditor; scope: string; lists: readonly ReferenceList[] }) {
  const { t } = useTranslation();
  const items = (editor.valueOf('items') as ProcurementItem[] | undefined) ?? [];
  const date = (editor.valueOf('date') as string | undefined) ?? '';
  const list = listValidOn(lists, date);
  const focusNextRef = useFocusNext();
  const addId = `${fieldDomId(scope)}-add-item`;

  const add = () => {
    focusNextRef.current = fieldDomId(`${scope}.items.${items.length}.description`);
    const added: ProcurementItem = {
      id: crypto.randomUUID(),
      type: 'laptop',
      description: t('procurement.newItem'),
      quantity: 1,
      unitPriceCents: 0,
      priceUnit: 'once',
      vatIncluded: true,
      referenceCode: '',
    };
    editor.update<ProcurementItem[]>('items', (current) => [...current, added]);
  };
  const removeItem = (itemId: string) => {
    focusNextRef.current = addId;
    editor.update<ProcurementItem[]>('items', (current) => current.filter((item) => item.id !== itemId));
  };

  return (
    <fieldset className="card" id={fieldDomId(`${scope}.items`)} tabIndex={-1}>
      <legend className="card__title">{t('procurement.items')}</legend>
      <p className="field__hint">
        {list
          ? t('procurement.itemsAgainst', { list: list.name, date: formatDate(date) })
          : t('procurement.noListOn', { date: formatDate(date) })}
        {list?.isExample && <strong className="example-flag"> {t('prices.exampleFlag')}</strong>}{' '}
        <Link to={paths.step(planId, 'prices')}>{t('procurement.toPrices')}</Link>
      </p>
      {items.length === 0 && <p className="muted">{t('procurement.noItems')}</p>}
      <ol className="row-list">
        {items.map((item, index) => {
          const comparison = compareItem(item, date, lists);
          const codes = list?.items ?? [];
          const codeOptions = [
            { value: '', label: t('procurement.noCode') },
            ...codes.map((reference) => ({
              value: reference.code,
              label: t('procurement.codeOption', { code: reference.code, label: reference.label, price: formatMoney(reference.priceCents) }),
            })),
            ...(item.referenceCode !== '' && !codes.some((reference) => reference.code === item.referenceCode)
              ? [{ value: item.referenceCode, label: t('procurement.codeNotInList', { code: item.referenceCode }) }]
              : []),
          ];
          return (
            <li key={item.id}>
              <div
                id={fieldDomId(`${scope}.items.${item.id}`)}
                tabIndex={-1}
                className="item-row"
                role="group"
                aria-label={t('procurement.itemNumber', { number: index + 1 })}
              >
                <div className="field-row">
                  <SelectField
                    editor={editor}
                    scope={scope}
                    path={`items.${index}.type`}
                    label={t('procurement.itemType')}
                    width="short"
                    options={[
                      ...deviceTypes.map((value) => ({ value, label: t(`devices.types.${value}`) })),
                      { value: 'non-ict', label: t('procurement.nonIct') },
                    ]}
                  />
                  <TextField editor={editor} scope={scope} path={`items.${index}.description`} label={t('procurement.itemDescription')} selectOnFocus className="item-row__description" />
                </div>
                <div className="field-row">
                  <TextField editor={editor} scope={scope} path={`items.${index}.quantity`} kind="count" width="short" label={t('procurement.quantity')} className="item-row__quantity" />
                  <TextField editor={editor} scope={scope} path={`items.${index}.unitPriceCents`} kind="money" width="short" label={t('procurement.unitPrice')} />
                  <SelectField
                    editor={editor}
                    scope={scope}
                    path={`items.${index}.priceUnit`}
                    label={t('procurement.priceUnit')}
                    width="short"
                    options={priceUnits.map((value) => ({ value, label: t(`devices.priceUnits.${value}`) }))}
                  />
                  <CheckboxField editor={editor} scope={scope} path={`items.${index}.vatIncluded`} label={t('procurement.vatIncluded')} className="item-row__vat" />
                </div>
                <div className="field-row item-row__foot">
                  {item.type !== 'non-ict' && (
                    <SelectField
                      editor={editor}
                      scope={scope}
                      path={`items.${index}.referenceCode`}
                      label={t('procurement.referenceCode')}
                      width="long"
                      className="item-row__code"
                      options={codeOptions}
                    />
                  )}
                  <Button
                    variant="ghost"
                    className="row-remove danger-text"
                    aria-label={t('procurement.removeItemNamed', { number: index + 1, description: item.description })}
                    onClick={() => removeItem(item.id)}
                  >
                    {t('procurement.remove')}
                  </Button>
                </div>
                <p className="deviation-cell" aria-live="polite">
                  <Deviation item={item} comparison={comparison} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <Button id={addId} onClick={add}>
        {t('procurement.addItem')}
      </Button>
    </fieldset>
  );
}

function Deviation({ item, comparison }: { item: ProcurementItem; comparison: ReturnType<typeof compareItem> }) {
  const { t } = useTranslation();
  if (item.type === 'non-ict') return <span className="deviation deviation--none">{t('procurement.notCompared')}</span>;
  if (item.unitPriceCents === 0) return <span className="deviation deviation--none">{t('procurement.noPriceYet')}</span>;
  if (!comparison || comparison.deviation === null) return <span className="deviation deviation--none">{t('prices.noReference')}</span>;
  const message = deviationMessage(comparison.deviation);
  return (
    <>
      <span className={`deviation deviation--${message.direction}`}>
        {message.direction === 'above' && <span aria-hidden="true">▲ </span>}
        {message.direction === 'below' && <span aria-hidden="true">▼ </span>}
        {t(message.key, { deviation: message.deviation })}
      </span>
      <span className="deviation__detail">
        {t('prices.againstReference', {
          code: comparison.item.code,
          reference: formatMoney(comparison.referenceCents),
          price: formatMoney(comparison.priceCents),
        })}
      </span>
    </>
  );
}
