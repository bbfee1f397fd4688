// Runs the electronegativity security scan over electron/ and fails on any high-severity finding.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const electronDir = join(root, 'electron');
const packageDir = join(root, 'node_modules/@doyensec/electronegativity');
const electronVersion = (require('electron/package.json') as { version: string }).version;

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  sample: string;
  description: string;
}

const scanner = join(root, 'test/fixtures/electronegativity-scan.ts');

/** One scan, pinned to our Electron version (without it the tool assumes an ancient one). */
async function scan(input: string, report: string): Promise<Finding[]> {
  await run(process.execPath, [scanner, input, electronVersion, report], { cwd: root, timeout: 90_000 });
  return JSON.parse(readFileSync(report, 'utf8')) as Finding[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const describeRow = (f: Finding) => `${f.issue} ${f.severity}/${f.confidence} ${f.filename}:${f.location} ${f.sample}`;

describe('electronegativity over electron/', () => {
  let work: string;
  let findings: Finding[];
  let canaryFindings: Finding[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'digiplan-eneg-'));
    // The canary: window.ts with isolation and the sandbox turned off, scanned on its own.
    const canaryDir = join(work, 'canary');
    const window = readFileSync(join(electronDir, 'window.ts'), 'utf8');
    const broken = window.replace('contextIsolation: true', 'contextIsolation: false').replace('sandbox: true', 'sandbox: false');
    expect(broken).not.toBe(window);
    mkdirSync(canaryDir);
    writeFileSync(join(canaryDir, 'window.ts'), broken);
    [findings, canaryFindings] = await Promise.all([
      scan(electronDir, join(work, 'report.json')),
      scan(canaryDir, join(work, 'canary.json')),
    ]);
  }, 120_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('finds nothing of high severity', () => {
    // Anything not known to be below HIGH counts as high, so a new level cannot slip through.
    const belowHigh = new Set(['MEDIUM', 'LOW', 'INFORMATIONAL']);
    const high = findings.filter((finding) => !belowHigh.has(finding.severity));
    expect(high.map(describeRow)).toEqual([]);
  });

  it('scanned electron/main.ts (its openExternal calls are listed for review)', () => {
    const main = findings.filter((finding) => finding.filename === 'main.ts');
    expect(main.map((finding) => finding.issue)).toContain('OPEN_EXTERNAL_JS_CHECK');
  });

  it('reads the window options where they are set: a window without isolation is a high finding', () => {
    const flagged = canaryFindings.filter((finding) => finding.filename === 'window.ts');
    expect(flagged).toContainEqual(expect.objectContaining({ issue: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' }));
    expect(flagged).toContainEqual(expect.objectContaining({ issue: 'SANDBOX_JS_CHECK' }));
  });

  it('can parse every file it scans (with -o it would skip an unparsable file without a word)', () => {
    const { Parser } = require(join(packageDir, 'dist/parser/parser.js')) as {
      Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => {
        parse: (file: string, content: Buffer) => [number, unknown, string, unknown[] | undefined];
      };
    };
    const parser = new Parser(false, true);
    const files = sourceFiles(electronDir);
    expect(files.map((file) => relative(electronDir, file))).toContain('main.ts');
    for (const file of files) {
      const [, data, , warnings] = parser.parse(file, readFileSync(file));
      expect(data, file).toBeTruthy();
      expect(warnings ?? [], file).toEqual([]);
    }
  });
});
