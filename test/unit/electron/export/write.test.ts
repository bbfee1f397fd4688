// Export files land whole or not at all: written beside the target, renamed into place, and nothing left behind when writing fails.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/export/write.ts';

describe('writeFileAtomically', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'digiplan-write-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the file and leaves no temporary file', () => {
    const path = writeFileAtomically(folder, 'plan.pdf', Buffer.from('%PDF-1.3 …'));
    expect(path).toBe(join(folder, 'plan.pdf'));
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.3 …');
    expect(readdirSync(folder)).toEqual(['plan.pdf']);
  });

  it('replaces an earlier file of the same name only once the new one is complete', () => {
    writeFileSync(join(folder, 'plan.pdf'), 'old');
    writeFileAtomically(folder, 'plan.pdf', Buffer.from('new'));
    expect(readFileSync(join(folder, 'plan.pdf'), 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['plan.pdf']);
  });

  it('throws and leaves nothing when the folder does not exist', () => {
    expect(() => writeFileAtomically(join(folder, 'missing'), 'plan.pdf', Buffer.from('x'))).toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('throws and removes its temporary file when the rename fails', () => {
    // A folder where the file should go: the rename is refused after the bytes were written.
    mkdirSync(join(folder, 'plan.pdf', 'inside'), { recursive: true });
    expect(() => writeFileAtomically(folder, 'plan.pdf', Buffer.from('new'))).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(folder)).toEqual(['plan.pdf']);
  });
});
