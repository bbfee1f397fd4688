// Shared building blocks for schemas. Every custom message is a catalog key under
// `validation.`, so the same schema gives Dutch or English messages in the UI and CLI.
import { z } from 'zod';
import type { IssueDetail } from './result.ts';

export const MAX_SHORT_TEXT = 200;
export const MAX_COUNT = 100_000;

/** A single-line text: trimmed, never silently cut; too long is an error the user sees. */
export const shortText = (max: number = MAX_SHORT_TEXT) =>
  z.string({ error: 'validation.expectedText' }).trim().max(max, { error: 'validation.tooLong' });

/** A headcount: a whole number from 0 up to a sane ceiling. */
export const count = () =>
  z
    .number({ error: 'validation.expectedNumber' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(MAX_COUNT, { error: 'validation.tooLarge' });

export const isoTimestamp = () => z.string().datetime({ offset: true });

export const planId = () =>
  z
    .string({ error: 'validation.expectedText' })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'validation.planId' });

/** Turns zod issues into catalog keys with the numbers a message needs. */
export function issuesFromZod(error: z.ZodError): IssueDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.message.startsWith('validation.')) {
      const params: Record<string, string | number> = {};
      if (issue.code === 'too_big') params.max = Number(issue.maximum);
      if (issue.code === 'too_small') params.min = Number(issue.minimum);
      return Object.keys(params).length > 0
        ? { path, messageKey: issue.message, params }
        : { path, messageKey: issue.message };
    }
    switch (issue.code) {
      case 'invalid_type':
        return { path, messageKey: 'validation.invalidType' };
      case 'unrecognized_keys':
        return { path, messageKey: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
      case 'invalid_value':
        return { path, messageKey: 'validation.invalidOption' };
      case 'too_big':
        return { path, messageKey: 'validation.tooLarge', params: { max: Number(issue.maximum) } };
      case 'too_small':
        return { path, messageKey: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
      default:
        return { path, messageKey: 'validation.invalid' };
    }
  });
}
