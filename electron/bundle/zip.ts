// Zip for submission bundles. Writing goes through fflate. Reading is our own, small and
// strict, because a bundle comes from outside: every size, name and offset is checked before
// a byte is inflated, inflating stops at the size the entry declares (a zip bomb cannot grow
// past it), every CRC is checked, and nothing is ever written to disk.
import { crc32, inflateRawSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** Already-compressed formats are stored; compressing them again costs time and gains nothing. */
const stored = /\.(pdf|docx|xlsx|zip|png|jpe?g)$/i;

export function writeZip(entries: readonly ZipEntry[], modified: Date): Buffer {
  const files: Zippable = {};
  for (const entry of entries) files[entry.path] = [entry.bytes, { level: stored.test(entry.path) ? 0 : 6, mtime: modified }];
  return Buffer.from(zipSync(files));
}

export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const bundleZipLimits: ZipLimits = {
  maxArchiveBytes: 200 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

/** Why a zip cannot be read, as a catalog key with its numbers. */
export class ZipRefusal extends Error {
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  constructor(messageKey: string, params: Record<string, string | number> = {}) {
    super(messageKey);
    this.messageKey = messageKey;
    this.params = params;
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

/**
 * A safe entry name: relative, forward slashes, no `.` or `..` segment, no drive letter, no
 * control characters. Anything else is refused, never "cleaned up".
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(name)) return false;
  if (name.startsWith('/')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Reads every file of a zip into memory, or throws a ZipRefusal saying why not. */
export function readZip(bytes: Uint8Array, limits: ZipLimits = bundleZipLimits): Map<string, Buffer> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length > limits.maxArchiveBytes) throw new ZipRefusal('bundle.zipTooLarge', { max: limits.maxArchiveBytes / 1024 / 1024 });
  const end = findEndOfCentralDirectory(data);
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRefusal('bundle.zip64');
  if (count > limits.maxEntries) throw new ZipRefusal('bundle.tooManyEntries', { count, max: limits.maxEntries });
  if (directoryOffset + directorySize > end) throw new ZipRefusal('bundle.notAZip');

  // First every entry's name, size and offsets, then inflating: nothing is inflated from a
  // zip that a later entry shows to be hostile.
  const entries: { name: string; method: number; crc: number; size: number; raw: Buffer }[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipRefusal('bundle.notAZip');
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const crc = data.readUInt32LE(at + 16);
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const rawName = data.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > end) throw new ZipRefusal('bundle.notAZip');

    const name = rawName.toString('utf8');
    // A folder entry (`documenten/`, as other zip tools add) is checked like a file name, then skipped.
    const isFolder = name.endsWith('/');
    if (!isSafeEntryName(isFolder ? name.slice(0, -1) : name) || Buffer.from(name, 'utf8').compare(rawName) !== 0) {
      throw new ZipRefusal('bundle.unsafeName', { name: name.replace(/[^\x20-\x7e]/g, '?').slice(0, 120) });
    }
    if (isFolder) continue;
    if (names.has(name)) throw new ZipRefusal('bundle.duplicateEntry', { name });
    names.add(name);
    if (flags & 0x1) throw new ZipRefusal('bundle.encrypted', { name });
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefusal('bundle.zip64');
    if (method !== 0 && method !== 8) throw new ZipRefusal('bundle.unknownCompression', { name, method });
    if (size > limits.maxEntryBytes) throw new ZipRefusal('bundle.entryTooLarge', { name, max: limits.maxEntryBytes / 1024 / 1024 });
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipRefusal('bundle.bomb', { name });

    if (localOffset + 30 > directoryOffset || data.readUInt32LE(localOffset) !== LOCAL_ENTRY) throw new ZipRefusal('bundle.notAZip');
    const localNameLength = data.readUInt16LE(localOffset + 26);
    const start = localOffset + 30 + localNameLength + data.readUInt16LE(localOffset + 28);
    if (start + compressedSize > directoryOffset) throw new ZipRefusal('bundle.notAZip');
    // A streaming unzip goes by the local header's name: it must be the one checked above.
    if (data.subarray(localOffset + 30, localOffset + 30 + localNameLength).compare(rawName) !== 0) throw new ZipRefusal('bundle.corruptEntry', { name });
    entries.push({ name, method, crc, size, raw: data.subarray(start, start + compressedSize) });
  }

  const files = new Map<string, Buffer>();
  for (const { name, method, crc, size, raw } of entries) {
    let content: Buffer;
    if (method === 0) {
      if (raw.length !== size) throw new ZipRefusal('bundle.corruptEntry', { name });
      content = Buffer.from(raw);
    } else {
      try {
        // One byte more than declared: an entry that inflates past its size is caught, not followed.
        content = inflateRawSync(raw, { maxOutputLength: size + 1 });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ZipRefusal(code === 'ERR_BUFFER_TOO_LARGE' ? 'bundle.bomb' : 'bundle.corruptEntry', { name });
      }
      if (content.length !== size) throw new ZipRefusal(content.length > size ? 'bundle.bomb' : 'bundle.corruptEntry', { name });
    }
    if (crc32(content) !== crc) throw new ZipRefusal('bundle.corruptEntry', { name });
    files.set(name, content);
  }
  return files;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= earliest; at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipRefusal('bundle.notAZip');
}
