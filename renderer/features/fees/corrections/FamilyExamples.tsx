// Example families: a few households the school describes (how many children, in which
// year, in which group), each with what it really pays in the chosen school year: the
// amount first, then the instalments, then per child the lines with the reduction and why.
// The council sees in seconds what a family pays. Saved with fees.update `exampleFamilies`.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family, Fees } from '../../../../shared/fees/schema.ts';
import { familyBill, type FamilyBill } from '../../../../shared/fees/settlement.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { SchoolYear } from '../../../../shared/plan/term.ts';
import type { GradeKey } from '../../../../shared/profile/schema.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../../components/Field.tsx';
import { feesFieldId } from './view.ts';

type Group = Family['children'][number]['groups'][number];
const groups: readonly Group[] = ['schooltoeslag', 'kansenpas', 'solidarity-fund', 'case-by-case'];
const MAX_FAMILIES = 12;
const MAX_CHILDREN = 8;
const addFamilyId = 'families-add';

interface FamilyExamplesProps {
  editor: PartEditor;
  fees: Fees;
  year: SchoolYear;
  grades: readonly GradeKey[];
}

export function FamilyExamples({ editor, fees, year, grades }: FamilyExamplesProps) {
  const { t } = useTranslation();
  const families = (editor.valueOf('exampleFamilies') as Family[] | undefined) ?? [];
  // Families whose fields are open: closed by default, so the bills read one after another.
  const [opened, setOpened] = useState<string[]>([]);
  // The first grade with a fee is where a new family's child starts: it shows a bill at once.
  const firstCharged = grades.find((grade) => fees.lines.some((line) => line.years.includes(year) && line.grades.includes(grade))) ?? grades[0] ?? 's3';

  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element instanceof HTMLInputElement || element instanceof HTMLButtonElement || element instanceof HTMLSelectElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
      focusNext.current = null;
    }
  });

  const addFamily = () => {
    focusNext.current = feesFieldId(`exampleFamilies.${families.length}.label`);
    const added: Family = { id: crypto.randomUUID(), label: t('fees.corrections.families.newLabel'), children: [{ grade: firstCharged, groups: [] }] };
    setOpened((list) => [...list, added.id]);
    editor.update<Family[]>('exampleFamilies', (list) => [...list, added]);
  };
  const removeFamily = (id: string) => {
    focusNext.current = addFamilyId;
    editor.update<Family[]>('exampleFamilies', (list) => list.filter((family) => family.id !== id));
  };
  const addChild = (id: string, index: number, count: number) => {
    focusNext.current = feesFieldId(`exampleFamilies.${index}.children.${count}.grade`);
    editor.update<Family[]>('exampleFamilies', (list) =>
      list.map((family) => (family.id === id ? { ...family, children: [...family.children, { grade: firstCharged, groups: [] }] } : family)),
    );
  };
  const removeChild = (id: string, child: number) => {
    focusNext.current = addChildId(id);
    editor.update<Family[]>('exampleFamilies', (list) =>
      list.map((family) => (family.id === id ? { ...family, children: family.children.filter((_, position) => position !== child) } : family)),
    );
  };

  const gradeOptions = (current: GradeKey) =>
    (grades.includes(current) ? grades : [...grades, current]).map((grade) => ({ value: grade, label: t(`grades.${grade}`) }));

  return (
    <section aria-labelledby="families-heading" className="fees-section">
      <h2 id="families-heading">{t('fees.corrections.families.heading')}</h2>
      <p className="fees-section__text">{t('fees.corrections.families.intro', { year })}</p>
      <div id={feesFieldId('exampleFamilies')} tabIndex={-1}>
        {families.length === 0 && <p className="muted">{t('fees.corrections.families.none')}</p>}
        <ol className="family-list">
          {families.map((family, index) => {
            const titleId = `family-${family.id}-title`;
            return (
              <li key={family.id} className="family card" data-family={family.id}>
                <h3 id={titleId} className="family__title">
                  {family.label.trim() || t('fees.corrections.families.unnamed', { number: index + 1 })}
                </h3>
                <div className="family__body">
                  <BillView fees={fees} family={family} year={year} titleId={titleId} />
                  <details
                    className="family__edit"
                    open={opened.includes(family.id)}
                    onToggle={(event) => {
                      const isOpen = event.currentTarget.open;
                      setOpened((list) => (isOpen ? [...new Set([...list, family.id])] : list.filter((id) => id !== family.id)));
                    }}
                  >
                    <summary className="family__legend">{t('fees.corrections.families.edit')}</summary>
                    <TextField editor={editor} scope="fees" path={`exampleFamilies.${index}.label`} label={t('fees.corrections.families.label')} />
                    <ol className="family__children">
                      {family.children.map((child, position) => (
                        <li key={position} className="family__child">
                          <div role="group" aria-label={t('fees.corrections.families.childNumber', { number: position + 1 })} className="family__child-fields">
                            <SelectField
                              editor={editor}
                              scope="fees"
                              path={`exampleFamilies.${index}.children.${position}.grade`}
                              label={t('fees.corrections.families.childGrade', { number: position + 1 })}
                              options={gradeOptions(child.grade)}
                            />
                            <CheckboxGroup
                              editor={editor}
                              scope="fees"
                              path={`exampleFamilies.${index}.children.${position}.groups`}
                              legend={t('fees.corrections.families.childGroups', { number: position + 1 })}
                              options={groups.map((group) => ({ value: group, label: t(`fees.corrections.kinds.${group}`) }))}
                              order={groups}
                            />
                            {family.children.length > 1 && (
                              <Button
                                variant="ghost"
                                className="danger-text family__remove-child"
                                onClick={() => removeChild(family.id, position)}
                              >
                                {t('fees.corrections.families.removeChild', { number: position + 1 })}
                              </Button>
                            )}
                          </div>
                        </li>
                      ))}
                    </ol>
                    <div className="family__actions">
                      <Button id={addChildId(family.id)} onClick={() => addChild(family.id, index, family.children.length)} disabled={family.children.length >= MAX_CHILDREN}>
                        {t('fees.corrections.families.addChild')}
                      </Button>
                      <Button
                        variant="ghost"
                        className="danger-text"
                        aria-label={t('fees.corrections.families.removeNamed', { name: family.label || index + 1 })}
                        onClick={() => removeFamily(family.id)}
                      >
                        {t('fees.corrections.families.remove')}
                      </Button>
                    </div>
                  </details>
                </div>
              </li>
            );
          })}
        </ol>
        <Button id={addFamilyId} onClick={addFamily} disabled={families.length >= MAX_FAMILIES}>
          {t('fees.corrections.families.add')}
        </Button>
      </div>
    </section>
  );
}

const addChildId = (familyId: string) => `family-${familyId}-add-child`;

/** What one family pays: the total first, the instalments, then per child line by line. */
function BillView({ fees, family, year, titleId }: { fees: Fees; family: Family; year: SchoolYear; titleId: string }) {
  const { t } = useTranslation();
  const bill = familyBill(fees, family, year);
  const lines = bill.children.flatMap((child) => child.lines);
  const sums = {
    gross: lines.reduce((sum, line) => sum + line.gross, 0),
    reduction: lines.reduce((sum, line) => sum + line.reduction, 0) + bill.capReduction,
  };
  const reason = (id: string | null) => {
    if (id === null) return '';
    if (id === 'deposit-waiver') return t('fees.corrections.families.depositWaived');
    const rule = fees.corrections.find((candidate) => candidate.id === id);
    return rule ? rule.label || t(`fees.corrections.kinds.${rule.kind}`) : '';
  };
  return (
    <div className="bill" data-bill={family.id}>
      <p className="bill__total">
        <span className="bill__total-label">{t('fees.corrections.families.pays', { year })}</span>
        <strong data-figure="total">{formatMoney(bill.total)}</strong>
      </p>
      <p className="bill__split">{splitText(t, bill)}</p>
      {bill.total > 0 && (
        <p className="bill__instalments" data-figure="instalments">
          {t('fees.corrections.families.instalments', {
            list: bill.instalments.map((instalment) => `${instalment.label} ${formatMoney(instalment.cents)}`).join(' · '),
          })}
        </p>
      )}
      <table className="table table--compact bill__table" aria-describedby={titleId}>
          <caption className="visually-hidden">{t('fees.corrections.families.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fees.corrections.families.line')}</th>
              <th scope="col" className="numeric">
                {t('fees.corrections.families.gross')}
              </th>
              <th scope="col">{t('fees.corrections.families.reduction')}</th>
              <th scope="col" className="numeric">
                {t('fees.corrections.families.net')}
              </th>
            </tr>
          </thead>
          {bill.children.map((child, index) => (
            <tbody key={index}>
              <tr className="bill__child">
                <th scope="colgroup" colSpan={4}>
                  {t('fees.corrections.families.child', { number: index + 1, grade: t(`grades.${child.grade}`) })}
                  {(family.children[index]?.groups.length ?? 0) > 0 && (
                    <span className="bill__groups">
                      {' '}
                      ({family.children[index]!.groups.map((group) => t(`fees.corrections.kinds.${group}`)).join(', ')})
                    </span>
                  )}
                </th>
              </tr>
              {child.lines.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('fees.corrections.families.noLines')}
                  </td>
                </tr>
              )}
              {child.lines.map((line) => (
                <tr key={line.lineId}>
                  <th scope="row">{line.label}</th>
                  <td className="numeric">{formatMoney(line.gross)}</td>
                  <td>
                    {line.reduction > 0 ? (
                      <>
                        {`− ${formatMoney(line.reduction)}`} <span className="bill__reason">{reason(line.correctionId)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('fees.corrections.families.noReduction')}</span>
                    )}
                  </td>
                  <td className="numeric">{formatMoney(line.net)}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot>
            {bill.capReduction > 0 && (
              <tr>
                <th scope="row">{t('fees.corrections.families.cap')}</th>
                <td />
                <td>{`− ${formatMoney(bill.capReduction)}`}</td>
                <td />
              </tr>
            )}
            <tr className="bill__sum">
              <th scope="row">{t('fees.corrections.families.total')}</th>
              <td className="numeric">{formatMoney(sums.gross)}</td>
              <td>{sums.reduction > 0 ? `− ${formatMoney(sums.reduction)}` : formatMoney(0)}</td>
              <td className="numeric">{formatMoney(bill.total)}</td>
            </tr>
          </tfoot>
        </table>
    </div>
  );
}

function splitText(t: (key: string, params?: Record<string, unknown>) => string, bill: FamilyBill): string {
  if (bill.total === 0) return t('fees.corrections.families.nothing');
  if (bill.deposits === 0) return t('fees.corrections.families.onlyFees', { fees: formatMoney(bill.recurringNet) });
  return t('fees.corrections.families.feesAndDeposit', { fees: formatMoney(bill.recurringNet), deposit: formatMoney(bill.deposits) });
}
