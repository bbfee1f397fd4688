// Money is always an integer number of euro cents. This module is the only place that
// formats, parses and rounds it, so the rounding rule is written down once:
// half away from zero, applied once at the end of a calculation.

export type Cents = number;

const moneyFormat = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const wholeEuroFormat = new Intl.NumberFormat('nl-BE', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** `€ 1.234,50` (with a non-breaking space after the euro sign, as nl-BE writes it). */
export function formatMoney(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) return moneyFormat.format(cents / 100);
  // Formats the exact decimal text: `cents / 100` as a float loses the last cent near the
  // top of the safe range (from about 7·10^15 cents), and a float -0 prints as `€ -0,00`.
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const whole = (abs - rest) / 100;
  const decimal = `${cents < 0 ? '-' : ''}${whole}.${String(rest).padStart(2, '0')}` as `${number}`;
  return moneyFormat.format(decimal);
}

/** `€ 1.235` for charts and summaries where cents are noise. */
export function formatWholeEuros(cents: Cents): string {
  return wholeEuroFormat.format(roundDiv(cents, 100));
}

/** Integer division rounded half away from zero: the one rounding rule of the app. */
export function roundDiv(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError('roundDiv needs safe integers and a non-zero denominator');
  }
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const remainder = n - quotient * d;
  const rounded = remainder * 2 >= d ? quotient + 1 : quotient;
  return sign * rounded === 0 ? 0 : sign * rounded;
}

const moneyPattern = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const pointDecimalPattern = /^(-)?(\d+)\.(\d{1,2})$/;

/**
 * Reads an amount the way a Belgian user types it: `1.234,50`, `1234,5`, `€ 12`, `-3,20`.
 * A lone point with one or two decimals (`12.50`) is read as a decimal point, because
 * a thousands separator is always followed by three digits. Returns null when unsure.
 */
export function parseMoney(text: string): Cents | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const sign = compact.startsWith('-') ? '-' : '';
  const cleaned = sign + compact.slice(sign.length).replace(/^€|€$/g, '').replace(/^EUR|EUR$/gi, '');
  if (cleaned === '') return null;
  const belgian = moneyPattern.exec(cleaned);
  if (belgian) {
    const [, minus, whole = '0', fraction = ''] = belgian;
    return toCents(minus === '-', whole.replace(/\./g, ''), fraction);
  }
  const pointDecimal = pointDecimalPattern.exec(cleaned);
  if (pointDecimal) {
    const [, minus, whole = '0', fraction = ''] = pointDecimal;
    return toCents(minus === '-', whole, fraction);
  }
  return null;
}

function toCents(negative: boolean, whole: string, fraction: string): Cents | null {
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}
