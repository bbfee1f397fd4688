// Belgian dates and timestamps: formatting, parsing, impossible dates and Brussels time.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInteger,
  formatPercent,
  formatTime,
  formatTimestamp,
  isRealIsoDate,
  parseBelgianDate,
} from '../../../shared/format.ts';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('formatDate and parseBelgianDate', () => {
  it('writes an ISO date as day/month/year', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate('2026-09-01')).toBe('01/09/2026');
  });

  it('leaves text that is not an ISO date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });

  it('reads day/month/year with or without leading zeros and with . or - too', () => {
    expect(parseBelgianDate('23/11/2026')).toBe('2026-11-23');
    expect(parseBelgianDate('1/9/2026')).toBe('2026-09-01');
    expect(parseBelgianDate(' 01.09.2026 ')).toBe('2026-09-01');
    expect(parseBelgianDate('1-9-2026')).toBe('2026-09-01');
    expect(parseBelgianDate('29/02/2028')).toBe('2028-02-29');
  });

  it.each(['31/02/2026', '29/02/2026', '31/04/2026', '0/1/2026', '1/13/2026', '32/01/2026', '2026-09-01', '1/9/26', ''])(
    'refuses %j',
    (text) => {
      expect(parseBelgianDate(text)).toBeNull();
    },
  );

  it('knows which ISO dates exist', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2100-02-29')).toBe(false);
    expect(isRealIsoDate('2026-02-31')).toBe(false);
    expect(isRealIsoDate('2026-2-3')).toBe(false);
  });

  test.prop([isoDate], { numRuns: 300 })('reads back every formatted date', (iso) => {
    expect(parseBelgianDate(formatDate(iso))).toBe(iso);
  });
});

describe('formatTimestamp', () => {
  it('shows winter time in Brussels as UTC+1', () => {
    expect(formatTimestamp('2026-01-15T12:05:00Z')).toBe('15/01/2026 13:05');
    expect(formatTime('2026-01-15T12:05:00Z')).toBe('13:05');
  });

  it('shows summer time in Brussels as UTC+2', () => {
    expect(formatTimestamp('2026-07-15T12:05:00Z')).toBe('15/07/2026 14:05');
  });

  it('moves to the next Brussels day late in the evening UTC', () => {
    expect(formatTimestamp('2026-11-23T23:30:00Z')).toBe('24/11/2026 00:30');
  });

  it('follows the switch to summer time on the last Sunday of March', () => {
    expect(formatTimestamp('2026-03-29T00:59:00Z')).toBe('29/03/2026 01:59');
    expect(formatTimestamp('2026-03-29T01:00:00Z')).toBe('29/03/2026 03:00');
  });

  it('leaves text that is not a timestamp as it is', () => {
    expect(formatTimestamp('not a time')).toBe('not a time');
    expect(formatTime('not a time')).toBe('not a time');
  });
});

describe('numbers', () => {
  it('groups thousands with a point and writes percentages the Belgian way', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
    expect(formatPercent(0.125)).toBe('12,5%');
  });
});
