// The social corrections the school chooses: one card per rule with the fields its kind
// uses (a reduction, the second and third child, a family cap, a deposit waiver, how many
// pupils or families it is expected to reach) and, beside them, the sentence parents will
// read. The whole list is saved at once (fees.update with `corrections`).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctionKinds, type CorrectionKind } from '../../../../shared/fees/schema.ts';
import { correctionText } from '../../../../shared/fees/texts.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { CheckboxField, TextField } from '../../../components/Field.tsx';
import { addableKinds, feesFieldId, fieldsOf, fromRow, newCorrection, singleKinds, type CorrectionRow } from './view.ts';

const MAX_RULES = 50;
const addButtonId = 'corrections-add';
const kindSelectId = 'corrections-new-kind';

export function CorrectionRules({ editor }: { editor: PartEditor }) {
  const { t } = useTranslation();
  const rows = (editor.valueOf('corrections') as CorrectionRow[] | undefined) ?? [];
  const addable = addableKinds(rows);
  const [chosen, setChosen] = useState<CorrectionKind>('schooltoeslag');
  const kind = addable.includes(chosen) ? chosen : (addable[0] ?? chosen);

  // A new rule takes the focus once it is on screen, its name selected for typing over.
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
    focusNext.current = feesFieldId(`corrections.${rows.length}.label`);
    // Made once, outside the change: the change may be applied more than once on screen.
    const added = newCorrection(crypto.randomUUID(), kind, t(`fees.corrections.kinds.${kind}`));
    editor.update<CorrectionRow[]>('corrections', (list) => [...list, added]);
  };

  const remove = (id: string) => {
    focusNext.current = addButtonId;
    editor.update<CorrectionRow[]>('corrections', (list) => list.filter((row) => row.id !== id));
  };

  return (
    <section aria-labelledby="corrections-rules-heading" className="fees-section">
      <h2 id="corrections-rules-heading">{t('fees.corrections.rulesHeading')}</h2>
      <p className="fees-section__text">{t('fees.corrections.rulesIntro')}</p>
      <div id={feesFieldId('corrections')} tabIndex={-1} className="corrections">
        {rows.length === 0 && <p className="muted">{t('fees.corrections.none')}</p>}
        <ol className="correction-list">
          {rows.map((row, index) => {
            const uses = fieldsOf(row.kind);
            const path = (name: string) => `corrections.${index}.${name}`;
            const titleId = `correction-${row.id}-title`;
            return (
              <li key={row.id} className="correction" data-correction={row.id}>
                <div role="group" aria-labelledby={titleId}>
                  <div className="correction__head">
                    <h3 id={titleId} className="correction__title">
                      {t(`fees.corrections.kinds.${row.kind}`)}
                      {row.label.trim() !== '' && row.label !== t(`fees.corrections.kinds.${row.kind}`) && (
                        <span className="correction__label">{row.label}</span>
                      )}
                    </h3>
                    <Button
                      variant="ghost"
                      className="danger-text"
                      aria-label={t('fees.corrections.removeNamed', { name: row.label || t(`fees.corrections.kinds.${row.kind}`) })}
                      onClick={() => remove(row.id)}
                    >
                      {t('fees.corrections.remove')}
                    </Button>
                  </div>
                  <p className="correction__effect">
                    <span className="visually-hidden">{t('fees.corrections.effect')} </span>
                    {correctionText(t, fromRow(row))}
                  </p>
                  <div className="field-row">
                    <TextField editor={editor} scope="fees" path={path('label')} label={t('fees.corrections.label')} width="medium" />
                    {uses.reduction && (
                      <TextField
                        editor={editor}
                        scope="fees"
                        path={path('reductionPercent')}
                        kind="decimal"
                        width="short"
                        label={row.kind === 'sibling' ? t('fees.corrections.secondChild') : t('fees.corrections.reduction')}
                      />
                    )}
                    {uses.third && (
                      <TextField editor={editor} scope="fees" path={path('thirdChildPercent')} kind="decimal" width="short" label={t('fees.corrections.thirdChild')} />
                    )}
                    {uses.cap && (
                      <TextField editor={editor} scope="fees" path={path('capCents')} kind="money" width="short" label={t('fees.corrections.cap')} className="fees-money-field" />
                    )}
                    {uses.expected && (
                      <TextField
                        editor={editor}
                        scope="fees"
                        path={path('expected')}
                        kind="count"
                        width="short"
                        label={uses.expected === 'families' ? t('fees.corrections.expectedFamilies') : t('fees.corrections.expectedPupils')}
                      />
                    )}
                    {uses.cap && (
                      <TextField editor={editor} scope="fees" path={path('averageChildren')} kind="count" width="short" label={t('fees.corrections.averageChildren')} />
                    )}
                  </div>
                  {uses.waiver && <CheckboxField editor={editor} scope="fees" path={path('waivesDeposit')} label={t('fees.corrections.waivesDeposit')} />}
                </div>
              </li>
            );
          })}
        </ol>
        <p className="field__hint corrections__counts">{t('fees.corrections.countsHint')}</p>
        <div className="corrections__add" role="group" aria-label={t('fees.corrections.add')}>
          <div className="field field--medium">
            <label htmlFor={kindSelectId} className="field__label">
              {t('fees.corrections.newKind')}
            </label>
            <select id={kindSelectId} className="field__input" value={kind} onChange={(event) => setChosen(event.target.value as CorrectionKind)}>
              {correctionKinds.map((option) => (
                <option key={option} value={option} disabled={!addable.includes(option)}>
                  {addable.includes(option) || !singleKinds.includes(option)
                    ? t(`fees.corrections.kinds.${option}`)
                    : t('fees.corrections.alreadyAdded', { kind: t(`fees.corrections.kinds.${option}`) })}
                </option>
              ))}
            </select>
          </div>
          <Button id={addButtonId} onClick={add} disabled={rows.length >= MAX_RULES || addable.length === 0}>
            {t('fees.corrections.add')}
          </Button>
        </div>
      </div>
    </section>
  );
}
