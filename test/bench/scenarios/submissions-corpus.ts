// The corpus for the submission-bundle scenarios: 3,000 distinct, valid bundles written to a
// temp folder, one per made-up school, all derived from the fixture bundle of the example plan.
// Each school gets its own name, institution number, pupils per grade, teaching staff and a few
// fee amounts; its facts are worked out again with bundleFacts, every file is hashed into a fresh
// manifest (the shape write.ts builds) and the zip is written with writeZip. The PDFs and DOCX
// files keep the example's bytes. Built once per run and shared by the scenarios that need it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFacts } from '../../../shared/bundle/facts.ts';
import { MANIFEST_FILE, PLAN_FILE, type BundleDocument, type Manifest } from '../../../shared/bundle/schema.ts';
import { readBundle } from '../../../electron/bundle/read.ts';
import { bundleFileName, sha256Hex } from '../../../electron/bundle/write.ts';
import { readZip, writeZip, type ZipEntry } from '../../../electron/bundle/zip.ts';
import { benchDir, type BenchDir } from '../scenario.ts';

export const CORPUS_SIZE = 3000;
/** Every so many bundles one is read back with readBundle before anything is timed. */
const SAMPLE_EVERY = 500;

const fixture = new URL('../../fixtures/bundles/voorbeeldschool-v1.zip', import.meta.url);

export interface Corpus {
  dir: BenchDir;
  paths: string[];
  bytes: number;
  buildMs: number;
  /** How many bundles were read back (and found valid) before timing. */
  checked: number;
}

/** Deterministic pseudo-random numbers (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example bundle's plan.json varied into school number `n` (1-based), facts worked out again. */
export function schoolDocument(example: BundleDocument, n: number): BundleDocument {
  const next = random(n * 7919 + 17);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const document = structuredClone(example);
  const { plan } = document;
  const number = String(n).padStart(4, '0');
  plan.id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  plan.name = `School ${number}`;
  plan.profile.schoolName = `School ${number}`;
  plan.profile.institutionNumber = String(100000 + n * 37);
  for (const grade of Object.keys(plan.profile.pupils) as (keyof typeof plan.profile.pupils)[]) {
    const pupils = plan.profile.pupils[grade] ?? 0;
    plan.profile.pupils[grade] = Math.max(1, Math.round(pupils * (0.8 + 0.4 * next())));
  }
  plan.profile.staff.teaching = between(60, 120);
  // Fee amounts move down by at most 10 euro in 50-cent steps: below the reference price and
  // the cost basis, as the example's are, so the plan still meets its preconditions.
  for (const line of plan.fees.lines) {
    if (line.kind === 'rent' || line.kind === 'insurance') line.amountCents = Math.max(500, line.amountCents - 50 * between(0, 20));
  }
  document.facts = bundleFacts(plan, document.referenceLists, document.checkedOn, document.schoolYear);
  return document;
}

/** The zip of one school's bundle, built as write.ts builds one (manifest first, then the files). */
export function schoolBundle(document: BundleDocument, files: readonly ZipEntry[], appVersion: string): { fileName: string; bytes: Buffer } {
  const entries: ZipEntry[] = [{ path: PLAN_FILE, bytes: Buffer.from(`${JSON.stringify(document, null, 1)}\n`, 'utf8') }, ...files];
  const manifest: Manifest = {
    format: 'digiplan-bundle',
    schemaVersion: document.schemaVersion,
    appVersion,
    createdAt: document.createdAt,
    school: { name: document.plan.profile.schoolName, institutionNumber: document.plan.profile.institutionNumber },
    schoolYear: document.schoolYear,
    files: entries.map((entry) => ({ path: entry.path, sha256: sha256Hex(entry.bytes), bytes: entry.bytes.length })),
  };
  const zip = writeZip([{ path: MANIFEST_FILE, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }, ...entries], new Date(document.createdAt));
  return { fileName: bundleFileName(document.plan, document.schoolYear), bytes: zip };
}

function buildCorpus(size: number): Corpus {
  const started = performance.now();
  const files = readZip(readFileSync(fixture));
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!.toString('utf8')) as Manifest;
  const example = JSON.parse(files.get(PLAN_FILE)!.toString('utf8')) as BundleDocument;
  // The other files in the manifest's order, bytes untouched.
  const others: ZipEntry[] = manifest.files.filter((file) => file.path !== PLAN_FILE).map((file) => ({ path: file.path, bytes: files.get(file.path)! }));

  const dir = benchDir();
  const paths: string[] = [];
  const names = new Set<string>();
  let bytes = 0;
  try {
    for (let n = 1; n <= size; n++) {
      const built = schoolBundle(schoolDocument(example, n), others, manifest.appVersion);
      if (names.has(built.fileName)) throw new Error(`corpus: two bundles named ${built.fileName}`);
      names.add(built.fileName);
      const path = join(dir.path, built.fileName);
      writeFileSync(path, built.bytes);
      paths.push(path);
      bytes += built.bytes.length;
      if (n % 250 === 0 || n === size) process.stderr.write(`\r  corpus: ${n}/${size} bundles written (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    process.stderr.write('\n');

    // Read back a sample before anything is timed: a corpus of invalid bundles would measure the
    // wrong path through the validator.
    let checked = 0;
    for (let index = 0; index < paths.length; index += SAMPLE_EVERY) {
      checkValid(paths[index]!);
      checked++;
    }
    checkValid(paths[paths.length - 1]!);
    checked++;
    return { dir, paths, bytes, buildMs: performance.now() - started, checked };
  } catch (error) {
    dir.remove();
    throw error;
  }
}

function checkValid(path: string): void {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const report = readBundle(name, readFileSync(path));
  if (report.status !== 'valid') {
    throw new Error(`corpus: ${name} reads back ${report.status}, not valid: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
}

let shared: Corpus | undefined;
let failure: Error | undefined;

/** The corpus of this run, built on first use (a build that failed is not tried again). */
export function corpus(): Corpus {
  if (failure !== undefined) throw failure;
  try {
    shared ??= buildCorpus(CORPUS_SIZE);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  }
  return shared;
}

/** Removes the corpus now (it is removed at exit anyway). */
export function removeCorpus(): void {
  shared?.dir.remove();
  shared = undefined;
}
