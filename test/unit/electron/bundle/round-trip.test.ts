// The submission bundle end to end through the handlers: the example plan exported as a bundle
// holds plan.json, the PDFs and DOCX and a manifest with every file's SHA-256; it reads back
// valid, imports as an equal plan (inventory and evidence included), and one changed byte in
// any file makes it invalid, naming that file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../../../electron/bundle/read.ts';
import { sha256Hex } from '../../../../electron/bundle/write.ts';
import { readZip, writeZip } from '../../../../electron/bundle/zip.ts';
import { ManifestSchema } from '../../../../shared/bundle/schema.ts';
import { contentOf } from '../../../../shared/plan/schema.ts';
import { openTestBackend, sequentialIds, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-11-23T10:00:00.000Z';

describe('submission bundle round trip', () => {
  let backend: TestBackend;
  let zip: Buffer;
  beforeEach(async () => {
    backend = openTestBackend();
    backend.clock.set(NOW);
    const built = await backend.call('exports.bundle', { planId: EXAMPLE_ID, language: 'nl' });
    zip = Buffer.from(built.contentBase64, 'base64');
    expect(built.fileName).toBe('Indiening_Voorbeeldschool-Campus-Zuid_2026-2027.zip');
  });
  afterEach(() => {
    backend.dispose();
  });

  it('holds plan.json, the PDFs and DOCX and the evidence, each hashed in the manifest', () => {
    const files = readZip(zip);
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json')!.toString('utf8')));
    expect(manifest).toMatchObject({ format: 'digiplan-bundle', schemaVersion: 1, createdAt: NOW, schoolYear: '2026-2027' });
    expect(manifest.school.name).toBe('Voorbeeldschool Campus Zuid');
    const paths = manifest.files.map((file) => file.path);
    expect(paths[0]).toBe('plan.json');
    expect(paths.filter((path) => path.endsWith('.pdf'))).toHaveLength(2);
    expect(paths.filter((path) => path.endsWith('.docx'))).toHaveLength(2);
    expect(paths.some((path) => path.startsWith('bewijsstukken/'))).toBe(true);
    expect([...files.keys()].sort()).toEqual(['manifest.json', ...paths].sort());
    for (const file of manifest.files) expect(sha256Hex(files.get(file.path)!)).toBe(file.sha256);
  });

  it('reads back valid with the key figures of the school', () => {
    const report = readBundle('bundel.zip', zip);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('valid');
    expect(report.summary).toMatchObject({ schoolName: 'Voorbeeldschool Campus Zuid', schoolYear: '2026-2027', ready: true, blockingFindings: 0 });
    expect(report.summary!.pupils).toBeGreaterThan(0);
    expect(report.summary!.fundingCents).toBe(report.document!.facts.funding.allocationCents);
  });

  it('imports on another computer as a new plan equal to the original, with its inventory and evidence', async () => {
    const original = backend.store.getPlan(EXAMPLE_ID);
    const other = openTestBackend({ newId: sequentialIds(500) });
    try {
      const summary = await other.call('plans.importBundle', { file: { fileName: 'bundel.zip', contentBase64: zip.toString('base64') } });
      expect(summary.id).not.toBe(EXAMPLE_ID);
      const imported = other.store.getPlan(summary.id);
      expect(imported.name).toBe(original.name);
      expect(contentOf(imported)).toEqual(contentOf(original));
      expect(imported.fleet).toEqual(original.fleet);
      for (const sha of original.procurements.flatMap((p) => p.documents).map((d) => d.sha256)) {
        const evidence = await other.call('attachments.read', { planId: summary.id, sha256: sha });
        expect(sha256Hex(Buffer.from(evidence.contentBase64, 'base64'))).toBe(sha);
      }
      await other.call('undo.undo', { scope: 'library' });
      expect((await other.call('plans.list', {})).some((plan) => plan.id === summary.id)).toBe(false);
    } finally {
      other.dispose();
    }
  });

  it('catches one changed byte in any file and names the file', () => {
    const files = readZip(zip);
    for (const path of files.keys()) {
      const entries = [...files].map(([name, bytes]) => {
        if (name !== path) return { path: name, bytes };
        const changed = Buffer.from(bytes);
        changed[Math.floor(changed.length / 2)]! ^= 0x01;
        return { path: name, bytes: changed };
      });
      const report = readBundle('bundel.zip', writeZip(entries, new Date(NOW)));
      expect(report.status, path).not.toBe('valid');
      if (path !== 'manifest.json') expect(report.problems, path).toContainEqual({ kind: 'integrity', file: path, messageKey: 'bundle.hashMismatch' });
    }
  });

  it('names the file when one byte of the zip itself changes inside its compressed data', () => {
    for (const path of readZip(zip).keys()) {
      const localHeader = zip.indexOf(Buffer.from(path, 'utf8')) - 30;
      const compressedSize = zip.readUInt32LE(localHeader + 18);
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const changed = Buffer.from(zip);
      changed[dataStart + Math.floor(compressedSize / 2)]! ^= 0x01;
      const report = readBundle('bundel.zip', changed);
      expect(report.status, path).not.toBe('valid');
      expect(report.problems.map((problem) => problem.file), path).toContain(path);
    }
  });

  it('still reads the version-1 bundle kept in the repository as valid', () => {
    const fixture = readFileSync(new URL('../../../fixtures/bundles/voorbeeldschool-v1.zip', import.meta.url));
    const report = readBundle('voorbeeldschool-v1.zip', fixture);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('valid');
    expect(report.manifest?.schemaVersion).toBe(1);
    expect(report.document?.checkedOn).toBe('2026-11-23');
  });
});
