// Builds hostile submission bundles for the tests: the fixture bundle's files zipped again
// with one change, and zip bytes written by hand where fflate cannot make the attack (names
// it would not write, sizes that lie, flags and methods it never uses, one name twice).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { readZip, writeZip } from '../../electron/bundle/zip.ts';

export const FIXTURE_NAME = 'voorbeeldschool-v1.zip';
export const fixtureZip: Buffer = readFileSync(new URL(`../fixtures/bundles/${FIXTURE_NAME}`, import.meta.url));
/** The fixture's evidence, documents and plan by path, as read from the zip. */
export const fixtureFiles = (): Map<string, Buffer> => readZip(fixtureZip);

export const MB = 1024 * 1024;
const MODIFIED = new Date('2026-11-23T10:00:00.000Z');

export const firstPdf = (): string => [...fixtureFiles().keys()].find((path) => path.endsWith('.pdf'))!;

/** The fixture's files, changed by `change`, zipped again the way the app writes a bundle. */
export function rezip(change: (files: Map<string, Buffer>) => void): Buffer {
  const files = fixtureFiles();
  change(files);
  return writeZip([...files].map(([path, bytes]) => ({ path, bytes })), MODIFIED);
}

export function jsonOf(files: Map<string, Buffer>, path: string): Record<string, unknown> {
  return JSON.parse(files.get(path)!.toString('utf8')) as Record<string, unknown>;
}

export function putJson(files: Map<string, Buffer>, path: string, value: unknown): void {
  files.set(path, Buffer.from(JSON.stringify(value, null, 1)));
}

/**
 * Writes the size and SHA-256 of every listed file into the manifest again, so a changed
 * file reaches the checks after the hashes (the JSON, the schema, the facts).
 */
export function rehash(files: Map<string, Buffer>): void {
  const manifest = jsonOf(files, 'manifest.json') as { files: { path: string; sha256: string; bytes: number }[] };
  for (const entry of manifest.files) {
    const bytes = files.get(entry.path);
    if (!bytes) continue;
    entry.sha256 = createHash('sha256').update(bytes).digest('hex');
    entry.bytes = bytes.length;
  }
  putJson(files, 'manifest.json', manifest);
}

/** One entry of a hand-written zip; every field a liar might set can be set. */
export interface RawEntry {
  name: string | Buffer;
  /** The bytes as stored in the zip (already deflated for method 8). */
  data: Buffer;
  method: number;
  crc: number;
  /** The uncompressed size the entry declares. */
  size: number;
  compressedSize?: number;
  flags?: number;
  /** The name in the local header, when it should differ from the central directory's. */
  localName?: string | Buffer;
}

export function storedEntry(name: string | Buffer, content: Buffer): RawEntry {
  return { name, data: content, method: 0, crc: crc32(content), size: content.length };
}

export function deflatedEntry(name: string | Buffer, content: Buffer): RawEntry {
  return { name, data: deflateRawSync(content), method: 8, crc: crc32(content), size: content.length };
}

/** The fixture's files as raw entries, so an attack can sit among real bundle files. */
export function fixtureEntries(files: Map<string, Buffer> = fixtureFiles()): RawEntry[] {
  return [...files].map(([path, bytes]) => deflatedEntry(path, bytes));
}

/**
 * `megabytes` MB of zeros as one raw deflate stream, without ever holding them: one
 * megabyte deflated and flushed to a byte boundary, repeated, then an empty final block.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
}

/** Zip bytes written by hand: local headers, data, the central directory and its end record. */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const localName = entry.localName === undefined ? name : typeof entry.localName === 'string' ? Buffer.from(entry.localName, 'utf8') : entry.localName;
    const compressedSize = entry.compressedSize ?? entry.data.length;
    const flags = (entry.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(compressedSize >>> 0, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(localName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(compressedSize >>> 0, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, entry.data);
    centrals.push(central, name);
    offset += local.length + localName.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A hostile bundle and exactly how the reader must refuse it. */
export interface HostileCase {
  name: string;
  bytes: Buffer;
  status: 'invalid' | 'unreadable';
  kind: 'container' | 'integrity' | 'schema' | 'facts';
  messageKey: string;
  /** The file the problem names (null: the zip as a whole). */
  file: string | null;
  /** The message's params exactly; absent when the problem has none. */
  params?: Record<string, string | number>;
}

/** A zip the reader refuses as a whole (a ZipRefusal: its params are always there). */
const container = (name: string, bytes: Buffer, messageKey: string, params: Record<string, string | number> = {}): HostileCase => ({
  name,
  bytes,
  status: 'unreadable',
  kind: 'container',
  messageKey,
  file: typeof params.name === 'string' ? params.name : null,
  params,
});

/** A zip that reads but is no bundle this app can read: the manifest is named. */
const notReadable = (name: string, bytes: Buffer, messageKey: string, params?: Record<string, string | number>): HostileCase => ({
  name,
  bytes,
  status: 'unreadable',
  kind: 'container',
  messageKey,
  file: 'manifest.json',
  ...(params ? { params } : {}),
});

const unsafeName = (raw: string | Buffer, shown: string): HostileCase =>
  container(`an entry named ${JSON.stringify(typeof raw === 'string' ? raw : raw.toString('latin1'))}`, rawZip([...fixtureEntries(), storedEntry(raw, Buffer.from('pwned'))]), 'bundle.unsafeName', { name: shown });

const editedJson = (path: string, edit: (json: Record<string, unknown>) => unknown, { rehashed = true } = {}): Buffer =>
  rezip((files) => {
    putJson(files, path, edit(jsonOf(files, path)));
    if (rehashed) rehash(files);
  });

const replaced = (path: string, text: string | Buffer, { rehashed = true } = {}): Buffer =>
  rezip((files) => {
    files.set(path, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    if (rehashed) rehash(files);
  });

/** plan.json of `megabytes` MB: valid JSON, mostly spaces, deflated by zlib (fast). */
function hugePlanZip(megabytes: number): Buffer {
  const files = fixtureFiles();
  const plan = files.get('plan.json')!;
  files.set('plan.json', Buffer.concat([plan.subarray(0, plan.length - 1), Buffer.alloc(megabytes * MB, ' '), Buffer.from('}')]));
  rehash(files);
  return rawZip(fixtureEntries(files));
}

/**
 * The whole hostile corpus. The two 50 MB cases are built once per call (about a second);
 * callers keep the result.
 */
export function hostileCorpus(): HostileCase[] {
  const pdf = firstPdf();
  const fixture = fixtureEntries();
  const bombName = 'documenten/bom.pdf';
  const zeros50 = deflatedZeros(50);
  return [
    // The container.
    container('not a zip at all', Buffer.from('hallo, dit is geen zip'), 'bundle.notAZip'),
    container('an empty file', Buffer.alloc(0), 'bundle.notAZip'),
    container('a zip cut off halfway', fixtureZip.subarray(0, Math.floor(fixtureZip.length / 2)), 'bundle.notAZip'),
    container('a zip missing its last bytes', fixtureZip.subarray(0, fixtureZip.length - 5), 'bundle.notAZip'),
    container('an encrypted entry', rawZip([...fixture, { ...storedEntry('geheim.txt', Buffer.from('x')), flags: 0x1 }]), 'bundle.encrypted', { name: 'geheim.txt' }),
    container('an entry compressed with bzip2 (method 12)', rawZip([...fixture, { ...storedEntry('raar.bin', Buffer.from('x')), method: 12 }]), 'bundle.unknownCompression', {
      name: 'raar.bin',
      method: 12,
    }),
    container('plan.json twice', rawZip([...fixture, storedEntry('plan.json', Buffer.from('{}'))]), 'bundle.duplicateEntry', { name: 'plan.json' }),
    container(
      'a local header naming another file than the central directory',
      rawZip([...fixture, { ...storedEntry('documenten/extra.txt', Buffer.from('x')), localName: '../../evil.txt' }]),
      'bundle.corruptEntry',
      { name: 'documenten/extra.txt' },
    ),
    // Zip bombs: a size that lies, and sizes beyond the limits.
    container('an entry declaring 1 kB that inflates to 50 MB', rawZip([{ name: bombName, data: zeros50, method: 8, crc: 0, size: 1000 }, ...fixture]), 'bundle.bomb', {
      name: bombName,
    }),
    container('an entry declaring 4 GB', rawZip([...fixture, { name: bombName, data: zeros50, method: 8, crc: 0, size: 0xfffffff0 }]), 'bundle.entryTooLarge', {
      name: bombName,
      max: 64,
    }),
    container(
      'entries declaring 60 MB each, 300 MB together',
      rawZip([...fixture, ...[1, 2, 3, 4, 5].map((n) => ({ name: `documenten/bom-${n}.pdf`, data: zeros50, method: 8, crc: 0, size: 60 * MB }))]),
      'bundle.bomb',
      { name: 'documenten/bom-5.pdf' },
    ),
    // Entry names that would write outside the folder they are unpacked into.
    unsafeName('../evil.txt', '../evil.txt'),
    unsafeName('a/../../evil', 'a/../../evil'),
    unsafeName('/etc/passwd', '/etc/passwd'),
    unsafeName('C:\\evil', 'C:\\evil'),
    unsafeName('documenten\\..\\x', 'documenten\\..\\x'),
    unsafeName('plan.json\u0000.pdf', 'plan.json?.pdf'),
    unsafeName(Buffer.from([0x64, 0x6f, 0x63, 0xff, 0x2e, 0x70, 0x64, 0x66]), 'doc?.pdf'),
    // The manifest.
    notReadable('no manifest.json', rezip((files) => files.delete('manifest.json')), 'bundle.notABundle'),
    notReadable('a manifest with another format', editedJson('manifest.json', (json) => ({ ...json, format: 'zip-bundle' }), { rehashed: false }), 'bundle.notABundle'),
    notReadable('a manifest of schema version 2', editedJson('manifest.json', (json) => ({ ...json, schemaVersion: 2 }), { rehashed: false }), 'bundle.unknownSchemaVersion', {
      version: '2',
      known: '1',
    }),
    notReadable('a manifest of schema version 0', editedJson('manifest.json', (json) => ({ ...json, schemaVersion: 0 }), { rehashed: false }), 'bundle.unknownSchemaVersion', {
      version: '0',
      known: '1',
    }),
    notReadable('a manifest with the version as text', editedJson('manifest.json', (json) => ({ ...json, schemaVersion: '1' }), { rehashed: false }), 'bundle.unknownSchemaVersion', {
      version: '1',
      known: '1',
    }),
    invalid('a broken manifest.json', replaced('manifest.json', fixtureFiles().get('manifest.json')!.subarray(0, 100), { rehashed: false }), 'schema', 'manifest.json', 'bundle.badJson'),
    invalid('a manifest.json that is a list', replaced('manifest.json', '[1, 2, 3]', { rehashed: false }), 'schema', 'manifest.json', 'bundle.badJson'),
    invalid('a manifest.json nested 100 deep', replaced('manifest.json', `${'['.repeat(100)}${']'.repeat(100)}`, { rehashed: false }), 'schema', 'manifest.json', 'bundle.jsonTooDeep', { max: 64 }),
    invalid(
      'a manifest listing a file with a bad hash',
      editedJson('manifest.json', (json) => ({ ...json, files: (json.files as object[]).map((file, index) => (index === 0 ? { ...file, sha256: 'nope' } : file)) }), { rehashed: false }),
      'schema',
      'manifest.json',
      'bundle.schemaInvalid',
    ),
    // The hashes.
    invalid('one byte changed in a PDF', rezip((files) => flipMiddleByte(files.get(pdf)!)), 'integrity', pdf, 'bundle.hashMismatch'),
    invalid(
      'one byte changed in plan.json',
      rezip((files) => {
        const plan = files.get('plan.json')!;
        const at = plan.indexOf('"createdAt": "2026-11-23T10:00:00.000Z"') + '"createdAt": "2026-11-23T10:00:00.00'.length;
        plan[at] = '7'.charCodeAt(0);
      }),
      'integrity',
      'plan.json',
      'bundle.hashMismatch',
    ),
    invalid('a PDF removed', rezip((files) => files.delete(pdf)), 'integrity', pdf, 'bundle.fileMissing'),
    invalid('plan.json removed', rezip((files) => files.delete('plan.json')), 'integrity', 'plan.json', 'bundle.fileMissing'),
    invalid('an extra file the manifest does not list', rezip((files) => files.set('documenten/extra.txt', Buffer.from('extra'))), 'integrity', 'documenten/extra.txt', 'bundle.fileNotListed'),
    // plan.json.
    invalid('a truncated plan.json', replaced('plan.json', fixtureFiles().get('plan.json')!.subarray(0, 5000)), 'schema', 'plan.json', 'bundle.badJson'),
    invalid('a plan.json that is a list', replaced('plan.json', '[]'), 'schema', 'plan.json', 'bundle.badJson'),
    invalid('a plan.json that is a number', replaced('plan.json', '42'), 'schema', 'plan.json', 'bundle.badJson'),
    invalid('a plan.json of version 2 in a version 1 bundle', editedJson('plan.json', (json) => ({ ...json, schemaVersion: 2 })), 'schema', 'plan.json', 'bundle.versionDisagrees', {
      plan: 2,
      manifest: 1,
    }),
    invalid('a plan.json without a version', editedJson('plan.json', ({ schemaVersion: _, ...json }) => json), 'schema', 'plan.json', 'bundle.versionDisagrees', {
      plan: '—',
      manifest: 1,
    }),
    invalid('a plan.json missing its school year', editedJson('plan.json', ({ schoolYear: _, ...json }) => json), 'schema', 'plan.json', 'bundle.schemaInvalid'),
    invalid(
      'a plan.json whose facts were edited',
      editedJson('plan.json', (json) => {
        const facts = json.facts as { summary: { pupils: number } };
        facts.summary.pupils += 1;
        return json;
      }),
      'facts',
      'plan.json',
      'bundle.factsDiffer',
      { part: 'facts.summary' },
    ),
    invalid('a 50 MB plan.json', hugePlanZip(50), 'schema', 'plan.json', 'bundle.jsonTooLarge', { max: 40 }),
    invalid('a plan.json of 100,000 [', replaced('plan.json', '['.repeat(100_000)), 'schema', 'plan.json', 'bundle.jsonTooDeep', { max: 64 }),
    invalid(
      'a plan.json nested 100 deep in valid JSON',
      editedJson('plan.json', (json) => ({ ...json, extra: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) as unknown })),
      'schema',
      'plan.json',
      'bundle.jsonTooDeep',
      { max: 64 },
    ),
  ];
}

function invalid(name: string, bytes: Buffer, kind: HostileCase['kind'], file: string, messageKey: string, params?: Record<string, string | number>): HostileCase {
  return { name, bytes, status: 'invalid', kind, messageKey, file, ...(params ? { params } : {}) };
}

function flipMiddleByte(bytes: Buffer): void {
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
}
