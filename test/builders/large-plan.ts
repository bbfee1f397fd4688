// A large, realistic plan for benchmarks and scale tests: every section written out,
// 200 goals with actions and evaluations, 500 training activities, and self-assessments
// and DigCompEdu profiles for every year. Deterministic: the same seed gives the same plan.
// `varyPlan` makes a second version with a known set of differences.
import { exampleContent } from '../../shared/example/voorbeeldschool.ts';
import { schoolYears } from '../../shared/plan/term.ts';
import type { PlanContent } from '../../shared/plan/schema.ts';
import { assessmentYears, statementIds, type ScoreCounts } from '../../shared/policy/assessment.ts';
import { actionPeriods, goalStatuses, indicatorUnits, ownerRoles, type Goal } from '../../shared/policy/goals.ts';
import { sectionIds, type Sections } from '../../shared/policy/sections.ts';
import { plainText, richTextFrom } from '../../shared/richtext/schema.ts';
import { digCompAreas, trainingThemes, type Activity, type LevelCounts } from '../../shared/training/schema.ts';
import { completeProfile } from './profile.ts';

/** A small seeded generator (mulberry32): enough for varied, repeatable data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: () => number, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

const topics = [
  'digitale toetsing',
  'het leerplatform',
  'de uitleendienst',
  'meervoudige authenticatie',
  'het protocol cyberpesten',
  'differentiatie met oefensoftware',
  'de back-ups van de schoolserver',
  'afspraken over AI bij taken',
  'het recht op deconnectie',
  'de levensduur van laptops',
  'leesondersteunende software',
  'de klassenraad met leerlingengegevens',
];

/** Sentences in the register of the example plan, varied by topic. */
function sentence(rnd: () => number): string {
  const topic = pick(rnd, topics);
  return pick(rnd, [
    `De vakgroepen bespreken twee keer per jaar hoe ${topic} de leerwinst vergroot en wat beter kan.`,
    `Voor ${topic} maakt de ICT-werkgroep afspraken die in het personeelsplatform staan en bij de start van het schooljaar overlopen worden.`,
    `We meten elk schooljaar of ${topic} werkt zoals bedoeld, met cijfers uit de inventaris en een korte bevraging van leerlingen en personeel.`,
    `Nieuwe collega's krijgen in hun eerste week een korte uitleg over ${topic}, zodat niemand verloren loopt.`,
    `Ouders lezen op de website wat de school rond ${topic} doet en bij wie ze met vragen terechtkunnen.`,
    `De directie volgt ${topic} op in het beleidsoverleg en stuurt bij waar de evaluatie dat vraagt.`,
  ]);
}

function sectionText(rnd: () => number, index: number): string {
  const lines: string[] = [`## Waar we staan (${index + 1})`];
  for (let p = 0; p < 4; p++) {
    lines.push(Array.from({ length: int(rnd, 3, 5) }, () => sentence(rnd)).join(' '));
    for (let b = 0; b < int(rnd, 2, 4); b++) lines.push(`- ${sentence(rnd)}`);
    lines.push('');
  }
  lines.push('## Volgende stappen', Array.from({ length: 3 }, () => sentence(rnd)).join(' '));
  return lines.join('\n');
}

function counts5(rnd: () => number): ScoreCounts {
  return [int(rnd, 0, 4), int(rnd, 1, 12), int(rnd, 4, 20), int(rnd, 2, 18), int(rnd, 0, 8)];
}

function counts6(rnd: () => number): LevelCounts {
  return [int(rnd, 2, 15), int(rnd, 8, 25), int(rnd, 15, 32), int(rnd, 8, 25), int(rnd, 2, 10), int(rnd, 0, 3)];
}

function goal(rnd: () => number, index: number): Goal {
  const topic = pick(rnd, topics);
  const baseline = int(rnd, 10, 60);
  return {
    id: `large-goal-${index}`,
    sectionId: sectionIds[index % sectionIds.length]!,
    title: `Doel ${index + 1}: ${topic} werkt voor iedereen`,
    indicator: `Aandeel leraren en leerlingen dat ${topic} zonder hulp gebruikt (bevraging)`,
    unit: pick(rnd, indicatorUnits),
    baseline,
    targets: { '2025-2026': baseline + 10, '2026-2027': baseline + 20, '2027-2028': baseline + 30 },
    owner: pick(rnd, ownerRoles),
    actions: Array.from({ length: int(rnd, 2, 5) }, (_, a) => ({
      id: `a${a + 1}`,
      description: `Actie ${a + 1} rond ${topic}: ${pick(rnd, ['werkgroep', 'vorming', 'aankoop', 'handleiding', 'bevraging'])}`,
      year: pick(rnd, schoolYears),
      period: pick(rnd, actionPeriods),
      costCents: int(rnd, 0, 40) * 2_500,
    })),
    evaluations: {
      '2025-2026': {
        measured: baseline + int(rnd, 0, 15),
        status: pick(rnd, goalStatuses),
        note: rnd() < 0.5 ? '' : `Opgevolgd in de ICT-werkgroep: ${sentence(rnd)}`,
      },
      '2026-2027': { measured: null, status: 'on-track', note: '' },
    },
  };
}

function activity(rnd: () => number, index: number): Activity {
  const start = new Date(Date.UTC(2025, 8, 1) + int(rnd, 0, 1000) * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(Date.parse(start) + int(rnd, 0, 60) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `large-activity-${index}`,
    title: `Vorming ${index + 1}: ${pick(rnd, topics)}`,
    provider: pick(rnd, ['Pedagogische begeleidingsdienst', 'Hogeschool Gent', 'Kenniscentrum Digisprong', 'Interne werkgroep']),
    keurmerk: rnd() < 0.3,
    theme: pick(rnd, trainingThemes),
    areas: digCompAreas.filter(() => rnd() < 0.3),
    minutes: int(rnd, 1, 16) * 30,
    participants: int(rnd, 4, 90),
    startDate: start,
    endDate: end,
    costCents: int(rnd, 0, 80) * 2_500,
    status: start < '2026-11-01' ? 'done' : 'planned',
  };
}

export interface LargePlanOptions {
  goals?: number;
  activities?: number;
  seed?: number;
}

export function largePlanContent({ goals = 200, activities = 500, seed = 2026 }: LargePlanOptions = {}): PlanContent {
  const rnd = random(seed);
  const base = exampleContent();
  const sections = Object.fromEntries(
    sectionIds.map((id, index) => [id, { text: richTextFrom(sectionText(rnd, index)), checklist: base.sections[id].checklist }]),
  ) as Sections;
  return {
    profile: completeProfile(),
    sections,
    assessment: {
      mode: 'team',
      years: Object.fromEntries(assessmentYears.map((year) => [year, Object.fromEntries(statementIds.map((s) => [s, counts5(rnd)]))])),
    },
    goals: Array.from({ length: goals }, (_, i) => goal(rnd, i)),
    evaluations: {
      '2025-2026': { recordedAt: '2026-06-24T14:00:00.000Z', reflection: Array.from({ length: 6 }, () => sentence(rnd)).join(' ') },
    },
    training: {
      digcomp: Object.fromEntries(assessmentYears.map((year) => [year, Object.fromEntries(digCompAreas.map((a) => [a, counts6(rnd)]))])),
      teachersReached: { '2025-2026': 48, '2026-2027': 52 },
      participationThresholdPercent: 60,
    },
    activities: Array.from({ length: activities }, (_, i) => activity(rnd, i)),
    devices: base.devices,
    tcos: base.tcos,
    procurements: base.procurements,
    loan: base.loan,
    fees: base.fees,
    decisions: base.decisions,
    funding: base.funding,
  };
}

/**
 * A later version of `content`: `changes` edits spread over goals, activities, the
 * self-assessment and the sections, each touching exactly one diff path (returned).
 */
export function varyPlan(content: PlanContent, changes: number, seed = 7): { content: PlanContent; paths: Set<string> } {
  const rnd = random(seed);
  const next = structuredClone(content);
  const paths = new Set<string>();
  let guard = 0;
  while (paths.size < changes && guard++ < changes * 20) {
    const kind = int(rnd, 0, 5);
    if (kind === 0) {
      const g = pick(rnd, next.goals);
      if (paths.has(`goals.${g.id}.title`)) continue;
      g.title = `${g.title} (bijgewerkt)`;
      paths.add(`goals.${g.id}.title`);
    } else if (kind === 1) {
      const g = pick(rnd, next.goals);
      const action = pick(rnd, g.actions);
      const path = `goals.${g.id}.actions.${action.id}.costCents`;
      if (paths.has(path)) continue;
      action.costCents += 10_000;
      paths.add(path);
    } else if (kind === 2) {
      const a = pick(rnd, next.activities);
      const path = `activities.${a.id}.participants`;
      if (paths.has(path)) continue;
      a.participants += 1;
      paths.add(path);
    } else if (kind === 3) {
      const year = pick(rnd, assessmentYears);
      const statement = pick(rnd, statementIds);
      const path = `assessment.${year}.${statement}`;
      if (paths.has(path)) continue;
      const counts = next.assessment.years[year]![statement]!;
      counts[2] += 1;
      paths.add(path);
    } else if (kind === 4) {
      const g = pick(rnd, next.goals);
      const path = `goals.${g.id}.evaluations.2026-2027.measured`;
      if (paths.has(path)) continue;
      g.evaluations['2026-2027']!.measured = int(rnd, 0, 100);
      paths.add(path);
    } else {
      const id = pick(rnd, sectionIds);
      const path = `sections.${id}.text`;
      if (paths.has(path)) continue;
      next.sections[id].text = richTextFrom(`${plainText(next.sections[id].text)}\nAangevuld na de evaluatie.`);
      paths.add(path);
    }
  }
  return { content: next, paths };
}
