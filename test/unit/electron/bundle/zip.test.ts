// The strict zip reader on its own: what it reads, and that it checks every name and size
// before it inflates anything, stops inflating at the declared size, and refuses what it
// cannot read safely with a catalog key.
import { describe, expect, it } from 'vitest';
import { isSafeEntryName, readZip, writeZip, ZipRefusal, type ZipLimits } from '../../../../electron/bundle/zip.ts';
import { deflatedEntry, deflatedZeros, fixtureFiles, fixtureZip, MB, rawZip, storedEntry } from '../../../builders/bundles.ts';

function refusal(bytes: Uint8Array, limits?: ZipLimits): { messageKey: string; params: Record<string, string | number> } {
  try {
    readZip(bytes, limits);
  } catch (error) {
    if (error instanceof ZipRefusal) return { messageKey: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('the zip was read, a refusal was expected');
}

describe('readZip', () => {
  // First in the file, so the worker's peak memory is as low as it gets before the bomb.
  it('stops inflating a bomb at its declared size: 1 GB of zeros declared as 1 kB never reaches memory', () => {
    const bomb = rawZip([{ name: 'bom.pdf', data: deflatedZeros(1024), method: 8, crc: 0, size: 1000 }]);
    expect(bomb.length).toBeLessThan(2 * MB);
    const peakBefore = process.resourceUsage().maxRSS;
    expect(refusal(bomb)).toEqual({ messageKey: 'bundle.bomb', params: { name: 'bom.pdf' } });
    // maxRSS is in kilobytes; inflating the whole gigabyte would raise the peak by about 1,000,000.
    expect(process.resourceUsage().maxRSS - peakBefore).toBeLessThan(200 * 1024);
  });

  it('reads what writeZip wrote, byte for byte', () => {
    const entries = [
      { path: 'plan.json', bytes: Buffer.from('{"a": 1}') },
      { path: 'documenten/brief.pdf', bytes: Buffer.from('%PDF-1.7 stored, not deflated') },
      { path: 'leeg.txt', bytes: Buffer.alloc(0) },
    ];
    const files = readZip(writeZip(entries, new Date('2026-11-23T10:00:00.000Z')));
    expect([...files]).toEqual(entries.map((entry) => [entry.path, entry.bytes]));
  });

  it('reads the fixture bundle: manifest, plan, documents and evidence', () => {
    const paths = [...fixtureFiles().keys()];
    expect(paths).toContain('manifest.json');
    expect(paths).toContain('plan.json');
    expect(paths.filter((path) => path.startsWith('documenten/'))).toHaveLength(4);
    expect(paths.filter((path) => path.startsWith('bewijsstukken/'))).toHaveLength(2);
  });

  it('skips the folder entries other zip tools add, and reads the files in them', () => {
    const zip = rawZip([storedEntry('documenten/', Buffer.alloc(0)), deflatedEntry('documenten/brief.txt', Buffer.from('beste ouders'))]);
    expect([...readZip(zip)]).toEqual([['documenten/brief.txt', Buffer.from('beste ouders')]]);
  });

  it('checks every name and size before it inflates anything', () => {
    const damaged = { ...deflatedEntry('eerst.txt', Buffer.from('x'.repeat(1000))), data: Buffer.from([0xff, 0xff, 0xff]) };
    expect(refusal(rawZip([damaged]))).toEqual({ messageKey: 'bundle.corruptEntry', params: { name: 'eerst.txt' } });
    // The damaged first entry is never inflated: the unsafe name after it is found first.
    expect(refusal(rawZip([damaged, storedEntry('../evil.txt', Buffer.from('x'))]))).toMatchObject({ messageKey: 'bundle.unsafeName' });
    expect(refusal(rawZip([damaged, storedEntry('eerst.txt', Buffer.from('x'))]))).toMatchObject({ messageKey: 'bundle.duplicateEntry' });
    expect(refusal(rawZip([damaged, { ...storedEntry('groot.bin', Buffer.from('x')), size: 100 * MB }]))).toMatchObject({ messageKey: 'bundle.entryTooLarge' });
  });

  it('refuses an entry whose local header names another file than the central directory', () => {
    // A streaming unzip (bsdtar, Windows tar) reads the local name and would write ../../evil.txt.
    const zip = rawZip([{ ...storedEntry('documenten/brief.txt', Buffer.from('x')), localName: '../../evil.txt' }]);
    expect(refusal(zip)).toEqual({ messageKey: 'bundle.corruptEntry', params: { name: 'documenten/brief.txt' } });
  });

  it('refuses an entry that inflates to fewer bytes than it declares', () => {
    const short = { ...deflatedEntry('kort.txt', Buffer.from('kort')), size: 10 };
    expect(refusal(rawZip([short]))).toEqual({ messageKey: 'bundle.corruptEntry', params: { name: 'kort.txt' } });
  });

  it('refuses a stored entry whose sizes disagree, and a wrong CRC', () => {
    expect(refusal(rawZip([{ ...storedEntry('a.txt', Buffer.from('abc')), size: 4 }]))).toMatchObject({ messageKey: 'bundle.corruptEntry' });
    expect(refusal(rawZip([{ ...storedEntry('a.txt', Buffer.from('abc')), crc: 12345 }]))).toMatchObject({ messageKey: 'bundle.corruptEntry' });
    expect(refusal(rawZip([{ ...deflatedEntry('a.txt', Buffer.from('abc')), crc: 12345 }]))).toMatchObject({ messageKey: 'bundle.corruptEntry' });
  });

  it('refuses offsets and sizes that point outside the file', () => {
    expect(refusal(rawZip([{ ...storedEntry('a.txt', Buffer.from('abc')), compressedSize: 5000 }]))).toEqual({ messageKey: 'bundle.notAZip', params: {} });
    const zip = rawZip([storedEntry('a.txt', Buffer.from('abc'))]);
    const directory = zip.readUInt32LE(zip.length - 6);
    const badOffset = Buffer.from(zip);
    badOffset.writeUInt32LE(9999, directory + 42);
    expect(refusal(badOffset)).toEqual({ messageKey: 'bundle.notAZip', params: {} });
    const badDirectory = Buffer.from(zip);
    badDirectory.writeUInt32LE(directory + 1, zip.length - 6);
    expect(refusal(badDirectory)).toEqual({ messageKey: 'bundle.notAZip', params: {} });
  });

  it('refuses zip64 markers, too many entries and a file over the archive limit', () => {
    expect(refusal(rawZip([{ ...storedEntry('a.txt', Buffer.from('abc')), size: 0xffffffff }]))).toEqual({ messageKey: 'bundle.zip64', params: {} });
    const limits: ZipLimits = { maxArchiveBytes: 10_000, maxEntries: 2, maxEntryBytes: 1000, maxTotalBytes: 1500 };
    const three = rawZip(['a', 'b', 'c'].map((name) => storedEntry(name, Buffer.from(name))));
    expect(refusal(three, limits)).toEqual({ messageKey: 'bundle.tooManyEntries', params: { count: 3, max: 2 } });
    expect(refusal(Buffer.alloc(20_000), limits)).toMatchObject({ messageKey: 'bundle.zipTooLarge' });
    const twoLarge = rawZip([storedEntry('a', Buffer.alloc(800)), storedEntry('b', Buffer.alloc(800))]);
    expect(refusal(twoLarge, limits)).toEqual({ messageKey: 'bundle.bomb', params: { name: 'b' } });
  });

  it('reads a bundle whose bytes sit inside a larger buffer', () => {
    const padded = Buffer.concat([Buffer.alloc(7, 1), fixtureZip, Buffer.alloc(3, 1)]);
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 7, fixtureZip.length);
    expect(readZip(view)).toEqual(fixtureFiles());
  });
});

describe('isSafeEntryName', () => {
  it.each(['plan.json', 'documenten/ICT-beleidsplan.pdf', 'bewijsstukken/abc', 'é è.txt'])('accepts %j', (name) => {
    expect(isSafeEntryName(name)).toBe(true);
  });

  it.each(['', '../x', 'a/../b', 'a/./b', './a', '/abs', 'a//b', 'a/', 'C:\\x', 'C:x', 'a\\b', 'a\u0000b', 'a\nb', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(isSafeEntryName(name)).toBe(false);
  });
});
