// Reads and checks a submission bundle: the zip itself (safely, in memory), the manifest and
// every file's SHA-256, plan.json against its schema (older versions upgraded first), the
// facts it states against what the rules work out again, and finally the preconditions.
// Every problem names the file it is about. Nothing is written anywhere.
import { bundleFacts } from '../../shared/bundle/facts.ts';
import {
  BUNDLE_FORMAT,
  BundleDocumentSchema,
  MANIFEST_FILE,
  ManifestSchema,
  PLAN_FILE,
  readableSchemaVersions,
  type BundleDocument,
  type BundleProblem,
  type BundleReport,
  type Manifest,
} from '../../shared/bundle/schema.ts';
import { upgradeBundleDocument } from '../../shared/bundle/upgrade.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { sha256Hex } from './write.ts';
import { readZip, ZipRefusal } from './zip.ts';

export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MAX_PLAN_BYTES = 40 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

class Unreadable extends Error {
  readonly problem: BundleProblem;
  constructor(problem: BundleProblem) {
    super(problem.messageKey);
    this.problem = problem;
  }
}

export function readBundle(fileName: string, bytes: Uint8Array): BundleReport {
  return readBundleFiles(fileName, bytes).report;
}

/** The report and, for importing, the files read from the zip (empty when it could not be read). */
export function readBundleFiles(fileName: string, bytes: Uint8Array): { report: BundleReport; files: Map<string, Buffer> } {
  let files = new Map<string, Buffer>();
  return { report: check(), files };

  function check(): BundleReport {
  const problems: BundleProblem[] = [];
  const report = (status: BundleReport['status'], manifest: Manifest | null, document: BundleDocument | null): BundleReport => ({
    fileName,
    status,
    problems,
    manifest,
    document,
    summary: document?.facts.summary ?? null,
  });
  try {
    files = readZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    const entryName = error.params.name;
    problems.push({ kind: 'container', file: typeof entryName === 'string' ? entryName : null, messageKey: error.messageKey, params: error.params });
    return report('unreadable', null, null);
  }

  let manifest: Manifest;
  try {
    manifest = readManifest(files);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    problems.push(error.problem);
    return report(error.problem.kind === 'container' ? 'unreadable' : 'invalid', null, null);
  }

  const listed = new Set<string>([MANIFEST_FILE]);
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const content = files.get(entry.path);
    if (!content) problems.push({ kind: 'integrity', file: entry.path, messageKey: 'bundle.fileMissing' });
    else if (content.length !== entry.bytes || sha256Hex(content) !== entry.sha256) {
      problems.push({ kind: 'integrity', file: entry.path, messageKey: 'bundle.hashMismatch' });
    }
  }
  for (const name of files.keys()) {
    if (!listed.has(name)) problems.push({ kind: 'integrity', file: name, messageKey: 'bundle.fileNotListed' });
  }
  if (!manifest.files.some((entry) => entry.path === PLAN_FILE)) problems.push({ kind: 'integrity', file: PLAN_FILE, messageKey: 'bundle.fileMissing' });

  const document = readDocument(files.get(PLAN_FILE), manifest, problems);
  if (document) {
    if (document.schoolYear !== manifest.schoolYear || document.plan.profile.schoolName !== manifest.school.name) {
      problems.push({ kind: 'facts', file: MANIFEST_FILE, messageKey: 'bundle.manifestDisagrees' });
    }
    const recomputed = bundleFacts(document.plan, document.referenceLists, document.checkedOn, document.schoolYear);
    for (const part of Object.keys(recomputed) as (keyof typeof recomputed)[]) {
      if (canonical(recomputed[part]) !== canonical(document.facts[part])) {
        problems.push({ kind: 'facts', file: PLAN_FILE, messageKey: 'bundle.factsDiffer', params: { part: `facts.${part}` } });
      }
    }
    if (problems.length === 0) {
      for (const finding of recomputed.findings.filter((candidate) => candidate.severity === 'blocking')) {
        problems.push({ kind: 'rules', file: PLAN_FILE, messageKey: finding.messageKey, params: finding.params, ruleId: finding.ruleId });
      }
    }
  }
  return report(problems.length === 0 ? 'valid' : 'invalid', manifest, document);
  }
}

/** True when the only problems are unmet preconditions: the file itself is sound. */
export function isSound(report: BundleReport): boolean {
  return report.status !== 'unreadable' && report.document !== null && report.problems.every((problem) => problem.kind === 'rules');
}

function readManifest(files: Map<string, Buffer>): Manifest {
  const bytes = files.get(MANIFEST_FILE);
  if (!bytes) throw new Unreadable({ kind: 'container', file: MANIFEST_FILE, messageKey: 'bundle.notABundle' });
  const json = parseJson(MANIFEST_FILE, bytes, MAX_MANIFEST_BYTES);
  const header = json as { format?: unknown; schemaVersion?: unknown };
  if (header.format !== BUNDLE_FORMAT) throw new Unreadable({ kind: 'container', file: MANIFEST_FILE, messageKey: 'bundle.notABundle' });
  if (typeof header.schemaVersion !== 'number' || !readableSchemaVersions.includes(header.schemaVersion)) {
    throw new Unreadable({
      kind: 'container',
      file: MANIFEST_FILE,
      messageKey: 'bundle.unknownSchemaVersion',
      params: { version: String(header.schemaVersion), known: readableSchemaVersions.join(', ') },
    });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new Unreadable({ kind: 'schema', file: MANIFEST_FILE, messageKey: 'bundle.schemaInvalid', issues: issuesFromZod(parsed.error) });
  return parsed.data;
}

function readDocument(bytes: Buffer | undefined, manifest: Manifest, problems: BundleProblem[]): BundleDocument | null {
  if (!bytes) return null;
  let json: object;
  try {
    json = parseJson(PLAN_FILE, bytes, MAX_PLAN_BYTES);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    problems.push(error.problem);
    return null;
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== manifest.schemaVersion) {
    problems.push({ kind: 'schema', file: PLAN_FILE, messageKey: 'bundle.versionDisagrees', params: { plan: typeof version === 'number' ? version : '—', manifest: manifest.schemaVersion } });
    return null;
  }
  const parsed = BundleDocumentSchema.safeParse(upgradeBundleDocument(json, manifest.schemaVersion));
  if (!parsed.success) {
    problems.push({ kind: 'schema', file: PLAN_FILE, messageKey: 'bundle.schemaInvalid', issues: issuesFromZod(parsed.error).slice(0, 50) });
    return null;
  }
  return parsed.data;
}

/** JSON from outside: bounded in size and nesting before it is parsed, an object at the top. */
function parseJson(file: string, bytes: Buffer, maxBytes: number): object {
  if (bytes.length > maxBytes) throw new Unreadable({ kind: 'schema', file, messageKey: 'bundle.jsonTooLarge', params: { max: maxBytes / 1024 / 1024 } });
  if (nestingDepth(bytes) > MAX_JSON_DEPTH) throw new Unreadable({ kind: 'schema', file, messageKey: 'bundle.jsonTooDeep', params: { max: MAX_JSON_DEPTH } });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Unreadable({ kind: 'schema', file, messageKey: 'bundle.badJson' });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Unreadable({ kind: 'schema', file, messageKey: 'bundle.badJson' });
  return json;
}

/**
 * The deepest nesting of arrays and objects, counted on the UTF-8 bytes without parsing
 * (strings skipped). Safe on bytes: every byte of a multi-byte character is 0x80 or above.
 */
export function nestingDepth(bytes: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index++) {
    const code = bytes[index]!;
    if (inString) {
      if (code === 92) index++;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

/** JSON with sorted keys: two values are the same facts when these strings are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
