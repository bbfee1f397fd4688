// Documents attached to procurement files, kept next to the database and named by their
// SHA-256: the same file is stored once, a file is never overwritten or lost, and its hash
// proves later that it is the document that was attached. Written to a temporary file and
// renamed into place, so a crash leaves no half document.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result.ts';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export class Attachments {
  private readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** Stores the bytes once; returns their SHA-256. */
  put(bytes: Buffer): string {
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'errors.attachmentTooLarge', { params: { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (existsSync(target)) return sha256;
    mkdirSync(this.folder, { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes, { flush: true });
    renameSync(temporary, target);
    return sha256;
  }

  read(sha256: string): Buffer {
    const file = this.pathOf(sha256);
    if (!existsSync(file)) throw new AppError('NOT_FOUND', 'errors.attachmentMissing');
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw new AppError('DB_CORRUPT', 'errors.attachmentChanged');
    }
    return bytes;
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('INVALID_INPUT', 'errors.invalidInput');
    return join(this.folder, sha256);
  }
}

/** Base64 from a door, decoded strictly: anything else is refused, not half read. */
export function decodeBase64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new AppError('INVALID_INPUT', 'errors.invalidFileContent');
  }
  return Buffer.from(text, 'base64');
}
