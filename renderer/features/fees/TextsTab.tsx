// The generated texts sub-page: the contribution scheme for the school rules, the letter to
// parents and the one-page summary for the school council, for a chosen school year. Dutch
// is the language of the school rules; an English version can be shown for reference. A
// button copies the text as plain text, with a fallback when the clipboard is closed.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';
import type { Language, PlanState } from '../../../shared/contract.ts';
import { settle } from '../../../shared/fees/settlement.ts';
import { contributionScheme, councilSummary, parentLetter } from '../../../shared/fees/texts.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { schoolYears, type SchoolYear } from '../../../shared/plan/term.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { Button } from '../../components/Button.tsx';
import { RichTextView } from '../../components/richtext/RichTextView.tsx';
import { usePriceLists } from '../prices/queries.ts';
import { todayIso } from '../training/view.ts';
import { termYearOf } from '../../../shared/plan/term.ts';
import { toPlainText } from './texts/plain.ts';

const textKinds = ['scheme', 'letter', 'council'] as const;
type TextKind = (typeof textKinds)[number];

/** One i18n instance per text language, made once: the app's own may speak the other one. */
const instances = new Map<Language, I18n>();
function textI18n(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

export function TextsTab({ state }: { state: PlanState }) {
  const { t, i18n } = useTranslation();
  const { plan } = state;
  const lists = usePriceLists().data;
  const [kind, setKind] = useState<TextKind>('scheme');
  const [year, setYear] = useState<SchoolYear>(() => termYearOf(todayIso()));
  const [english, setEnglish] = useState(false);
  const [message, setMessage] = useState('');
  const documentRef = useRef<HTMLDivElement>(null);
  useFocusFromLink();

  const language: Language = english ? 'en' : 'nl';
  const textT: TFunction = i18n.language === language ? t : textI18n(language).t;
  const settlement = useMemo(() => settle(plan.fees, plan.loan, plan.profile.pupils, plan.term), [plan.fees, plan.loan, plan.profile.pupils, plan.term]);
  const doc = useMemo(() => {
    if (kind === 'letter') return parentLetter(plan, year, textT);
    if (kind === 'council') return councilSummary(plan, settlement, year, lists ?? [], textT);
    return contributionScheme(plan, year, textT);
  }, [kind, plan, year, textT, settlement, lists]);

  const copy = async () => {
    const text = toPlainText(doc);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage(t('fees.texts.copied'));
    } catch {
      // The clipboard may be closed to the page: select the text so Ctrl+C copies it.
      const node = documentRef.current;
      const selection = window.getSelection();
      if (node && selection) {
        selection.removeAllRanges();
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.addRange(range);
      }
      setMessage(t('fees.texts.copyFallback'));
    }
  };

  return (
    <div className="fees-texts">
      <p className="lead">{t('fees.texts.intro')}</p>
      <div className="texts-controls">
        <fieldset className="fieldset texts-controls__kind">
          <legend className="field__label">{t('fees.texts.which')}</legend>
          <div className="checkboxes">
            {textKinds.map((option) => (
              <div className="checkbox" key={option}>
                <input
                  type="radio"
                  id={`fees-text-${option}`}
                  name="fees-text-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => {
                    setKind(option);
                    setMessage('');
                  }}
                />
                <label htmlFor={`fees-text-${option}`}>{t(`fees.texts.kinds.${option}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field field--short">
          <label htmlFor="fees-text-year" className="field__label">
            {t('fees.texts.schoolYear')}
          </label>
          <select
            id="fees-text-year"
            className="field__input"
            value={year}
            onChange={(event) => {
              setYear(event.target.value as SchoolYear);
              setMessage('');
            }}
          >
            {schoolYears.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="field texts-controls__language">
          <div className="checkbox">
            <input
              id="fees-text-english"
              type="checkbox"
              checked={english}
              aria-describedby="fees-text-english-hint"
              onChange={(event) => {
                setEnglish(event.target.checked);
                setMessage('');
              }}
            />
            <label htmlFor="fees-text-english">{t('fees.texts.english')}</label>
          </div>
          <p id="fees-text-english-hint" className="field__hint checkbox__hint">
            {t('fees.texts.englishHint')}
          </p>
        </div>
      </div>

      <article className="generated-text" aria-labelledby="generated-text-title" data-text={kind} data-language={language}>
        <div className="generated-text__bar">
          <h2 id="generated-text-title" className="generated-text__title">
            {t(`fees.texts.titles.${kind}`, { year })}
          </h2>
          <Button onClick={() => void copy()}>{t('fees.texts.copy')}</Button>
        </div>
        <p className="field__hint generated-text__use">{t(`fees.texts.uses.${kind}`)}</p>
        <p className="generated-text__status" role="status" aria-live="polite">
          {message}
        </p>
        {english && <p className="notice generated-text__reference">{t('fees.texts.referenceOnly')}</p>}
        <div ref={documentRef} lang={language} className="generated-text__paper">
          <RichTextView doc={doc} headingShift={1} />
        </div>
      </article>
    </div>
  );
}
