// Checks every rule test needs on a finding: a valid shape, the real source passage, and
// a message that exists in both catalogs and translates without a raw key or `{{` left.
import { expect } from 'vitest';
import { FindingSchema, type Finding } from '../../shared/findings/finding.ts';
import { en } from '../../shared/i18n/en.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { nl } from '../../shared/i18n/nl.ts';
import { sources } from '../../shared/sources.ts';

export function lookup(catalog: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

const translators = { nl: createI18n('nl').t, en: createI18n('en').t };

/** The finding's message in a language, with its parameters and nested `$t(...)` keys resolved. */
export function messageOf(finding: Finding, language: 'nl' | 'en' = 'nl'): string {
  return translators[language](finding.messageKey, finding.params ?? {});
}

export function expectWellFormedFinding(finding: Finding): void {
  expect(FindingSchema.parse(finding)).toEqual(finding);
  const source = sources[finding.source.id as keyof typeof sources];
  expect(source, finding.source.id).toBeDefined();
  expect(finding.source).toEqual({ id: finding.source.id, ref: source.ref, quote: source.quote });
  expect(finding.messageKey).toBe(`findings.${finding.ruleId}`);
  for (const [language, catalog] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    expect(typeof lookup(catalog, finding.messageKey), `${language} ${finding.messageKey}`).toBe('string');
    const text = messageOf(finding, language);
    expect(text, `${language} ${finding.messageKey}`).not.toContain('{{');
    expect(text, `${language} ${finding.messageKey}`).not.toContain('$t(');
    expect(text, `${language} ${finding.messageKey}`).not.toContain(finding.messageKey);
    // A nested key that does not resolve comes back as its own dotted path.
    expect(text, `${language} ${finding.messageKey}`).not.toMatch(/\b(?:sections|training|findings)\.[\w-]+/);
  }
}
