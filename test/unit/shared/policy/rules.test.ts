// Policy-plan rules: each passes on the complete example plan and fires, with its field, params, source and message, when only its condition breaks.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/findings/finding.ts';
import type { Plan } from '../../../../shared/plan/schema.ts';
import { sectionDefinitions, sectionIds } from '../../../../shared/policy/sections.ts';
import { policyFindings } from '../../../../shared/policy/rules.ts';
import { emptyRichText, richTextFrom } from '../../../../shared/richtext/schema.ts';
import { expectWellFormedFinding, messageOf } from '../../../builders/findings.ts';
import { buildPlan, TODAY } from '../../../builders/plan.ts';

const ruleIds = (plan: Plan, today = TODAY) => policyFindings(plan, today).map((f) => f.ruleId);

function only(plan: Plan, ruleId: string, today = TODAY): Finding[] {
  const found = policyFindings(plan, today);
  expect(found.map((f) => f.ruleId)).toEqual(found.map(() => ruleId));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) {
    expect(f.step).toBe('policy');
    expectWellFormedFinding(f);
  }
  return found;
}

function withSection(plan: Plan, id: (typeof sectionIds)[number], change: Partial<Plan['sections'][typeof id]>): Plan {
  return { ...plan, sections: { ...plan.sections, [id]: { ...plan.sections[id], ...change } } };
}

describe('policy rules', () => {
  it('find nothing in the complete example plan', () => {
    expect(policyFindings(buildPlan(), TODAY)).toEqual([]);
  });

  describe('policy.section-empty', () => {
    it('passes when every section has text', () => {
      expect(ruleIds(buildPlan())).not.toContain('policy.section-empty');
    });

    it('blocks on each empty section, pointing at its text with the section source', () => {
      const plan = withSection(withSection(buildPlan(), 'vision', { text: emptyRichText() }), 'monitoring', {
        text: richTextFrom('   \n  '),
      });
      const found = only(plan, 'policy.section-empty');
      expect(found.map((f) => [f.severity, f.field, f.params, f.source.id])).toEqual([
        ['blocking', 'sections.vision.text', { section: 'vision' }, sectionDefinitions.vision.source],
        ['blocking', 'sections.monitoring.text', { section: 'monitoring' }, sectionDefinitions.monitoring.source],
      ]);
      expect(messageOf(found[0]!)).toBe('De sectie „Pedagogisch-didactische visie” is nog leeg.');
      expect(messageOf(found[1]!, 'en')).toContain('Monitoring');
    });

    it('counts a text of only an empty list item or a heading with words as written or not', () => {
      const onlyEmptyParagraphs = withSection(buildPlan(), 'workload', {
        text: { type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'hardBreak' }] }] },
      });
      expect(ruleIds(onlyEmptyParagraphs)).toEqual(['policy.section-empty']);
      const heading = withSection(buildPlan(), 'workload', { text: richTextFrom('## Minder planlast') });
      expect(ruleIds(heading)).toEqual([]);
    });

    it('fires for all ten sections of an empty plan', () => {
      const plan = buildPlan();
      for (const id of sectionIds) plan.sections[id].text = emptyRichText();
      expect(policyFindings(plan, TODAY).filter((f) => f.ruleId === 'policy.section-empty').map((f) => f.params?.section)).toEqual([
        ...sectionIds,
      ]);
    });
  });

  describe('policy.no-incident-contact', () => {
    it('passes with a contact written in the cybersecurity checklist', () => {
      expect(ruleIds(buildPlan())).not.toContain('policy.no-incident-contact');
    });

    it.each([
      ['missing', undefined],
      ['blank', '   '],
      ['a tick instead of a text', true],
    ])('warns when the contact is %s', (_what, value) => {
      const plan = buildPlan();
      const checklist = { ...plan.sections.cybersecurity.checklist };
      if (value === undefined) delete checklist.incidentContact;
      else checklist.incidentContact = value;
      const [found] = only(withSection(plan, 'cybersecurity', { checklist }), 'policy.no-incident-contact');
      expect(found).toMatchObject({
        severity: 'warning',
        field: 'sections.cybersecurity.checklist.incidentContact',
        source: { id: 'digiplan.C4.cyber' },
      });
      expect(found!.params).toBeUndefined();
    });
  });

  describe('policy.no-goals', () => {
    it('passes with at least one goal', () => {
      expect(ruleIds(buildPlan({ goals: buildPlan().goals.slice(0, 1) }))).toEqual([]);
    });

    it('blocks a plan without goals', () => {
      const found = only(buildPlan({ goals: [] }), 'policy.no-goals');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'blocking', field: 'goals', source: { id: 'digiplan.D' } });
    });
  });

  describe('policy.goal-not-measurable', () => {
    it('passes for goals with an indicator and a target', () => {
      expect(ruleIds(buildPlan())).not.toContain('policy.goal-not-measurable');
    });

    it('warns for a goal without an indicator and for one without targets, naming each goal', () => {
      const goals = buildPlan().goals;
      goals[0] = { ...goals[0]!, indicator: '  ' };
      goals[2] = { ...goals[2]!, targets: {} };
      const found = only(buildPlan({ goals }), 'policy.goal-not-measurable');
      expect(found.map((f) => [f.severity, f.field, f.params, f.source.id])).toEqual([
        ['warning', `goals.${goals[0].id}.indicator`, { title: goals[0].title }, 'digiplan.D'],
        ['warning', `goals.${goals[2].id}.indicator`, { title: goals[2].title }, 'digiplan.D'],
      ]);
      expect(messageOf(found[0]!)).toContain(goals[0].title);
    });
  });

  describe('policy.evaluation-missing', () => {
    it('passes when every finished school year has its evaluation', () => {
      expect(ruleIds(buildPlan())).not.toContain('policy.evaluation-missing');
    });

    it('warns for each finished school year without an evaluation, from 1 September on', () => {
      const plan = buildPlan({ evaluations: {} });
      expect(ruleIds(plan, '2026-08-31')).toEqual([]);
      const [found] = only(plan, 'policy.evaluation-missing', '2026-09-01');
      expect(found).toMatchObject({
        severity: 'warning',
        field: 'evaluations.2025-2026',
        params: { year: '2025-2026' },
        source: { id: 'digiplan.D' },
      });
      expect(messageOf(found!)).toBe('De evaluatie van schooljaar 2025-2026 is nog niet vastgelegd.');
      expect(policyFindings(buildPlan(), '2028-09-01T08:00:00.000Z').map((f) => f.field)).toEqual([
        'evaluations.2026-2027',
        'evaluations.2027-2028',
      ]);
    });
  });

  describe('policy.no-self-assessment', () => {
    it('passes once any year holds an answer', () => {
      const plan = buildPlan({
        assessment: { mode: 'team', years: { '2024-2025': { 'vision.1': [0, 0, 1, 2, 0] } } },
      });
      expect(ruleIds(plan)).toEqual([]);
    });

    it('gives a tip when no year holds an answer, also when a year is present but empty', () => {
      const [found] = only(buildPlan({ assessment: { mode: 'coordinator', years: { '2026-2027': {} } } }), 'policy.no-self-assessment');
      expect(found).toMatchObject({ severity: 'tip', field: 'assessment', source: { id: 'digiplan.D' } });
      expect(found!.params).toBeUndefined();
    });
  });

  describe('policy.low-score-without-goal', () => {
    const lowWorkload = () => {
      const plan = buildPlan();
      const latest = { ...plan.assessment.years['2026-2027'] };
      for (const statement of ['workload.1', 'workload.2', 'workload.3']) latest[statement] = [1, 0, 0, 0, 0];
      return { ...plan, assessment: { ...plan.assessment, years: { ...plan.assessment.years, '2026-2027': latest } } };
    };

    it('passes when the low area has a goal in its section', () => {
      const plan = lowWorkload();
      plan.goals = [...plan.goals, { ...plan.goals[0]!, id: 'goal-workload', sectionId: 'workload' }];
      expect(ruleIds(plan)).toEqual([]);
    });

    it('gives a tip for a low-scoring area of the latest assessed year without a goal', () => {
      const [found] = only(lowWorkload(), 'policy.low-score-without-goal');
      expect(found).toMatchObject({
        severity: 'tip',
        field: 'assessment.workload',
        params: { area: 'workload', year: '2026-2027' },
        source: { id: 'digiplan.D' },
      });
      expect(messageOf(found!)).toBe('„Planlastverlaging” scoort laag in de zelfevaluatie van 2026-2027, maar heeft geen doel.');
      expect(messageOf(found!, 'en')).not.toContain('sections.');
    });

    it('judges only the latest assessed year, not older ones', () => {
      const plan = buildPlan();
      const oldest = { ...plan.assessment.years['2024-2025'] };
      for (const statement of ['workload.1', 'workload.2', 'workload.3']) oldest[statement] = [1, 0, 0, 0, 0];
      plan.assessment = { ...plan.assessment, years: { ...plan.assessment.years, '2024-2025': oldest } };
      expect(ruleIds(plan)).toEqual([]);
    });

    it('does not call an area low at exactly the threshold of 2,5', () => {
      const plan = lowWorkload();
      const latest = plan.assessment.years['2026-2027'];
      latest['workload.1'] = [0, 1, 1, 0, 0];
      latest['workload.2'] = [0, 1, 1, 0, 0];
      latest['workload.3'] = [0, 1, 1, 0, 0];
      expect(ruleIds(plan)).toEqual([]);
    });
  });
});
