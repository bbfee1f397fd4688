// The message catalogs: same keys and placeholders in both languages, and every key the code uses exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../../shared/contract.ts';
import { en } from '../../../../shared/i18n/en.ts';
import { createI18n } from '../../../../shared/i18n/index.ts';
import { nl } from '../../../../shared/i18n/nl.ts';

const root = join(import.meta.dirname, '../../../..');

/** Every leaf of a catalog as `dotted.path → text`. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [path, leaf] of leaves(value, prefix === '' ? key : `${prefix}.${key}`)) out.set(path, leaf);
  }
  return out;
}

const nlLeaves = leaves(nl);
const enLeaves = leaves(en);

/** A key exists when it is a leaf, or the base of plural leaves (`count_one`, `count_other`). */
function exists(catalog: Map<string, unknown>, key: string): boolean {
  return catalog.has(key) || (catalog.has(`${key}_one`) && catalog.has(`${key}_other`));
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join('shared', 'i18n')}`));
}

const codeFiles = ['shared', 'electron', 'renderer'].flatMap(sourceFiles);

/** Catalog keys written as string literals in the code, with where they were seen. */
function keysInCode(): Map<string, string> {
  const channelNames = new Set<string>(channels);
  const found = new Map<string, string>();
  for (const file of codeFiles) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]((?:errors|validation|undo|cli)\.[A-Za-z0-9_.-]+)['"`]/g)) {
      const key = match[1]!;
      if (!channelNames.has(key)) found.set(key, relative(root, file));
    }
  }
  return found;
}

/**
 * Every quoted `top.rest` literal in the interface code (renderer and CLI) whose first part
 * is a catalog section: the screens' own words. Channel names and rule ids look alike and
 * are left out; keys built at run time (template strings) cannot be seen here.
 */
function screenKeysInCode(): Map<string, string> {
  const sections = Object.keys(nl).join('|');
  const pattern = new RegExp(`['"]((?:${sections})\\.[A-Za-z0-9_.-]+)['"]`, 'g');
  const ruleIds = new Set([...findingKeysInCode().keys()].map((key) => key.slice('findings.'.length)));
  const skip = new Set<string>([...channels, ...ruleIds]);
  const found = new Map<string, string>();
  const files = [...sourceFiles('renderer'), ...sourceFiles('electron').filter((file) => file.includes(join('electron', 'cli')))];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      const key = match[1]!;
      if (!skip.has(key)) found.set(key, relative(root, file));
    }
  }
  return found;
}

/** Findings keys: every rule id passed to `add(...)` or `finding(...)` becomes `findings.<ruleId>`. */
function findingKeysInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of codeFiles.filter((f) => f.startsWith(join(root, 'shared')))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:add|finding)\(\s*'([a-z0-9-]+\.[a-z0-9.-]+)'/g)) {
      found.set(`findings.${match[1]!}`, relative(root, file));
    }
  }
  return found;
}

describe('message catalogs', () => {
  it('hold the same keys in Dutch and English', () => {
    const missingInEn = [...nlLeaves.keys()].filter((key) => !enLeaves.has(key));
    const missingInNl = [...enLeaves.keys()].filter((key) => !nlLeaves.has(key));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it('hold only non-empty texts', () => {
    const bad = [...nlLeaves, ...enLeaves].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages for every key', () => {
    const mismatches = [...nlLeaves.keys()]
      .filter((key) => enLeaves.has(key))
      .filter((key) => placeholders(nlLeaves.get(key)).join() !== placeholders(enLeaves.get(key)).join())
      .map((key) => `${key}: nl {${placeholders(nlLeaves.get(key)).join()}} en {${placeholders(enLeaves.get(key)).join()}}`);
    expect(mismatches).toEqual([]);
  });

  it('contain every error, validation, undo and CLI key the code uses', () => {
    const used = keysInCode();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used]
      .filter(([key]) => !exists(nlLeaves, key) || !exists(enLeaves, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('contain every key the screens and the CLI name literally', () => {
    const used = screenKeysInCode();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used]
      .filter(([key]) => !exists(nlLeaves, key) || !exists(enLeaves, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('contain a message for every finding a rule can produce', () => {
    const used = findingKeysInCode();
    expect(used.size).toBeGreaterThanOrEqual(9);
    const missing = [...used]
      .filter(([key]) => !exists(nlLeaves, key) || !exists(enLeaves, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('translate through i18next with interpolation and plurals in both languages', () => {
    const nlT = createI18n('nl').t;
    const enT = createI18n('en').t;
    expect(nlT('errors.planNotFound', { planId: 'abc' })).toBe('Dit plan bestaat niet (meer): abc.');
    expect(enT('cli.findingsCount', { count: 1 })).toBe('1 finding');
    expect(enT('cli.findingsCount', { count: 3 })).toBe('3 findings');
    expect(nlT('findings.profile.level-missing')).toBe(nl.findings.profile['level-missing']);
    expect(enT('validation.tooLong', { max: 200 })).toBe('That is too long: at most 200 characters.');
  });
});
