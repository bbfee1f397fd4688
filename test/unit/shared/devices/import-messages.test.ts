// Every problem the import can report has a message in both catalogs, and every message there is one the import can report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en.ts';
import { nl } from '../../../../shared/i18n/nl.ts';

const root = join(import.meta.dirname, '../../../..');
const sources = ['shared/devices/import-mapping.ts', 'electron/import/read.ts', 'electron/import/rows.ts', 'electron/import/pipeline.ts'];

/** Names passed to the modules' `key('…')` / `issueKey('…')` helpers, which prefix `inventoryImport.issues.`. */
function issueNamesInCode(): Set<string> {
  const names = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/\b(?:key|issueKey)\(\s*'([A-Za-z]+)'/g)) names.add(match[1]!);
    for (const match of text.matchAll(/'(?:unknown(?:Status|Contract|Use|Funding))'/g)) names.add(match[0].slice(1, -1));
    for (const match of text.matchAll(/'(xlsNotSupported|badXlsx)'/g)) names.add(match[1]!);
  }
  return names;
}

describe('import messages', () => {
  it('has a Dutch and an English message for every issue the code reports, and none it never reports', () => {
    const used = [...issueNamesInCode()].sort();
    expect(used.length).toBeGreaterThan(25);
    expect(Object.keys(nl.inventoryImport.issues).sort()).toEqual(used);
    expect(Object.keys(en.inventoryImport.issues).sort()).toEqual(used);
  });
});
