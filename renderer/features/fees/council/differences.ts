// What changed since the council decided, in sentences a council member reads at a glance:
// `Bijdrage „Huur…”: bedrag € 75,00 → € 80,00`. The differences come from
// feePolicyDifferences (paths such as `lines.<id>.amountCents`); they are grouped per item,
// and each changed field is written with both whole values, formatted as on screen.
import type { TFunction } from 'i18next';
import type { FeePolicy, PolicyDifference } from '../../../../shared/fees/decisions.ts';
import { formatDecimalInput, formatInteger } from '../../../../shared/format.ts';
import { formatMoney } from '../../../../shared/money.ts';

type ListName = 'lines' | 'corrections' | 'damageCharges' | 'moments';
type Item = { id: string } & Record<string, unknown>;

function itemsOf(policy: FeePolicy, list: ListName): Item[] {
  return list === 'moments' ? policy.fees.payment.moments : policy.fees[list];
}

const prefixes: { list: ListName; prefix: string }[] = [
  { list: 'lines', prefix: 'lines.' },
  { list: 'corrections', prefix: 'corrections.' },
  { list: 'damageCharges', prefix: 'damageCharges.' },
  { list: 'moments', prefix: 'payment.moments.' },
];

/** Which item and field a path is about; the id is matched against the ids of both policies. */
function locate(path: string, before: FeePolicy, after: FeePolicy): { group: string; list: ListName | null; id: string | null; field: string } {
  for (const { list, prefix } of prefixes) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const ids = [...itemsOf(before, list), ...itemsOf(after, list)].map((item) => item.id).sort((a, b) => b.length - a.length);
    const id = ids.find((candidate) => rest.startsWith(`${candidate}.`)) ?? rest.split('.')[0]!;
    const field = rest.slice(id.length + 1).split('.')[0]!;
    return { group: `${list}:${id}`, list, id, field };
  }
  return { group: path, list: null, id: null, field: path };
}

const listOrder: readonly ListName[] = ['lines', 'damageCharges', 'corrections', 'moments'];

const moneyFields = new Set(['amountCents', 'capCents']);
const percentFields = new Set(['reductionBasisPoints', 'thirdChildBasisPoints', 'shareBasisPoints']);
const countFields = new Set(['expected', 'averageChildren']);
const textFields = new Set(['label', 'description', 'motivation']);

/** A stored value as text: plain values as they are, lists of plain values joined. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return JSON.stringify(value) ?? '';
}

function formatField(t: TFunction, list: ListName, field: string, value: unknown): string {
  if (value === undefined || value === null) return t('fees.council.values.none');
  if (moneyFields.has(field) && typeof value === 'number') return formatMoney(value);
  if (percentFields.has(field) && typeof value === 'number') return `${formatDecimalInput(value / 100)}\u00a0%`;
  if (countFields.has(field) && typeof value === 'number') return formatInteger(value);
  if (typeof value === 'boolean') return value ? t('fees.council.values.yes') : t('fees.council.values.no');
  if (textFields.has(field)) return value === '' ? t('fees.council.values.empty') : `„${plain(value)}”`;
  if (field === 'grades' && Array.isArray(value)) return value.map((grade) => t(`grades.${plain(grade)}`)).join(', ') || t('fees.council.values.empty');
  if (field === 'years' && Array.isArray(value)) return plain(value) || t('fees.council.values.empty');
  if (field === 'deviceClass') return t(`devices.types.${plain(value)}`);
  if (field === 'kind') return list === 'corrections' ? t(`fees.corrections.kinds.${plain(value)}`) : t(`fees.council.feeKinds.${plain(value)}`);
  if (field === 'period') return t(`fees.council.periods.${plain(value)}`);
  if (field === 'appliesTo') return t(`fees.council.appliesTo.${plain(value)}`);
  return plain(value);
}

function nameOf(t: TFunction, list: ListName, item: Item): string {
  const text = list === 'damageCharges' ? item.description : item.label;
  if (typeof text === 'string' && text.trim() !== '') return text;
  return list === 'corrections' ? t(`fees.corrections.kinds.${plain(item.kind)}`) : item.id;
}

/** One sentence per changed field, per added or removed item, per changed setting. */
export function describeDifferences(t: TFunction, before: FeePolicy, after: FeePolicy, differences: readonly PolicyDifference[]): string[] {
  const groups = new Map<string, { list: ListName | null; id: string | null; fields: string[]; path: string; difference: PolicyDifference }>();
  for (const difference of differences) {
    const { group, list, id, field } = locate(difference.path, before, after);
    const entry = groups.get(group) ?? { list, id, fields: [], path: difference.path, difference };
    if (!entry.fields.includes(field)) entry.fields.push(field);
    groups.set(group, entry);
  }

  // What parents pay first (fee lines, damage), then the corrections, payment, and the counts.
  const rank = (entry: { list: ListName | null; path: string }) =>
    entry.list !== null ? listOrder.indexOf(entry.list) : entry.path.startsWith('loanUsers.') ? listOrder.length + 1 : listOrder.length;
  const ordered = [...groups.values()].sort((a, b) => rank(a) - rank(b));

  const sentences: string[] = [];
  for (const { list, id, fields, path, difference } of ordered) {
    if (list !== null && id !== null) {
      const old = itemsOf(before, list).find((item) => item.id === id);
      const now = itemsOf(after, list).find((item) => item.id === id);
      const what = t(`fees.council.items.${list}`);
      if (!old && now) {
        const amount = list === 'lines' || list === 'damageCharges' ? formatField(t, list, 'amountCents', now.amountCents) : null;
        sentences.push(amount ? t('fees.council.addedWithAmount', { what, name: nameOf(t, list, now), amount }) : t('fees.council.added', { what, name: nameOf(t, list, now) }));
      } else if (old && !now) {
        sentences.push(t('fees.council.removed', { what, name: nameOf(t, list, old) }));
      } else if (old && now) {
        for (const field of fields) {
          sentences.push(
            t('fees.council.changed', {
              what,
              name: nameOf(t, list, now),
              field: t(`fees.council.fields.${field}`, { defaultValue: field }),
              before: formatField(t, list, field, old[field]),
              after: formatField(t, list, field, now[field]),
            }),
          );
        }
      }
      continue;
    }
    if (path.startsWith('loanUsers.')) {
      const grade = path.slice('loanUsers.'.length);
      sentences.push(
        t('fees.council.loanUsers', {
          grade: t(`grades.${grade}`),
          before: difference.before === null ? '0' : formatInteger(Number(difference.before)),
          after: difference.after === null ? '0' : formatInteger(Number(difference.after)),
        }),
      );
      continue;
    }
    const setting = path.replace('payment.', '');
    const format = (value: PolicyDifference['before']) =>
      typeof value === 'boolean'
        ? value
          ? t('fees.council.values.yes')
          : t('fees.council.values.no')
        : typeof value === 'number'
          ? formatInteger(value)
          : value === null || value === ''
            ? t('fees.council.values.empty')
            : `„${value}”`;
    sentences.push(
      t('fees.council.setting', {
        field: t(`fees.council.settings.${setting}`, { defaultValue: path }),
        before: format(difference.before),
        after: format(difference.after),
      }),
    );
  }
  return sentences;
}
