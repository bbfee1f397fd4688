// Diff rows in words: every path of a real plan gets a readable label in both languages, values read as on screen, and whole items fold into one line.
import { describe, expect, it } from 'vitest';
import { exampleContent, exampleVersions } from '../../../../shared/example/voorbeeldschool.ts';
import { createI18n } from '../../../../shared/i18n/index.ts';
import { diffPlans, flattenPlan, type DiffEntry } from '../../../../shared/plan/diff.ts';
import type { PlanContent } from '../../../../shared/plan/schema.ts';
import { diffLines, formatDiffValue, itemOfLine, labelOfPath } from '../../../../shared/plan/diff-labels.ts';

const nl = createI18n('nl').t;
const en = createI18n('en').t;
const example = exampleContent();
const sides = { before: example, after: example };

/** A plan that holds every kind of path: profile lists, programmes, evaluations, actions. */
function everything(): PlanContent {
  const content = exampleContent();
  content.profile.levels = ['basis', 'secundair'];
  content.profile.pupils = { ...content.profile.pupils, k1: 20, l1: 25, bubao: 3 };
  return content;
}

describe('labelOfPath', () => {
  it('names sections, checklist items, goals, statements, profiles and activities in words', () => {
    expect(labelOfPath('sections.vision.text', nl)).toBe('Pedagogisch-didactische visie: toelichting');
    expect(labelOfPath('sections.cybersecurity.checklist.mfa', nl)).toBe('Cyberveiligheid: Meervoudige authenticatie voor personeel');
    expect(labelOfPath('goals.goal-mfa.title', nl, sides)).toBe('Alle personeelsaccounts beveiligd met meervoudige authenticatie: titel');
    expect(labelOfPath('goals.goal-mfa.targets.2026-2027', nl, sides)).toBe(
      'Alle personeelsaccounts beveiligd met meervoudige authenticatie: streefwaarde 2026-2027',
    );
    expect(labelOfPath('goals.goal-mfa.actions.a3.costCents', nl, sides)).toBe(
      'Alle personeelsaccounts beveiligd met meervoudige authenticatie: actie “Hardwaresleutels voor directie en secretariaat”, kosten',
    );
    expect(labelOfPath('goals.goal-backup.evaluations.2025-2026.status', nl, sides)).toBe('Back-ups elk trimester getest: stand 2025-2026');
    expect(labelOfPath('assessment.2025-2026.cybersecurity.2', nl)).toBe(
      'Personeelsaccounts zijn met meervoudige authenticatie beveiligd. (2025-2026)',
    );
    expect(labelOfPath('training.digcomp.2026-2027.assessment', nl)).toBe('DigCompEdu-profiel 2026-2027: Evaluatie');
    expect(labelOfPath('activities.act-ai.participants', nl, sides)).toBe('AI in de klas: verantwoord en doordacht: deelnemers');
    expect(labelOfPath('profile.pupils.s1', nl)).toBe('Leerlingen per leerjaar: 1ste jaar');
    expect(labelOfPath('profile.contact.email', nl)).toBe('Contactpersoon voor het kenniscentrum: E-mail');
    expect(labelOfPath('profile.digitallyIntensiveProgrammes.1.pupils', nl)).toBe('Studierichting 2: leerlingen');
    expect(labelOfPath('evaluations.2025-2026.reflection', nl)).toBe('Evaluatie 2025-2026: reflectie van het team');
    expect(labelOfPath('training.teachersReached.2025-2026', nl)).toBe(
      'Leraren met minstens één activiteit rond digitale didactiek in 2025-2026',
    );
  });

  it('takes a goal’s title from whichever side still has it', () => {
    const after = exampleContent();
    after.goals = after.goals.filter((g) => g.id !== 'goal-backup');
    expect(labelOfPath('goals.goal-backup.title', nl, { before: example, after })).toContain('Back-ups elk trimester getest');
    const before = exampleContent();
    before.goals = [];
    expect(labelOfPath('goals.goal-mfa.owner', nl, { before, after: example })).toContain('Alle personeelsaccounts');
  });

  it('gives every path of real plans and versions a label in both languages, never the raw path or a raw key', () => {
    const paths = new Set<string>();
    for (const content of [everything(), ...exampleVersions().map((v) => v.content)]) {
      for (const path of flattenPlan(content).keys()) paths.add(path);
    }
    expect(paths.size).toBeGreaterThan(400);
    const bad: string[] = [];
    for (const path of paths) {
      for (const t of [nl, en]) {
        const label = labelOfPath(path, t, { before: everything(), after: everything() });
        if (label === path || label.includes('{{') || /\b(?:versions|sections|goals|training|assessment|profile|grades)\.[\w-]+/.test(label)) {
          bad.push(`${path} → ${label}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('leaves an unknown path as it is', () => {
    expect(labelOfPath('training.somethingNew', nl)).toBe('training.somethingNew');
  });
});

describe('formatDiffValue', () => {
  it('reads answer counts as a mean with the number of answers', () => {
    expect(formatDiffValue('assessment.2025-2026.vision.1', '0/0/1/0/0', nl)).toBe('gem. 3,0, 1 antwoord');
    expect(formatDiffValue('assessment.2025-2026.vision.1', '2/0/1/0/1', nl)).toBe('gem. 2,5, 4 antwoorden');
    expect(formatDiffValue('assessment.2025-2026.vision.1', '0/0/0/0/0', nl)).toBe('niet gescoord');
    expect(formatDiffValue('assessment.2025-2026.vision.1', '0/0/1/0/0', en)).toBe('mean 3,0, 1 answer');
  });

  it('reads staff per level as a mean level with the nearest level name', () => {
    expect(formatDiffValue('training.digcomp.2025-2026.assessment', '0/0/4/0/0/0', nl)).toBe('gem. 3,0 (B1), 4 personeelsleden');
    expect(formatDiffValue('training.digcomp.2025-2026.assessment', '1/0/0/0/0/0', nl)).toBe('gem. 1,0 (A1), 1 personeelslid');
  });

  it('shows booleans as ja/nee, cents as euros, codes through the catalogs and dates the Belgian way', () => {
    expect(formatDiffValue('sections.vision.checklist.learningGain', true, nl)).toBe('ja');
    expect(formatDiffValue('activities.x.keurmerk', false, nl)).toBe('nee');
    expect(formatDiffValue('goals.g.actions.a1.costCents', 45_000, nl)).toBe('€\u00a0450,00');
    expect(formatDiffValue('activities.x.costCents', 123_456, nl)).toBe('€\u00a01.234,56');
    expect(formatDiffValue('goals.g.baseline', 3.5, nl)).toBe('3,5');
    expect(formatDiffValue('goals.g.owner', 'ict-werkgroep', nl)).toBe('ICT-werkgroep');
    expect(formatDiffValue('goals.g.evaluations.2025-2026.status', 'on-track', nl)).toBe('Op schema');
    expect(formatDiffValue('goals.g.actions.a1.period', 'jan-mar', nl)).toBe('januari-maart');
    expect(formatDiffValue('activities.x.startDate', '2026-02-04', nl)).toBe('04/02/2026');
    expect(formatDiffValue('activities.x.minutes', 90, nl)).toBe('1,5 u');
    expect(formatDiffValue('activities.x.areas', 'assessment, teaching-learning', nl)).toBe('Evaluatie, Onderwijzen en leren');
    expect(formatDiffValue('training.participationThresholdPercent', 60, nl)).toBe('60 %');
    expect(formatDiffValue('profile.levels.0', 'basis', nl)).toBe('Basisonderwijs');
    expect(formatDiffValue('evaluations.2025-2026.recordedAt', '2026-06-24T14:00:00.000Z', nl)).toBe('24/06/2026 16:00');
    expect(formatDiffValue('goals.g.title', null, nl)).toBe('—');
    expect(formatDiffValue('goals.g.evaluations.2025-2026.note', '', nl)).toBe('—');
  });

  it('shows list items of a section text as bullets', () => {
    expect(formatDiffValue('sections.vision.text', 'Inleiding\n  een\n    dieper', nl)).toBe('Inleiding\n• een\n  • dieper');
  });
});

describe('diffLines', () => {
  const lines = (before: PlanContent, after: PlanContent) => diffLines(diffPlans(before, after), nl, { before, after });

  it('folds a goal that is new into one line holding all its fields', () => {
    const before = exampleContent();
    before.goals = before.goals.filter((g) => g.id !== 'goal-training');
    const result = lines(before, exampleContent());
    expect(result).toHaveLength(1);
    const line = result[0]!;
    expect(line.type).toBe('group');
    if (line.type !== 'group') return;
    expect(line.group).toMatchObject({ key: 'goals.goal-training.', kind: 'added', label: 'Doel “Leraren nemen deel aan vorming rond digitale didactiek”' });
    expect(line.group.rows.map((r) => r.label)).toContain('Titel');
    expect(line.group.summary).toBe(`${line.group.rows.length} gegevens`);
  });

  it('folds an action added to a goal under that goal, and a year of answers into one line', () => {
    const before = exampleContent();
    before.goals[0]!.actions.pop();
    delete before.assessment.years['2026-2027'];
    const result = lines(before, exampleContent());
    expect(result.map((l) => (l.type === 'group' ? [l.group.key, l.group.field, itemOfLine(l)?.key] : [l.row.entry.path]))).toEqual([
      ['assessment.2026-2027.', 'Zelfevaluatie 2026-2027', undefined],
      ['goals.goal-mfa.actions.a3.', 'Actie “Hardwaresleutels voor directie en secretariaat”', 'goals.goal-mfa'],
    ]);
  });

  it('keeps the rows of one goal together under it, with the field alone as its label', () => {
    const before = exampleContent();
    const after = exampleContent();
    after.goals[0]!.title = 'MFA overal';
    after.goals[1]!.owner = 'directie';
    after.goals[0]!.evaluations['2026-2027'] = { measured: 98, status: 'on-track', note: '' };
    const result = lines(before, after);
    const keys = result.map((l) => itemOfLine(l)?.key);
    expect(keys).toEqual(['goals.goal-mfa', 'goals.goal-mfa', 'goals.goal-mfa', 'goals.goal-mfa', 'goals.goal-backup']);
    const first = result[0]!;
    expect(first.type === 'row' && [first.row.field, first.row.item?.label]).toEqual(['Titel', 'MFA overal']);
  });

  it('keeps changed rows apart and marks nothing when nothing changed', () => {
    expect(lines(exampleContent(), exampleContent())).toEqual([]);
    const after = exampleContent();
    after.sections.cybersecurity.checklist.mfa = false;
    const entries: DiffEntry[] = diffPlans(exampleContent(), after);
    const [line] = diffLines(entries, nl, { before: exampleContent(), after });
    expect(line).toMatchObject({ type: 'row', row: { label: 'Cyberveiligheid: Meervoudige authenticatie voor personeel', before: 'ja', after: 'nee' } });
  });
});
