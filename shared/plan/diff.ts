// Comparing two states of a plan (two versions, or a version and the draft). Each plan is
// flattened into `path → value`, formatted text into its words and items keyed by their
// id, so the diff is exact: a plan compared with itself gives nothing, and an edit shows
// up as exactly the paths it touched.
import { plainText } from '../richtext/schema.ts';
import type { PlanContent } from './schema.ts';

export type DiffValue = string | number | boolean | null;

export const diffAreas = [
  'profile',
  'sections',
  'assessment',
  'goals',
  'evaluations',
  'training',
  'activities',
  'devices',
  'tcos',
  'procurements',
  'loan',
  'fees',
  'decisions',
  'funding',
] as const;
export type DiffArea = (typeof diffAreas)[number];

export interface DiffEntry {
  path: string;
  area: DiffArea;
  kind: 'added' | 'removed' | 'changed';
  before: DiffValue;
  after: DiffValue;
}

export type Flat = Map<string, DiffValue>;

/** Writes every primitive leaf of `value` into `out` under its dotted path. */
export function flattenValue(out: Flat, prefix: string, value: unknown): void {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.set(prefix, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flattenValue(out, `${prefix}.${index}`, item));
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (child !== undefined) flattenValue(out, `${prefix}.${key}`, child);
    }
  }
}

/** Like flattenValue, with lists of plain values read as one value (`s3, s4`): order is noise. */
function flattenFlatLists(out: Flat, prefix: string, value: Record<string, unknown>): void {
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (Array.isArray(child) && child.every((item) => typeof item !== 'object' || item === null)) out.set(`${prefix}.${key}`, child.join(', '));
    else flattenValue(out, `${prefix}.${key}`, child);
  }
}

/** Items of a list under their own key, so a reordering is no difference. */
function flattenKeyed<T>(out: Flat, prefix: string, items: readonly T[], keyOf: (item: T) => string, fields: (item: T) => Record<string, unknown>): void {
  for (const item of items) flattenFlatLists(out, `${prefix}.${keyOf(item)}`, fields(item));
}

/** Counts of answers per score (or staff per level) read as one value, e.g. `0/2/5/3/1`. */
const joinCounts = (counts: readonly number[]) => counts.join('/');

export function flattenPlan(content: PlanContent): Flat {
  const out: Flat = new Map();
  flattenValue(out, 'profile', content.profile);
  for (const [id, section] of Object.entries(content.sections)) {
    out.set(`sections.${id}.text`, plainText(section.text));
    flattenValue(out, `sections.${id}.checklist`, section.checklist);
  }
  out.set('assessment.mode', content.assessment.mode);
  for (const [year, answers] of Object.entries(content.assessment.years)) {
    for (const [statement, counts] of Object.entries(answers ?? {})) out.set(`assessment.${year}.${statement}`, joinCounts(counts));
  }
  for (const goal of content.goals) {
    const { id, actions, ...fields } = goal;
    flattenValue(out, `goals.${id}`, fields);
    for (const { id: actionId, ...action } of actions) flattenValue(out, `goals.${id}.actions.${actionId}`, action);
  }
  flattenValue(out, 'evaluations', content.evaluations);
  for (const [year, areas] of Object.entries(content.training.digcomp)) {
    for (const [area, counts] of Object.entries(areas ?? {})) out.set(`training.digcomp.${year}.${area}`, joinCounts(counts));
  }
  flattenValue(out, 'training.teachersReached', content.training.teachersReached);
  out.set('training.participationThresholdPercent', content.training.participationThresholdPercent);
  for (const { id, areas, ...fields } of content.activities) {
    flattenValue(out, `activities.${id}`, fields);
    out.set(`activities.${id}.areas`, areas.join(', '));
  }

  const { measures, ...settings } = content.devices;
  flattenFlatLists(out, 'devices', settings);
  flattenKeyed(out, 'devices.measures', measures, (m) => m.id, ({ id: _id, ...m }) => m);
  for (const { id, options, ...tco } of content.tcos) {
    flattenFlatLists(out, `tcos.${id}`, tco);
    flattenKeyed(out, `tcos.${id}.options`, options, (o) => o.id, ({ id: _id, ...o }) => o);
  }
  for (const { id, quotes, items, documents, ...procurement } of content.procurements) {
    flattenFlatLists(out, `procurements.${id}`, procurement);
    flattenKeyed(out, `procurements.${id}.quotes`, quotes, (q) => q.id, ({ id: _id, ...q }) => q);
    flattenKeyed(out, `procurements.${id}.items`, items, (i) => i.id, ({ id: _id, ...i }) => i);
    flattenKeyed(out, `procurements.${id}.documents`, documents, (d) => d.id, ({ fileName, sha256 }) => ({ fileName, sha256 }));
  }
  flattenFlatLists(out, 'loan', content.loan);
  const { lines, damageCharges, payment, costBasis, corrections, exampleFamilies, maximumInvoices, ...fees } = content.fees;
  flattenFlatLists(out, 'fees', fees);
  flattenKeyed(out, 'fees.lines', lines, (l) => l.id, ({ id: _id, ...l }) => l);
  flattenKeyed(out, 'fees.damageCharges', damageCharges, (d) => d.id, ({ id: _id, ...d }) => d);
  flattenKeyed(out, 'fees.payment.moments', payment.moments, (m) => m.id, ({ id: _id, ...m }) => m);
  flattenFlatLists(out, 'fees.payment', { spreadPaymentOffered: payment.spreadPaymentOffered, contact: payment.contact, method: payment.method });
  flattenKeyed(out, 'fees.costBasis', costBasis, (b) => b.deviceClass, ({ deviceClass: _c, ...b }) => b);
  flattenKeyed(out, 'fees.corrections', corrections, (c) => c.id, ({ id: _id, ...c }) => c);
  flattenKeyed(out, 'fees.exampleFamilies', exampleFamilies, (f) => f.id, ({ label, children }) => ({
    label,
    children: children.map((child) => [child.grade, ...child.groups].join(' ')).join(', '),
  }));
  flattenKeyed(out, 'fees.maximumInvoices', maximumInvoices, (m) => m.schoolYear, ({ schoolYear: _y, ...m }) => m);
  flattenKeyed(out, 'decisions', content.decisions, (d) => d.id, ({ id: _id, snapshot: _snapshot, ...d }) => d);
  for (const [theme, parameter] of Object.entries(content.funding.parameters)) flattenFlatLists(out, `funding.parameters.${theme}`, parameter);
  flattenKeyed(out, 'funding.spending', content.funding.spending, (l) => l.id, ({ id: _id, link, ...l }) => ({ ...l, link: link ? `${link.kind}:${link.id}` : null }));
  return out;
}

export function diffPlans(before: PlanContent, after: PlanContent): DiffEntry[] {
  const a = flattenPlan(before);
  const b = flattenPlan(after);
  const entries: DiffEntry[] = [];
  const seen = new Set<string>();
  for (const path of [...a.keys(), ...b.keys()]) {
    if (seen.has(path)) continue;
    seen.add(path);
    const inA = a.has(path);
    const inB = b.has(path);
    const old = inA ? a.get(path)! : null;
    const next = inB ? b.get(path)! : null;
    if (inA && inB && Object.is(old, next)) continue;
    entries.push({
      path,
      area: path.split('.')[0] as DiffArea,
      kind: !inA ? 'added' : !inB ? 'removed' : 'changed',
      before: old,
      after: next,
    });
  }
  return entries.sort((x, y) => diffAreas.indexOf(x.area) - diffAreas.indexOf(y.area));
}
