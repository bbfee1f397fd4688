// Files land whole or not at all: written to a temporary name in the target folder, flushed,
// then renamed into place (a rename within one folder is atomic). An earlier file of the same
// name stays until the new one is complete.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function writeFileAtomically(folder: string, fileName: string, bytes: Buffer): string {
  const target = join(folder, fileName);
  const temporary = join(folder, `.${fileName}.${randomBytes(6).toString('hex')}.part`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return target;
}
