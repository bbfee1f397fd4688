// Turns a diff entry of two plan states into words a coordinator reads: which part of the
// plan (a section's checklist item, a goal's target, a statement of the self-assessment)
// and its values as the screens show them (ja/nee, € amounts, means from answer counts).
// Names of goals and activities come from whichever side still holds them. Pure, so the
// version screen, and later the CLI and documents, can all use it.
import type { TFunction } from 'i18next';
import type { DiffArea, DiffEntry, DiffValue } from './diff.ts';
import type { PlanContent } from './schema.ts';
import { formatDate, formatTimestamp } from '../format.ts';
import { formatMoney } from '../money.ts';
import { statementMean, type ScoreCounts } from '../policy/assessment.ts';
import { areaLevel, digCompLevels, type LevelCounts } from '../training/schema.ts';

export interface DiffSides {
  before?: PlanContent | undefined;
  after?: PlanContent | undefined;
}

/** The goal or activity a row belongs to, shown once above its rows. */
export interface DiffItem {
  key: string;
  label: string;
}

export interface DiffRow {
  entry: DiffEntry;
  /** The full label, readable on its own. */
  label: string;
  /** The label under its item's heading (the field only), and the item. */
  field: string;
  item?: DiffItem | undefined;
  before: string;
  after: string;
  /** Free text long enough to be worth wrapping in its own block. */
  long: boolean;
}

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function goalTitle(sides: DiffSides, id: string): string {
  return sides.after?.goals.find((g) => g.id === id)?.title ?? sides.before?.goals.find((g) => g.id === id)?.title ?? id;
}

function actionDescription(sides: DiffSides, goalId: string, actionId: string): string {
  for (const side of [sides.after, sides.before]) {
    const action = side?.goals.find((g) => g.id === goalId)?.actions.find((a) => a.id === actionId);
    if (action) return action.description;
  }
  return actionId;
}

function activityTitle(sides: DiffSides, id: string): string {
  return sides.after?.activities.find((a) => a.id === id)?.title ?? sides.before?.activities.find((a) => a.id === id)?.title ?? id;
}

const goalFieldKeys: Record<string, string> = {
  title: 'versions.fields.title',
  indicator: 'versions.fields.indicator',
  unit: 'versions.fields.unit',
  baseline: 'versions.fields.baseline',
  owner: 'versions.fields.owner',
  sectionId: 'versions.fields.section',
};

const actionFieldKeys: Record<string, string> = {
  description: 'versions.fields.actionDescription',
  year: 'versions.fields.schoolYear',
  period: 'versions.fields.period',
  costCents: 'versions.fields.cost',
};

const activityFieldKeys: Record<string, string> = {
  title: 'versions.fields.title',
  provider: 'versions.fields.provider',
  keurmerk: 'versions.fields.keurmerk',
  theme: 'versions.fields.theme',
  areas: 'versions.fields.areas',
  minutes: 'versions.fields.hours',
  participants: 'versions.fields.participants',
  startDate: 'versions.fields.startDate',
  endDate: 'versions.fields.endDate',
  costCents: 'versions.fields.cost',
  status: 'versions.fields.status',
};

const profileFieldKeys: Record<string, string> = {
  schoolName: 'profile.schoolName',
  institutionNumber: 'profile.institutionNumber',
  'staff.teaching': 'profile.staffTeaching',
  'staff.other': 'profile.staffOther',
  'group.kind': 'profile.groupKind',
  'group.name': 'profile.groupName',
};

const profileGroups: Record<string, { group: string; fields: Record<string, string> }> = {
  address: {
    group: 'profile.address',
    fields: { street: 'profile.street', postalCode: 'profile.postalCode', municipality: 'profile.municipality' },
  },
  contact: {
    group: 'profile.contact',
    fields: { name: 'profile.contactName', role: 'profile.contactRole', email: 'profile.contactEmail', phone: 'profile.contactPhone' },
  },
};

/** The name of a list item in the newer areas, from whichever side still holds it. */
function nameIn<T>(sides: DiffSides, pick: (content: PlanContent) => readonly T[] | undefined, match: (item: T) => boolean, name: (item: T) => string): string | undefined {
  for (const side of [sides.after, sides.before]) {
    const found = side ? pick(side)?.find(match) : undefined;
    if (found) return name(found);
  }
  return undefined;
}

/** `group: field` for the devices, procurement, loan-service, fee and council areas. */
function keyedLabel(parts: string[], t: TFunction, sides: DiffSides, inItem: boolean | 'action'): string | null {
  const field = (key: string) => t(`versions.labels.${key}`);
  const group = (kind: string, params: Record<string, string>) => t(`versions.itemGroups.${kind}`, params);
  const join = (groupText: string, fieldText: string) => (inItem ? fieldText : t('versions.paths.inGroup', { group: groupText, field: fieldText }));
  const [area, second = '', third = '', fourth = '', fifth = ''] = parts;
  const rest = parts.slice(2).join('.');
  switch (area) {
    case 'devices': {
      if (second === 'defaultLifetimes') return join(group('devices', {}), `${field('defaultLifetimes')}, ${t(`devices.types.${third}`)}`);
      if (second === 'availableFundingCents') return join(group('devices', {}), `${field('availableFundingCents')} ${third}`);
      if (second === 'measures') {
        const name = nameIn(sides, (c) => c.devices.measures, (m) => m.id === third, (m) => m.description || t(`devices.measureKinds.${m.kind}`)) ?? third;
        return join(group('measure', { name }), field(fourth));
      }
      return join(group('devices', {}), field(second));
    }
    case 'tcos': {
      const tco = nameIn(sides, (c) => c.tcos, (x) => x.id === second, (x) => x.title) ?? second;
      if (third === 'options') {
        const name = nameIn(sides, (c) => c.tcos.find((x) => x.id === second)?.options, (o) => o.id === fourth, (o) => o.label || t(`devices.tcoKinds.${o.kind}`)) ?? fourth;
        return join(group('option', { tco, name }), field(fifth));
      }
      return join(group('tco', { name: tco }), field(third));
    }
    case 'procurements': {
      const procurement = nameIn(sides, (c) => c.procurements, (x) => x.id === second, (x) => x.title) ?? second;
      const inFile = (kind: string, list: (p: PlanContent['procurements'][number]) => readonly { id: string }[], name: (item: never) => string) => {
        const item = nameIn(sides, (c) => c.procurements.find((x) => x.id === second) ? list(c.procurements.find((x) => x.id === second)!) : undefined, (i) => i.id === fourth, name as (i: { id: string }) => string) ?? fourth;
        return join(group(kind, { procurement, name: item }), field(fifth));
      };
      if (third === 'quotes') return inFile('quote', (p) => p.quotes, (q: { supplier: string }) => q.supplier);
      if (third === 'items') return inFile('item', (p) => p.items, (i: { description: string }) => i.description);
      if (third === 'documents') return inFile('document', (p) => p.documents, (d: { fileName: string }) => d.fileName);
      return join(group('procurement', { name: procurement }), field(third));
    }
    case 'loan':
      if (second === 'users') return join(group('loan', {}), `${field('users')} ${t(`grades.${third}`)}`);
      return join(group('loan', {}), field(second));
    case 'fees': {
      const named = <T extends { id?: string }>(kind: string, pick: (c: PlanContent) => readonly T[], key: (item: T) => string, name: (item: T) => string) => {
        const id = third;
        const label = nameIn(sides, pick, (item) => key(item) === id, name) ?? id;
        return join(group(kind, { name: label }), field(parts.slice(3).join('.')));
      };
      switch (second) {
        case 'lines':
          return named('line', (c) => c.fees.lines, (l) => l.id, (l) => l.label);
        case 'damageCharges':
          return named('damage', (c) => c.fees.damageCharges, (d) => d.id, (d) => d.description);
        case 'corrections':
          return named('correction', (c) => c.fees.corrections, (r) => r.id, (r) => r.label || r.kind);
        case 'exampleFamilies':
          return named('family', (c) => c.fees.exampleFamilies, (f) => f.id, (f) => f.label);
        case 'costBasis':
          return join(group('costBasis', { name: t(`devices.types.${third}`) }), field(fourth));
        case 'maximumInvoices':
          return join(group('maximumInvoice', { name: third }), field(fourth));
        case 'payment':
          if (third === 'moments') {
            const name = nameIn(sides, (c) => c.fees.payment.moments, (m) => m.id === fourth, (m) => m.label) ?? fourth;
            return join(group('moment', { name }), field(fifth));
          }
          return join(group('payment', {}), field(third));
        default:
          return join(group('fees', {}), field(second));
      }
    }
    case 'funding': {
      if (second === 'parameters') return join(group('fundingTheme', { name: third }), field(fourth));
      const name = nameIn(sides, (c) => c.funding?.spending, (l) => l.id === third, (l) => l.description) ?? third;
      return join(group('spending', { name }), field(fourth));
    }
    case 'decisions': {
      const name = nameIn(sides, (c) => c.decisions, (d) => d.id === second, (d) => d.schoolYear) ?? second;
      return join(group('decision', { name }), field(rest));
    }
    default:
      return null;
  }
}

/**
 * What a diff path is about, in words. Unknown paths come back as they are. `inItem`
 * leaves out what the group around the row already says (the goal, the activity, the year).
 */
export function labelOfPath(path: string, t: TFunction, sides: DiffSides = {}, inItem: boolean | 'action' = false): string {
  const parts = path.split('.');
  const [area, second = '', third = '', ...rest] = parts;
  switch (area) {
    case 'profile': {
      const field = parts.slice(1).join('.');
      if (profileFieldKeys[field]) return t(profileFieldKeys[field]);
      if (second === 'pupils') return t('versions.paths.inGroup', { group: t('profile.pupils'), field: t(`grades.${third}`) });
      if (second === 'levels') return t('profile.levels');
      if (second === 'digitallyIntensiveProgrammes') {
        const field = rest[0] === 'pupils' ? t('versions.fields.programmePupils') : t('versions.fields.programmeName');
        return t('versions.paths.programme', { number: Number(third) + 1, field });
      }
      const group = profileGroups[second];
      if (group?.fields[third]) return t('versions.paths.inGroup', { group: t(group.group), field: t(group.fields[third]) });
      return path;
    }
    case 'sections': {
      const section = t(`sections.${second}.title`);
      if (third === 'text') return t('versions.paths.sectionText', { section });
      if (third === 'checklist' && rest.length === 1) {
        return t('versions.paths.inGroup', { group: section, field: t(`sections.${second}.items.${rest[0]}`) });
      }
      return path;
    }
    case 'assessment': {
      if (second === 'mode') return t('assessment.mode');
      // assessment.<year>.<area>.<number>: the statement id itself holds a dot.
      if (rest.length === 1) {
        const statement = t(`assessment.statements.${third}.${rest[0]}`);
        return inItem ? statement : t('versions.paths.statement', { statement, year: second });
      }
      return path;
    }
    case 'goals': {
      const goal = goalTitle(sides, second);
      const inGoal = (field: string) => (inItem ? field : t('versions.paths.inGroup', { group: goal, field }));
      if (goalFieldKeys[third] && rest.length === 0) return inGoal(t(goalFieldKeys[third]));
      if (third === 'targets' && rest.length === 1) return inGoal(t('versions.fields.target', { year: rest[0] }));
      if (third === 'evaluations' && rest.length === 2) {
        const [year, field] = rest as [string, string];
        const key = { measured: 'versions.fields.measured', status: 'versions.fields.goalStatus', note: 'versions.fields.note' }[field];
        if (key) return inGoal(t(key, { year }));
      }
      if (third === 'actions' && rest.length === 2) {
        const [actionId, field] = rest as [string, string];
        const key = actionFieldKeys[field];
        if (!key) return path;
        const action = actionDescription(sides, second, actionId);
        if (inItem === 'action') return t(key);
        return inItem ? t('versions.paths.actionField', { action, field: t(key) }) : t('versions.paths.action', { goal, action, field: t(key) });
      }
      return path;
    }
    case 'evaluations': {
      if (third === 'recordedAt') return t('versions.paths.evaluation', { year: second, field: t('versions.fields.recordedAt') });
      if (third === 'reflection') return t('versions.paths.evaluation', { year: second, field: t('versions.fields.reflection') });
      return path;
    }
    case 'training': {
      if (second === 'digcomp' && rest.length === 1) {
        const areaName = t(`training.areas.${rest[0]}`);
        return inItem ? areaName : t('versions.paths.digcomp', { year: third, area: areaName });
      }
      if (second === 'teachersReached' && third) return t('training.teachersReached', { year: third });
      if (second === 'participationThresholdPercent') return t('training.threshold');
      return path;
    }
    case 'activities': {
      const key = activityFieldKeys[third];
      if (key && rest.length === 0) {
        return inItem ? t(key) : t('versions.paths.inGroup', { group: activityTitle(sides, second), field: t(key) });
      }
      return path;
    }
    default:
      return keyedLabel(parts, t, sides, inItem) ?? path;
  }
}

function countsOf(value: string, length: number): number[] | null {
  const counts = value.split('/').map(Number);
  return counts.length === length && counts.every((n) => Number.isInteger(n) && n >= 0) ? counts : null;
}

/** A value as the screens show it; `—` where a side has nothing. */
export function formatDiffValue(path: string, value: DiffValue, t: TFunction): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return t(value ? 'versions.values.yes' : 'versions.values.no');
  const parts = path.split('.');
  const [area, second = '', third = ''] = parts;
  const last = parts.at(-1) ?? '';

  if (area === 'assessment' && second !== 'mode' && typeof value === 'string') {
    const counts = countsOf(value, 5);
    if (counts) {
      const mean = statementMean(counts as ScoreCounts);
      const answers = counts.reduce((a, b) => a + b, 0);
      return mean === null ? t('assessment.notScored') : t('versions.values.scoreMean', { mean: oneDecimal.format(mean), count: answers });
    }
  }
  if (area === 'training' && second === 'digcomp' && typeof value === 'string') {
    const counts = countsOf(value, 6);
    if (counts) {
      const mean = areaLevel(counts as LevelCounts);
      const staff = counts.reduce((a, b) => a + b, 0);
      if (mean === null) return t('versions.values.noStaff');
      const level = digCompLevels[Math.min(5, Math.max(0, Math.round(mean) - 1))]!;
      return t('versions.values.levelMean', { mean: oneDecimal.format(mean), level, count: staff });
    }
  }

  if (typeof value === 'number') {
    if (last === 'centsPerUnit') return formatMoney(value);
    if (last.endsWith('Cents') || last.endsWith('CentsPerMonth') || last.endsWith('CentsPerYear') || last.endsWith('CentsPerDevice')) return formatMoney(value);
    if (last.endsWith('BasisPoints')) return t('versions.values.percent', { value: decimal.format(value / 100) });
    if (area === 'activities' && last === 'minutes') return t('versions.values.hours', { hours: decimal.format(value / 60) });
    if (area === 'training' && second === 'participationThresholdPercent') return t('versions.values.percent', { value: decimal.format(value) });
    return decimal.format(value);
  }

  // Coded values read through the catalogs.
  if (area === 'assessment' && second === 'mode') return t(`assessment.modes.${value}`);
  if (area === 'profile' && second === 'levels') return t(`levels.${value}`);
  if (area === 'profile' && second === 'group' && third === 'kind') return t(`groupKinds.${value}`);
  if (area === 'goals') {
    if (last === 'unit') return t(`goals.units.${value}`);
    if (last === 'owner') return t(`goals.owners.${value}`);
    if (last === 'sectionId') return t(`sections.${value}.title`);
    if (last === 'period' && parts[2] === 'actions') return t(`goals.periods.${value}`);
    if (last === 'status' && parts[2] === 'evaluations') return t(`goals.statuses.${value}`);
  }
  if (area === 'evaluations' && last === 'recordedAt') return formatTimestamp(value);
  if (area === 'activities') {
    if (last === 'theme') return t(`training.themes.${value}`);
    if (last === 'status') return t(`training.activityStatus.${value}`);
    if (last === 'startDate' || last === 'endDate') return formatDate(value);
    if (last === 'areas') return value === '' ? '—' : value.split(', ').map((a) => t(`training.areas.${a}`)).join(', ');
  }
  if (area === 'sections' && third === 'text') return readableText(value);
  const coded = codedValue(area ?? '', last, value, t);
  if (coded !== null) return coded;
  return value === '' ? '—' : value;
}

/** Coded values of the devices, procurement, loan-service, fee and council areas. */
function codedValue(area: string, last: string, value: string, t: TFunction): string | null {
  if (!['devices', 'tcos', 'procurements', 'loan', 'fees', 'decisions', 'funding'].includes(area)) return null;
  const list = (prefix: string) => (value === '' ? '—' : value.split(', ').map((item) => t(`${prefix}.${item}`)).join(', '));
  switch (last) {
    case 'procedure':
      return t(`devices.procedures.${value}`);
    case 'funding':
      return t(`devices.funding.${value}`);
    case 'type':
    case 'deviceClass':
      return value === 'non-ict' ? value : t(`devices.types.${value}`);
    case 'priceUnit':
      return t(`devices.priceUnits.${value}`);
    case 'outcome':
      return t(`feeTexts.council.outcomes.${value}`);
    case 'purpose':
      return t(`funding.purposes.${value}`);
    case 'theme':
      return area === 'funding' ? t(`funding.themes.${value}.short`) : null;
    case 'link': {
      const [kind = '', ...id] = value.split(':');
      return t('funding.linkValue', { kind: t(`funding.linkKinds.${kind}`), id: id.join(':') });
    }
    case 'grades':
      return list('grades');
    case 'deviceTypes':
      return list('devices.types');
    case 'date':
    case 'meetingDate':
      return formatDate(value);
    case 'recordedAt':
      return formatTimestamp(value);
    default:
      return null;
  }
}

/** A section's words with list items shown as bullets (plainText indents them by depth). */
function readableText(text: string): string {
  if (text === '') return '—';
  return text
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0].length;
      return indent === 0 ? line : `${' '.repeat(indent - 2)}• ${line.slice(indent)}`;
    })
    .join('\n');
}

const LONG_TEXT = 120;

/** A field shown on its own, under its item's heading, starts with a capital. */
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('nl-BE') + text.slice(1);

function itemOf(path: string, sides: DiffSides): DiffItem | undefined {
  const [area, id] = path.split('.');
  if (area === 'goals' && id) return { key: `goals.${id}`, label: goalTitle(sides, id) };
  if (area === 'activities' && id) return { key: `activities.${id}`, label: activityTitle(sides, id) };
  return undefined;
}

function rowOf(entry: DiffEntry, t: TFunction, sides: DiffSides, inItem: boolean | 'action'): DiffRow {
  const before = formatDiffValue(entry.path, entry.before, t);
  const after = formatDiffValue(entry.path, entry.after, t);
  const item = inItem === false ? itemOf(entry.path, sides) : undefined;
  return {
    entry,
    label: upperFirst(labelOfPath(entry.path, t, sides, inItem)),
    field: upperFirst(item ? labelOfPath(entry.path, t, sides, true) : labelOfPath(entry.path, t, sides, inItem)),
    item,
    before,
    after,
    long: before.length > LONG_TEXT || after.length > LONG_TEXT || before.includes('\n') || after.includes('\n'),
  };
}

export function diffRows(entries: readonly DiffEntry[], t: TFunction, sides: DiffSides = {}): DiffRow[] {
  return entries.map((entry) => rowOf(entry, t, sides, false));
}

/** A whole goal, action, activity or year that is on one side only: one line, its fields folded in. */
export interface DiffGroup {
  key: string;
  area: DiffArea;
  kind: 'added' | 'removed';
  label: string;
  /** An action sits under its goal: then `field` is the label under the goal's heading. */
  field: string;
  item?: DiffItem | undefined;
  /** What the folded fields are, e.g. "32 uitspraken". */
  summary: string;
  rows: DiffRow[];
}

export type DiffLine = { type: 'row'; row: DiffRow } | { type: 'group'; group: DiffGroup };

const isWhole = (kind: DiffEntry['kind']): kind is 'added' | 'removed' => kind !== 'changed';

/**
 * The rows to show: a goal, action or activity present on one side only becomes one line
 * (its title field says so: every item has one), and so does a year of the self-assessment
 * or of the DigCompEdu profile whose every answer is new or gone.
 */
export function diffLines(entries: readonly DiffEntry[], t: TFunction, sides: DiffSides = {}): DiffLine[] {
  const groups = new Map<string, { area: DiffArea; kind: 'added' | 'removed'; label: string; unit: 'fields' | 'statements' | 'areas' }>();
  for (const entry of entries) {
    const parts = entry.path.split('.');
    if (!isWhole(entry.kind)) continue;
    if (parts[0] === 'goals' && parts.length === 3 && parts[2] === 'title') {
      groups.set(`goals.${parts[1]}.`, { area: 'goals', kind: entry.kind, label: t('versions.groups.goal', { title: goalTitle(sides, parts[1]!) }), unit: 'fields' });
    } else if (parts[0] === 'goals' && parts[2] === 'actions' && parts[4] === 'description' && !groups.has(`goals.${parts[1]}.`)) {
      groups.set(`goals.${parts[1]}.actions.${parts[3]}.`, {
        area: 'goals',
        kind: entry.kind,
        label: t('versions.groups.action', { goal: goalTitle(sides, parts[1]!), action: actionDescription(sides, parts[1]!, parts[3]!) }),
        unit: 'fields',
      });
    } else if (parts[0] === 'activities' && parts.length === 3 && parts[2] === 'title') {
      groups.set(`activities.${parts[1]}.`, { area: 'activities', kind: entry.kind, label: t('versions.groups.activity', { title: activityTitle(sides, parts[1]!) }), unit: 'fields' });
    }
  }
  // Years whose every entry was added (or every entry removed).
  const yearPrefix = (path: string) => {
    const parts = path.split('.');
    if (parts[0] === 'assessment' && parts.length === 4) return `assessment.${parts[1]}.`;
    if (parts[0] === 'training' && parts[1] === 'digcomp' && parts.length === 4) return `training.digcomp.${parts[2]}.`;
    return null;
  };
  const years = new Map<string, DiffEntry[]>();
  for (const entry of entries) {
    const prefix = yearPrefix(entry.path);
    if (prefix) years.set(prefix, [...(years.get(prefix) ?? []), entry]);
  }
  for (const [prefix, inYear] of years) {
    const kind = inYear[0]!.kind;
    if (inYear.length < 2 || !isWhole(kind) || inYear.some((e) => e.kind !== kind)) continue;
    const year = prefix.split('.').at(-2)!;
    const assessment = prefix.startsWith('assessment.');
    groups.set(prefix, {
      area: assessment ? 'assessment' : 'training',
      kind,
      label: t(assessment ? 'versions.groups.assessmentYear' : 'versions.groups.digcompYear', { year }),
      unit: assessment ? 'statements' : 'areas',
    });
  }

  // Lines of one goal or activity stay together, in the order each first appears.
  const buckets = new Map<string, DiffLine[]>();
  const bucket = (key: string) => buckets.get(key) ?? buckets.set(key, []).get(key)!;
  const placed = new Map<string, DiffGroup>();
  for (const entry of entries) {
    const key = [...groups.keys()].find((prefix) => entry.path.startsWith(prefix));
    if (key === undefined) {
      const row = rowOf(entry, t, sides, false);
      bucket(row.item?.key ?? entry.path).push({ type: 'row', row });
      continue;
    }
    let group = placed.get(key);
    if (!group) {
      const { area, kind, label } = groups.get(key)!;
      const action = key.includes('.actions.');
      const goalId = key.split('.')[1]!;
      group = {
        key,
        area,
        kind,
        label,
        field: action ? t('versions.groups.actionInGoal', { action: actionDescription(sides, goalId, key.split('.')[3]!) }) : label,
        item: action ? itemOf(key, sides) : undefined,
        summary: '',
        rows: [],
      };
      placed.set(key, group);
      bucket(group.item?.key ?? key).push({ type: 'group', group });
    }
    group.rows.push(rowOf(entry, t, sides, key.includes('.actions.') ? 'action' : true));
  }
  for (const [key, group] of placed) {
    group.summary = t(`versions.groups.${groups.get(key)!.unit}`, { count: group.rows.length });
  }
  return [...buckets.values()].flat();
}

export function itemOfLine(line: DiffLine): DiffItem | undefined {
  return line.type === 'row' ? line.row.item : line.group.item;
}

export function areaOfLine(line: DiffLine): DiffArea {
  return line.type === 'row' ? line.row.entry.area : line.group.area;
}
