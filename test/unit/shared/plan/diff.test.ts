// The plan diff: nothing between a plan and itself, exactly the paths a random set of edits touched, and the same entries mirrored when the sides swap.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exampleContent, exampleVersions } from '../../../../shared/example/voorbeeldschool.ts';
import { diffAreas, diffPlans, flattenPlan, type DiffEntry } from '../../../../shared/plan/diff.ts';
import { PlanContentSchema, type PlanContent } from '../../../../shared/plan/schema.ts';
import { schoolYears } from '../../../../shared/plan/term.ts';
import { assessmentYears, statementIds, type ScoreCounts } from '../../../../shared/policy/assessment.ts';
import { ownerRoles, goalStatuses, type Goal, type GoalAction } from '../../../../shared/policy/goals.ts';
import { sectionDefinitions, sectionIds, type SectionId } from '../../../../shared/policy/sections.ts';
import { richTextFrom } from '../../../../shared/richtext/schema.ts';
import { digCompAreas, type Activity, type LevelCounts } from '../../../../shared/training/schema.ts';
import { largePlanContent, varyPlan } from '../../../builders/large-plan.ts';

const clone = <T>(value: T): T => structuredClone(value);
const paths = (entries: DiffEntry[]) => entries.map((e) => e.path).sort();

/** A goal's paths, written out field by field rather than through the flattening under test. */
function goalPaths(goal: Goal): string[] {
  const at = (rest: string) => `goals.${goal.id}.${rest}`;
  return [
    ...['sectionId', 'title', 'indicator', 'unit', 'baseline', 'owner'].map(at),
    ...Object.keys(goal.targets).map((year) => at(`targets.${year}`)),
    ...Object.keys(goal.evaluations).flatMap((year) => ['measured', 'status', 'note'].map((f) => at(`evaluations.${year}.${f}`))),
    ...goal.actions.flatMap((action) => actionPaths(goal.id, action)),
  ];
}

function actionPaths(goalId: string, action: GoalAction): string[] {
  return ['description', 'year', 'period', 'costCents'].map((f) => `goals.${goalId}.actions.${action.id}.${f}`);
}

const activityFields = ['title', 'provider', 'keurmerk', 'theme', 'areas', 'minutes', 'participants', 'startDate', 'endDate', 'costCents', 'status'];
const activityPaths = (activity: Activity) => activityFields.map((f) => `activities.${activity.id}.${f}`);

const base = exampleContent();
const goalIds = base.goals.map((g) => g.id);
const activityIds = base.activities.map((a) => a.id);
const checkItems = sectionIds.flatMap((section) =>
  Object.entries(sectionDefinitions[section].checklist)
    .filter(([, kind]) => kind === 'check')
    .map(([key]) => [section, key] as const),
);

const goalEditKinds = ['title', 'baseline', 'owner', 'target', 'actionCost', 'addAction', 'evaluationStatus'] as const;
const activityEditKinds = ['title', 'participants', 'keurmerk', 'areas', 'costCents', 'status'] as const;
const profileEditKinds = ['staff.teaching', 'staff.other', 'pupils.s1', 'pupils.s7', 'address.municipality', 'contact.email'] as const;

const countsArb = fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9), fc.nat(9), fc.nat(9));

const editsArb = fc.record({
  sectionTexts: fc.uniqueArray(fc.record({ section: fc.constantFrom(...sectionIds), words: fc.string({ minLength: 1, maxLength: 30 }) }), {
    selector: (e) => e.section,
    maxLength: 4,
  }),
  checklist: fc.subarray([...checkItems], { maxLength: 6 }),
  removedGoals: fc.subarray(goalIds, { maxLength: 3 }),
  goalEdits: fc.uniqueArray(
    fc.record({ goal: fc.constantFrom(...goalIds), kind: fc.constantFrom(...goalEditKinds), year: fc.constantFrom(...schoolYears), n: fc.integer({ min: 1, max: 50 }) }),
    { selector: (e) => `${e.goal}/${e.kind}`, maxLength: 8 },
  ),
  addedGoals: fc.integer({ min: 0, max: 2 }),
  assessment: fc.uniqueArray(
    fc.record({ year: fc.constantFrom(...assessmentYears), statement: fc.constantFrom(...statementIds), counts: fc.option(countsArb, { freq: 4 }) }),
    { selector: (e) => `${e.year}/${e.statement}`, maxLength: 8 },
  ),
  removedActivities: fc.subarray(activityIds, { maxLength: 2 }),
  activityEdits: fc.uniqueArray(
    fc.record({ activity: fc.constantFrom(...activityIds), kind: fc.constantFrom(...activityEditKinds), n: fc.integer({ min: 1, max: 50 }) }),
    { selector: (e) => `${e.activity}/${e.kind}`, maxLength: 6 },
  ),
  addedActivities: fc.integer({ min: 0, max: 2 }),
  profile: fc.subarray([...profileEditKinds]),
  digcomp: fc.uniqueArray(
    fc.record({ year: fc.constantFrom(...assessmentYears), area: fc.constantFrom(...digCompAreas), bump: fc.integer({ min: 0, max: 5 }) }),
    { selector: (e) => `${e.year}/${e.area}`, maxLength: 4 },
  ),
  threshold: fc.boolean(),
  reflection: fc.boolean(),
});
type Edits = typeof editsArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies the edits to a copy of `before` and says which paths they must show up as. */
function applyEdits(before: PlanContent, edits: Edits): { after: PlanContent; expected: Set<string> } {
  const after = clone(before);
  const expected = new Set<string>();

  for (const { section, words } of edits.sectionTexts) {
    after.sections[section].text = richTextFrom(`Nieuwe tekst: ${words.replace(/\s+/g, '_')}`);
    expected.add(`sections.${section}.text`);
  }
  for (const [section, key] of edits.checklist) {
    after.sections[section].checklist[key] = !after.sections[section].checklist[key];
    expected.add(`sections.${section}.checklist.${key}`);
  }

  for (const edit of edits.goalEdits) {
    if (edits.removedGoals.includes(edit.goal)) continue;
    const goal = after.goals.find((g) => g.id === edit.goal)!;
    const at = (rest: string) => `goals.${goal.id}.${rest}`;
    switch (edit.kind) {
      case 'title':
        goal.title = `${goal.title} (${edit.n})`;
        expected.add(at('title'));
        break;
      case 'baseline':
        goal.baseline = (goal.baseline ?? 0) + edit.n;
        expected.add(at('baseline'));
        break;
      case 'owner':
        goal.owner = ownerRoles.find((role) => role !== goal.owner)!;
        expected.add(at('owner'));
        break;
      case 'target':
        goal.targets[edit.year] = (goal.targets[edit.year] ?? 0) + edit.n;
        expected.add(at(`targets.${edit.year}`));
        break;
      case 'actionCost': {
        const action = goal.actions[0]!;
        action.costCents += edit.n * 100;
        expected.add(at(`actions.${action.id}.costCents`));
        break;
      }
      case 'addAction': {
        const action: GoalAction = { id: `extra-${edit.n}`, description: 'Extra actie', year: edit.year, period: 'jan-mar', costCents: edit.n };
        goal.actions.push(action);
        for (const path of actionPaths(goal.id, action)) expected.add(path);
        break;
      }
      case 'evaluationStatus': {
        const entry = goal.evaluations['2025-2026']!;
        entry.status = goalStatuses.find((status) => status !== entry.status)!;
        expected.add(at('evaluations.2025-2026.status'));
        break;
      }
    }
  }
  for (const id of edits.removedGoals) {
    for (const path of goalPaths(before.goals.find((g) => g.id === id)!)) expected.add(path);
  }
  after.goals = after.goals.filter((g) => !edits.removedGoals.includes(g.id));
  for (let i = 0; i < edits.addedGoals; i++) {
    const goal: Goal = {
      id: `new-goal-${i}`,
      sectionId: 'access',
      title: `Nieuw doel ${i}`,
      indicator: '',
      unit: 'count',
      baseline: null,
      targets: { '2026-2027': i },
      owner: 'directie',
      actions: [{ id: 'n1', description: 'Eerste stap', year: '2026-2027', period: 'sep-dec', costCents: 0 }],
      evaluations: {},
    };
    after.goals.push(goal);
    for (const path of goalPaths(goal)) expected.add(path);
  }

  for (const { year, statement, counts } of edits.assessment) {
    const answers = (after.assessment.years[year] ??= {});
    const old = answers[statement];
    if (counts === null) {
      if (old === undefined) continue;
      delete answers[statement];
    } else {
      const next = [...counts] as ScoreCounts;
      if (old !== undefined && old.join() === next.join()) next[0] += 1;
      answers[statement] = next;
    }
    expected.add(`assessment.${year}.${statement}`);
  }

  for (const edit of edits.activityEdits) {
    if (edits.removedActivities.includes(edit.activity)) continue;
    const activity = after.activities.find((a) => a.id === edit.activity)!;
    switch (edit.kind) {
      case 'title':
        activity.title = `${activity.title} (${edit.n})`;
        break;
      case 'participants':
        activity.participants += edit.n;
        break;
      case 'keurmerk':
        activity.keurmerk = !activity.keurmerk;
        break;
      case 'areas':
        activity.areas = activity.areas.includes('assessment')
          ? activity.areas.filter((a) => a !== 'assessment')
          : [...activity.areas, 'assessment'];
        break;
      case 'costCents':
        activity.costCents += edit.n;
        break;
      case 'status':
        activity.status = activity.status === 'done' ? 'planned' : 'done';
        break;
    }
    expected.add(`activities.${activity.id}.${edit.kind}`);
  }
  for (const id of edits.removedActivities) {
    for (const path of activityPaths(before.activities.find((a) => a.id === id)!)) expected.add(path);
  }
  after.activities = after.activities.filter((a) => !edits.removedActivities.includes(a.id));
  for (let i = 0; i < edits.addedActivities; i++) {
    const activity: Activity = {
      id: `new-activity-${i}`,
      title: 'Nieuwe vorming',
      provider: '',
      keurmerk: false,
      theme: 'other',
      areas: [],
      minutes: 60,
      participants: 0,
      startDate: '2027-02-01',
      endDate: '2027-02-01',
      costCents: 0,
      status: 'planned',
    };
    after.activities.push(activity);
    for (const path of activityPaths(activity)) expected.add(path);
  }

  for (const kind of edits.profile) {
    const p = after.profile;
    if (kind === 'staff.teaching') p.staff.teaching += 1;
    if (kind === 'staff.other') p.staff.other += 1;
    if (kind === 'pupils.s1') p.pupils.s1 = (p.pupils.s1 ?? 0) + 1;
    if (kind === 'pupils.s7') p.pupils.s7 = (p.pupils.s7 ?? 0) + 1;
    if (kind === 'address.municipality') p.address.municipality += ' (deelgemeente)';
    if (kind === 'contact.email') p.contact.email = `x.${p.contact.email}`;
    expected.add(`profile.${kind}`);
  }

  for (const { year, area, bump } of edits.digcomp) {
    const profile = (after.training.digcomp[year] ??= {});
    const old = profile[area];
    const next = (old ? [...old] : [0, 0, 0, 0, 0, 0]).map((n, level) => (level === bump ? n + 1 : n)) as LevelCounts;
    profile[area] = next;
    expected.add(`training.digcomp.${year}.${area}`);
  }
  if (edits.threshold) {
    after.training.participationThresholdPercent = (after.training.participationThresholdPercent + 7) % 101;
    expected.add('training.participationThresholdPercent');
  }
  if (edits.reflection) {
    after.evaluations['2025-2026']!.reflection += ' Aangevuld.';
    expected.add('evaluations.2025-2026.reflection');
  }
  return { after, expected };
}

describe('diffPlans', () => {
  it('finds nothing between the example and a copy of it, nor between a version and itself', () => {
    expect(diffPlans(exampleContent(), exampleContent())).toEqual([]);
    for (const version of exampleVersions()) expect(diffPlans(version.content, clone(version.content))).toEqual([]);
  });

  test.prop([editsArb], { numRuns: 150 })('a plan compared with itself after edits is still empty', (edits) => {
    const { after } = applyEdits(exampleContent(), edits);
    expect(diffPlans(after, clone(after))).toEqual([]);
  });

  test.prop([editsArb], { numRuns: 150 })('shows exactly the paths of the edits, no more and no fewer', (edits) => {
    const before = exampleContent();
    const { after, expected } = applyEdits(before, edits);
    const entries = diffPlans(before, after);
    expect(paths(entries)).toEqual([...expected].sort());
    const [flatBefore, flatAfter] = [flattenPlan(before), flattenPlan(after)];
    for (const entry of entries) {
      expect(entry.area).toBe(entry.path.split('.')[0]);
      expect(entry.kind === 'added').toBe(!flatBefore.has(entry.path));
      expect(entry.kind === 'removed').toBe(!flatAfter.has(entry.path));
      if (entry.kind === 'changed') expect(entry.before).not.toEqual(entry.after);
    }
  });

  test.prop([editsArb], { numRuns: 100 })('mirrors: swapping the sides swaps before and after, and added with removed', (edits) => {
    const before = exampleContent();
    const { after } = applyEdits(before, edits);
    const forward = diffPlans(before, after);
    const backward = diffPlans(after, before);
    const swap = { added: 'removed', removed: 'added', changed: 'changed' } as const;
    const mirrored = backward.map((e) => ({ ...e, kind: swap[e.kind], before: e.after, after: e.before }));
    const byPath = (a: DiffEntry, b: DiffEntry) => a.path.localeCompare(b.path);
    expect([...mirrored].sort(byPath)).toEqual([...forward].sort(byPath));
  });

  it('groups the entries by area in the order of the plan', () => {
    const before = exampleContent();
    const after = clone(before);
    after.activities[0]!.participants += 1;
    after.profile.staff.teaching += 1;
    after.goals[0]!.title = 'Anders';
    after.sections.vision.checklist.learningGain = false;
    const areas = diffPlans(before, after).map((e) => e.area);
    expect(areas).toEqual(['profile', 'sections', 'goals', 'activities']);
    expect(areas.map((a) => diffAreas.indexOf(a))).toEqual([...areas.map((a) => diffAreas.indexOf(a))].sort((a, b) => a - b));
  });

  it('reads a section text as its words: a formatting-only change is no difference, a word is', () => {
    const before = exampleContent();
    const after = clone(before);
    const paragraph = after.sections.workload.text.content[0] as { content: { type: 'text'; text: string; marks?: { type: 'bold' }[] }[] };
    paragraph.content[0]!.marks = [{ type: 'bold' }];
    expect(diffPlans(before, after)).toEqual([]);
    paragraph.content[0]!.text += ' Extra.';
    const [entry] = diffPlans(before, after);
    expect(entry).toMatchObject({ path: 'sections.workload.text', kind: 'changed' });
    expect(String(entry!.after).endsWith(' Extra.')).toBe(true);
  });

  it('reports counts as one value per statement or area, e.g. 0/0/1/0/0', () => {
    const before = exampleContent();
    const after = clone(before);
    after.assessment.years['2026-2027']!['vision.1'] = [0, 1, 2, 0, 0];
    after.training.digcomp['2026-2027']!.assessment = [15, 25, 28, 13, 4, 2];
    expect(diffPlans(before, after)).toEqual([
      { path: 'assessment.2026-2027.vision.1', area: 'assessment', kind: 'changed', before: '0/0/1/0/0', after: '0/1/2/0/0' },
      { path: 'training.digcomp.2026-2027.assessment', area: 'training', kind: 'changed', before: '15/25/28/13/4/1', after: '15/25/28/13/4/2' },
    ]);
  });

  it('sees the differences between the two example versions and the draft', () => {
    const [first, second] = exampleVersions();
    const entries = diffPlans(first!.content, second!.content);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries).toContainEqual({
      path: 'sections.dataProtection.checklist.rightToDisconnect',
      area: 'sections',
      kind: 'changed',
      before: false,
      after: true,
    });
    expect(paths(diffPlans(second!.content, exampleContent())).some((p) => p.startsWith('assessment.2026-2027.'))).toBe(true);
  });

  it('does not confuse a goal id with a section or goal field when ids look alike', () => {
    const before = exampleContent();
    const after = clone(before);
    const twin = { ...clone(after.goals[0]!), id: 'title' };
    after.goals.push(twin);
    const added = paths(diffPlans(before, after));
    expect(added).toEqual(goalPaths(twin).sort());
  });
});

describe('flattenPlan', () => {
  it('holds one value per section text and checklist item', () => {
    const flat = flattenPlan(exampleContent());
    for (const id of sectionIds as readonly SectionId[]) expect(flat.has(`sections.${id}.text`)).toBe(true);
    expect(flat.get('sections.cybersecurity.checklist.mfa')).toBe(true);
    expect(flat.get('activities.act-studiedag.areas')).toBe('teaching-learning, digital-resources');
  });
});

describe('diffPlans on a large plan', () => {
  it('finds exactly the few hundred differences between two versions of a plan with 200 goals and 500 activities', () => {
    const large = largePlanContent();
    expect(PlanContentSchema.parse(large)).toEqual(large);
    expect([large.goals.length, large.activities.length]).toEqual([200, 500]);
    const { content: later, paths: changed } = varyPlan(large, 300);
    expect(changed.size).toBe(300);
    expect(PlanContentSchema.safeParse(later).success).toBe(true);
    expect(paths(diffPlans(large, later))).toEqual([...changed].sort());
    expect(diffPlans(large, largePlanContent())).toEqual([]);
  });
});
