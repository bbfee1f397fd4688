// The sections of the ICT policy plan: the ten sections on the left (written or still
// empty, with their findings), the chosen one on the right with its guidance, the source
// passage it rests on, its checklist and its formatted text. Everything saves as you go;
// a finding's `?veld=` link focuses the checkbox, field or editor it names.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, useLocation } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import {
  sectionDefinitions,
  sectionIds,
  SectionPatchSchema,
  type Section,
  type SectionId,
} from '../../../shared/policy/sections.ts';
import { isEmptyRichText, type RichText } from '../../../shared/richtext/schema.ts';
import { sources } from '../../../shared/sources.ts';
import { useWrite } from '../../api/hooks.tsx';
import { usePartEditor, type PartEditor } from '../../api/use-part-editor.ts';
import { subPaths } from '../../app/routes.ts';
import { useFocusFromLink } from '../../app/focus.ts';
import { fieldDomId, TextField } from '../../components/Field.tsx';
import { LazyRichTextEditor } from '../../components/richtext/LazyRichTextEditor.tsx';
import { FindingList } from '../plan/FindingList.tsx';

const fieldPrefix = (id: SectionId) => `sections.${id}.`;

/**
 * The part editor of one section, addressed with the plan-wide paths the findings use
 * (`sections.cybersecurity.checklist.incidentContact`), so every field's DOM id is the one
 * a finding links to.
 */
function planPaths(editor: PartEditor, prefix: string): PartEditor {
  const inner = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
  return {
    text: (path, kind) => editor.text(inner(path), kind),
    valueOf: (path) => editor.valueOf(inner(path)),
    setText: (path, raw, kind) => editor.setText(inner(path), raw, kind),
    setValue: (path, value, options) => editor.setValue(inner(path), value, options),
    update: (path, change) => editor.update(inner(path), change),
    flush: () => editor.flush(),
    error: (path) => editor.error(inner(path)),
    isDirty: (path) => editor.isDirty(inner(path)),
  };
}

function findingsOf(state: PlanState, id: SectionId) {
  return state.findings.filter((finding) => finding.field?.startsWith(fieldPrefix(id)));
}

export function SectionsTab({ state, sectionSlug }: { state: PlanState; sectionSlug?: string | undefined }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const planId = state.plan.id;
  const sectionId = sectionIds.find((id) => id === sectionSlug);
  if (sectionId === undefined) return <Navigate replace to={`${subPaths.policy(planId, 'sections', sectionIds[0])}${search}`} />;

  const written = sectionIds.filter((id) => !isEmptyRichText(state.plan.sections[id].text)).length;
  return (
    <div className="sections">
      <nav className="sections__nav" aria-label={t('policy.sectionList')}>
        <p className="sections__progress">{t('policy.sectionsWritten', { done: written, total: sectionIds.length })}</p>
        <ol>
          {sectionIds.map((id) => {
            const empty = isEmptyRichText(state.plan.sections[id].text);
            const count = findingsOf(state, id).length;
            return (
              <li key={id}>
                <NavLink to={subPaths.policy(planId, 'sections', id)} className="sections__link" data-section={id}>
                  <span className="sections__title">{t(`sections.${id}.title`)}</span>
                  <span className="sections__meta">
                    <span className={`written written--${empty ? 'empty' : 'done'}`}>
                      <span aria-hidden="true">{empty ? '○' : '✓'}</span> {t(empty ? 'policy.sectionEmpty' : 'policy.sectionWritten')}
                    </span>
                    {count > 0 && <span className="sections__count">{t('policy.sectionFindings', { count })}</span>}
                  </span>
                </NavLink>
              </li>
            );
          })}
        </ol>
      </nav>
      <SectionEditor key={`${planId}:${sectionId}`} state={state} sectionId={sectionId} />
    </div>
  );
}

function SectionEditor({ state, sectionId }: { state: PlanState; sectionId: SectionId }) {
  const { t } = useTranslation();
  const write = useWrite();
  const location = useLocation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const planId = state.plan.id;
  const section = state.plan.sections[sectionId];
  const save = useCallback(
    async (patch: Record<string, unknown>) =>
      (await write('sections.update', { planId, sectionId, patch })).plan.sections[sectionId],
    [write, planId, sectionId],
  );
  const parts = usePartEditor<Section>({ value: section, patchSchema: SectionPatchSchema, save });
  const prefix = fieldPrefix(sectionId);
  const editor = planPaths(parts, prefix);
  const definition = sectionDefinitions[sectionId];
  const source = sources[definition.source];
  const findings = findingsOf(state, sectionId);
  const empty = isEmptyRichText(section.text);
  const index = sectionIds.indexOf(sectionId);
  const previous = sectionIds[index - 1];
  const next = sectionIds[index + 1];
  const title = t(`sections.${sectionId}.title`);

  const [editorReady, setEditorReady] = useState(false);
  const onEditorReady = useCallback(() => setEditorReady(true), []);
  // The formatted text's field exists once its editor has loaded: try again then.
  useFocusFromLink(`${prefix}:${String(editorReady)}`);

  // Arriving through "previous"/"next": start reading at the new section's heading.
  const arrivedByPager = (location.state as { focusSection?: boolean } | null)?.focusSection === true;
  useEffect(() => {
    if (arrivedByPager) headingRef.current?.focus();
  }, [arrivedByPager]);

  const onTextChange = useCallback((doc: RichText) => parts.setValue('text', doc, { debounce: true }), [parts]);

  return (
    <section className="sections__detail" aria-labelledby={headingId} data-section={sectionId}>
      <div className="sections__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="sections__heading">
          {title}
        </h2>
        <span className={`written written--${empty ? 'empty' : 'done'}`}>
          <span aria-hidden="true">{empty ? '○' : '✓'}</span> {t(empty ? 'policy.sectionEmpty' : 'policy.sectionWritten')}
        </span>
      </div>
      <p className="sections__guidance">
        <strong>{t('policy.guidance')}</strong> {t(`sections.${sectionId}.guidance`)}
      </p>
      <details className="sections__source">
        <summary>
          {t('policy.source')}: {source.ref}
        </summary>
        <blockquote lang="nl">{source.quote}</blockquote>
      </details>

      {findings.length > 0 && (
        <div className="sections__findings">
          <h3>{t('policy.sectionFindingsHeading')}</h3>
          <FindingList planId={planId} findings={findings} />
        </div>
      )}

      <fieldset className="card sections__checklist">
        <legend className="card__title">{t('policy.checklist')}</legend>
        <ul className="checklist">
          {Object.entries(definition.checklist).map(([key, kind]) => {
            const path = `${prefix}checklist.${key}`;
            const label = t(`sections.${sectionId}.items.${key}`);
            if (kind === 'text') {
              return (
                <li key={key} className="checklist__text">
                  <TextField editor={editor} path={path} label={label} />
                </li>
              );
            }
            return (
              <li key={key} className="checkbox">
                <input
                  id={fieldDomId(path)}
                  type="checkbox"
                  checked={editor.valueOf(path) === true}
                  onChange={(event) => editor.setValue(path, event.target.checked)}
                />
                <label htmlFor={fieldDomId(path)}>{label}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="card sections__text">
        <h3 className="card__title">{t('policy.text')}</h3>
        <LazyRichTextEditor
          id={fieldDomId(`${prefix}text`)}
          label={t('policy.editorLabel', { section: title })}
          value={section.text}
          onChange={onTextChange}
          onBlur={() => parts.flush()}
          onReady={onEditorReady}
          dirty={parts.isDirty('text')}
          issue={parts.error('text')}
        />
      </div>

      <nav className="sections__pager" aria-label={t('policy.sectionPager')}>
        {previous && (
          <Link
            to={subPaths.policy(planId, 'sections', previous)}
            state={{ focusSection: true }}
            className="button button--secondary"
            rel="prev"
          >
            <span aria-hidden="true">←</span> {t('policy.previousSection', { section: t(`sections.${previous}.title`) })}
          </Link>
        )}
        {next && (
          <Link
            to={subPaths.policy(planId, 'sections', next)}
            state={{ focusSection: true }}
            className="button button--primary sections__next"
            rel="next"
          >
            {t('policy.nextSection', { section: t(`sections.${next}.title`) })} <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
    </section>
  );
}
