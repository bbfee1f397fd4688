// Reference price helpers: which list is valid on a date, which item a purchase is compared with (code first, then category and unit), the deviation in basis points, and the list file schema.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exampleReferenceList } from '../../../../shared/example/devices.ts';
import {
  deviationBasisPoints,
  listValidOn,
  referenceFor,
  ReferenceListFileSchema,
  type ReferenceItem,
  type ReferenceList,
} from '../../../../shared/prices/schema.ts';

const laptop: ReferenceItem = { code: 'LAPTOP', label: 'Laptop', category: 'laptop', unit: 'device', priceCents: 60_000, vatIncluded: true };

function list(id: string, fields: Partial<ReferenceList> = {}): ReferenceList {
  return {
    id,
    name: `Lijst ${id}`,
    source: 'Test',
    publishedOn: '2025-06-01',
    validFrom: '2025-09-01',
    validTo: '',
    items: [laptop],
    isExample: false,
    importedAt: '2025-06-02T10:00:00.000Z',
    sha256: '0'.repeat(64),
    ...fields,
  };
}

describe('listValidOn', () => {
  const old = list('old', { publishedOn: '2024-06-01', validFrom: '2024-09-01', validTo: '2025-08-31' });
  const current = list('current', { publishedOn: '2025-06-01', validFrom: '2025-09-01' });
  const correction = list('correction', { publishedOn: '2025-10-15', validFrom: '2025-09-01' });
  const future = list('future', { publishedOn: '2026-05-01', validFrom: '2026-09-01' });

  it('picks the most recently published of the lists whose validity covers the date', () => {
    const lists = [old, current, correction, future];
    expect(listValidOn(lists, '2025-03-01')?.id).toBe('old');
    expect(listValidOn(lists, '2025-08-31')?.id).toBe('old');
    expect(listValidOn(lists, '2025-09-01')?.id).toBe('correction');
    expect(listValidOn([old, current, future], '2026-01-10')?.id).toBe('current');
    expect(listValidOn(lists, '2026-09-01')?.id).toBe('future');
  });

  it('returns null before the first list and after a list that ended', () => {
    expect(listValidOn([old], '2024-08-31')).toBeNull();
    expect(listValidOn([old], '2025-09-01')).toBeNull();
    expect(listValidOn([], '2025-09-01')).toBeNull();
  });

  it('takes the later import of two versions published the same day', () => {
    const first = list('first', { importedAt: '2025-06-02T10:00:00.000Z' });
    const again = list('again', { importedAt: '2025-06-03T08:00:00.000Z' });
    expect(listValidOn([first, again], '2025-10-01')?.id).toBe('again');
    expect(listValidOn([again, first], '2025-10-01')?.id).toBe('again');
  });

  it('reads only the day of a timestamp', () => {
    expect(listValidOn([old], '2025-08-31T23:30:00.000Z')?.id).toBe('old');
  });
});

describe('referenceFor', () => {
  const lease: ReferenceItem = { ...laptop, code: 'LAPTOP-LEASE', unit: 'month', priceCents: 1_400 };
  const premium: ReferenceItem = { ...laptop, code: 'LAPTOP-PLUS', priceCents: 90_000 };
  const lists = [list('a', { items: [laptop, lease, premium] })];

  it('finds an item by its code first', () => {
    expect(referenceFor(lists, { date: '2025-10-01', category: 'laptop', unit: 'device', code: 'LAPTOP-PLUS' })?.item).toEqual(premium);
  });

  it('falls back to the first item of the same category and unit when there is no code or it is unknown', () => {
    expect(referenceFor(lists, { date: '2025-10-01', category: 'laptop', unit: 'month' })?.item).toEqual(lease);
    expect(referenceFor(lists, { date: '2025-10-01', category: 'laptop', unit: 'device', code: 'GONE' })?.item).toEqual(laptop);
  });

  it('returns null without a matching item or without a list valid on the date', () => {
    expect(referenceFor(lists, { date: '2025-10-01', category: 'tablet', unit: 'device' })).toBeNull();
    expect(referenceFor(lists, { date: '2025-01-01', category: 'laptop', unit: 'device' })).toBeNull();
  });

  it('names the list the reference came from', () => {
    expect(referenceFor(lists, { date: '2025-10-01', category: 'laptop', unit: 'device' })?.list.id).toBe('a');
  });
});

describe('deviationBasisPoints', () => {
  it('is positive above the reference and negative below it', () => {
    expect(deviationBasisPoints(63_500, 60_000)).toBe(583);
    expect(deviationBasisPoints(57_000, 60_000)).toBe(-500);
    expect(deviationBasisPoints(60_000, 60_000)).toBe(0);
  });

  it('has no deviation from a reference of zero', () => {
    expect(deviationBasisPoints(100, 0)).toBeNull();
  });

  test.prop([fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 })], { numRuns: 300 })(
    'has the sign of the difference and lies less than one basis point nearer to zero than the exact value',
    (price, reference) => {
      const deviation = deviationBasisPoints(price, reference)!;
      const exactTimesReference = Math.abs(price - reference) * 10_000;
      expect(Number.isInteger(deviation)).toBe(true);
      expect(Math.abs(deviation) * reference).toBeLessThanOrEqual(exactTimesReference);
      expect((Math.abs(deviation) + 1) * reference).toBeGreaterThan(exactTimesReference);
      if (price > reference) expect(deviation).toBeGreaterThanOrEqual(0);
      if (price < reference) expect(deviation).toBeLessThanOrEqual(0);
    },
  );
});

describe('ReferenceListFileSchema', () => {
  it('accepts the example list', () => {
    expect(ReferenceListFileSchema.safeParse(exampleReferenceList).success).toBe(true);
  });

  it('refuses duplicate codes and an end of validity before its start', () => {
    const twice = ReferenceListFileSchema.safeParse({ ...exampleReferenceList, items: [laptop, { ...laptop, label: 'Nog eens' }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((issue) => issue.message)).toContain('validation.duplicateCode');
    const backwards = ReferenceListFileSchema.safeParse({ ...exampleReferenceList, validFrom: '2025-06-01', validTo: '2025-05-31' });
    expect(backwards.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['validTo', 'validation.endBeforeStart']]);
  });
});
