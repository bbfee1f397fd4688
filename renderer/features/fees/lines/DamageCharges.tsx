// What parents pay when a loaned device is damaged: a short list of common repairs with a
// fixed amount, so nobody is surprised by a bill. Saved as a whole (fees.update).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fees } from '../../../../shared/fees/schema.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { fieldDomId, TextField } from '../../../components/Field.tsx';

type Charge = Fees['damageCharges'][number];

const MAX_CHARGES = 50;
const addButtonId = 'damage-charge-add';

export function DamageCharges({ editor }: { editor: PartEditor }) {
  const { t } = useTranslation();
  const charges = (editor.valueOf('damageCharges') as Charge[] | undefined) ?? [];

  // A new row takes the focus once it is on screen, its description selected for typing over.
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
    focusNext.current = fieldDomId(`fees.damageCharges.${charges.length}.description`);
    // Made once, outside the change: the change may be applied more than once on screen.
    const added: Charge = { id: crypto.randomUUID(), description: t('fees.lines.damage.newCharge'), amountCents: 0 };
    editor.update<Charge[]>('damageCharges', (list) => [...list, added]);
  };

  const remove = (id: string) => {
    focusNext.current = addButtonId;
    editor.update<Charge[]>('damageCharges', (list) => list.filter((charge) => charge.id !== id));
  };

  return (
    <section aria-labelledby="damage-heading" className="fees-section damage">
      <h2 id="damage-heading">{t('fees.lines.damage.heading')}</h2>
      <p className="fees-section__intro">{t('fees.lines.damage.intro')}</p>
      {charges.length === 0 && <p className="muted">{t('fees.lines.damage.none')}</p>}
      <ul className="damage__list">
        {charges.map((charge, index) => (
          <li key={charge.id} className="damage__row" data-charge={charge.id}>
            <TextField editor={editor} scope="fees" path={`damageCharges.${index}.description`} label={t('fees.lines.damage.description')} className="damage__description" />
            <TextField editor={editor} scope="fees" path={`damageCharges.${index}.amountCents`} kind="money" width="short" label={t('fees.lines.damage.amount')} />
            <Button
              variant="ghost"
              className="danger-text damage__remove"
              aria-label={t('fees.lines.damage.removeNamed', { description: charge.description })}
              onClick={() => remove(charge.id)}
            >
              {t('fees.lines.damage.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <Button id={addButtonId} onClick={add} disabled={charges.length >= MAX_CHARGES}>
        {t('fees.lines.damage.add')}
      </Button>
    </section>
  );
}
