// The hostile corpus: zip bombs, unsafe names, bad hashes, broken or oversized JSON, wrong
// versions and damaged containers are each refused with their exact status and catalog key
// (and the file named), through readBundle and through the doors (bundles.read,
// plans.importBundle), with nothing written anywhere; random damage never throws or passes.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, readBundleFiles } from '../../../../electron/bundle/read.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';
import { FIXTURE_NAME, fixtureFiles, fixtureZip, hostileCorpus, type HostileCase } from '../../../builders/bundles.ts';

const corpus: HostileCase[] = hostileCorpus();
const file = (hostile: HostileCase) => ({ fileName: `${hostile.name}.zip`, contentBase64: hostile.bytes.toString('base64') });

/** Every file and folder name under `root`, as paths relative to it. */
function namesUnder(root: string, recursive: boolean): string[] {
  return readdirSync(root, { recursive, withFileTypes: false }).map(String).sort();
}

describe('the hostile corpus', () => {
  it('holds every attack the bundle reader must refuse', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((hostile) => hostile.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((hostile) => [hostile.name, hostile] as const))('refuses %s', (_name, hostile) => {
    const report = readBundle('hostile.zip', hostile.bytes);
    expect(report.status).toBe(hostile.status);
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems;
    expect(problem).toMatchObject({ kind: hostile.kind, file: hostile.file, messageKey: hostile.messageKey });
    expect(problem!.params).toEqual(hostile.params);
    expect(problem!.issues !== undefined).toBe(hostile.messageKey === 'bundle.schemaInvalid');
    if (problem!.issues) expect(problem!.issues.length).toBeGreaterThan(0);
    if (hostile.status === 'unreadable') expect(report).toMatchObject({ manifest: null, document: null, summary: null });
  });

  it('reads the untouched fixture as valid, so each refusal above is the attack and not the base', () => {
    expect(readBundle(FIXTURE_NAME, fixtureZip)).toMatchObject({ status: 'valid', problems: [] });
  });

  it('keeps nothing of an unreadable zip for importing', () => {
    for (const hostile of corpus.filter((candidate) => candidate.status === 'unreadable' && candidate.kind === 'container' && candidate.file === null)) {
      expect(readBundleFiles('hostile.zip', hostile.bytes).files.size, hostile.name).toBe(0);
    }
  });
});

describe('the hostile corpus through the doors', () => {
  let backend: TestBackend;
  let privateTmp: string;
  const realTmpdir = process.env.TMPDIR;
  beforeAll(() => {
    backend = openTestBackend();
    // Other test files create and remove folders in the shared temp folder while this one runs,
    // so this process gets a temp folder of its own: os.tmpdir() is then a folder nobody else
    // touches, and anything the reader wrote there would show.
    privateTmp = mkdtempSync(join(tmpdir(), 'digiplan-hostile-'));
    process.env.TMPDIR = privateTmp;
  });
  afterAll(() => {
    if (realTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = realTmpdir;
    rmSync(privateTmp, { recursive: true, force: true });
    backend.dispose();
  });

  it('reads the whole corpus, refuses every import and writes nothing anywhere', async () => {
    expect(tmpdir()).toBe(privateTmp);
    const before = { tmp: namesUnder(tmpdir(), false), cwd: namesUnder(process.cwd(), false), data: namesUnder(backend.dataDir, true) };
    const plansBefore = await backend.call('plans.list', {});

    const reports = await backend.call('bundles.read', { files: corpus.map(file) });
    expect(reports.map((report) => report.fileName)).toEqual(corpus.map((hostile) => `${hostile.name}.zip`));
    reports.forEach((report, index) => {
      const hostile = corpus[index]!;
      expect(report.status, hostile.name).toBe(hostile.status);
      expect(report.problems, hostile.name).toEqual([expect.objectContaining({ kind: hostile.kind, file: hostile.file, messageKey: hostile.messageKey })]);
    });

    for (const hostile of corpus) {
      const error = await backend.fail('plans.importBundle', { file: file(hostile) });
      expect(error, hostile.name).toMatchObject({ code: 'INVALID_INPUT', messageKey: 'bundle.importRefused' });
      expect(error.details?.issues, hostile.name).toEqual([
        { path: hostile.file === null ? [] : [hostile.file], messageKey: hostile.messageKey, ...(hostile.params ? { params: hostile.params } : {}) },
      ]);
    }

    expect(await backend.call('plans.list', {})).toEqual(plansBefore);
    expect(backend.logged).toEqual([]);
    expect({ tmp: namesUnder(tmpdir(), false), cwd: namesUnder(process.cwd(), false), data: namesUnder(backend.dataDir, true) }).toEqual(before);
    expect(before.tmp).toEqual([]);
  });
});

describe('random damage to the fixture bundle', () => {
  const original = fixtureFiles();
  const damage = fc.oneof(
    fc.record({ flips: fc.array(fc.record({ at: fc.nat({ max: fixtureZip.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 }) }),
    fc.record({ keep: fc.nat({ max: fixtureZip.length - 1 }) }),
  );

  function damaged(change: { flips: { at: number; xor: number }[] } | { keep: number }): Buffer {
    if ('keep' in change) return fixtureZip.subarray(0, change.keep);
    const bytes = Buffer.from(fixtureZip);
    for (const { at, xor } of change.flips) bytes[at]! ^= xor;
    return bytes;
  }

  // A flip in a timestamp or an attribute of the zip changes no file, and the bundle stays
  // valid; what may never happen is a valid report for content the manifest does not vouch for.
  test.prop([damage], { numRuns: 60 })('never throws, and reports valid only for the very files the manifest vouches for', (change) => {
    const bytes = damaged(change);
    const { report, files } = readBundleFiles('beschadigd.zip', bytes);
    expect(['valid', 'invalid', 'unreadable']).toContain(report.status);
    if (report.status === 'valid') expect(files).toEqual(original);
    if ('keep' in change) expect(report.status).toBe('unreadable');
  });

  it('stays valid when only a zip timestamp changes: the manifest vouches for files, not for zip metadata', () => {
    const bytes = Buffer.from(fixtureZip);
    const directory = bytes.readUInt32LE(bytes.length - 6);
    bytes[directory + 12]! ^= 0x01; // the first central entry's modification time
    expect(bytes.equals(fixtureZip)).toBe(false);
    const { report, files } = readBundleFiles('ander-tijdstip.zip', bytes);
    expect(report.status).toBe('valid');
    expect(files).toEqual(original);
  });
});
