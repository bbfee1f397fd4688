// Belgian formats on screen, ISO strings in storage. Numbers and dates use nl-BE in both
// languages: the users are Belgian schools, and `1.234,50` must not turn into `1,234.50`
// when someone switches the interface to English.

const integerFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 });
const timeFormat = new Intl.DateTimeFormat('nl-BE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Brussels',
});
const dateTimeParts = new Intl.DateTimeFormat('nl-BE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Brussels',
});

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const decimalInputFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2, useGrouping: false });
const amountInputFormat = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `72,5` for a form field: Belgian decimal comma, no thousands separators. */
export function formatDecimalInput(value: number): string {
  return decimalInputFormat.format(value);
}

/** `1.234,50` for a money field (the euro sign sits beside the field). */
export function formatAmountInput(cents: number): string {
  return amountInputFormat.format(cents / 100);
}

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** `2026-11-23` → `23/11/2026`. Calendar dates carry no time zone, so none is applied. */
export function formatDate(isoDate: string): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/** `23/11/2026` or `1/9/2026` → `2026-09-01`; null for anything that is not a real date. */
export function parseBelgianDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : null;
}

export function isRealIsoDate(iso: string): boolean {
  const match = isoDatePattern.exec(iso);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** An ISO timestamp as `23/11/2026 22:14`, in Brussels time. */
export function formatTimestamp(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return `${dateTimeParts.format(date)} ${timeFormat.format(date)}`;
}

export function formatTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : timeFormat.format(date);
}
