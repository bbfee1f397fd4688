// Writes a plan's submission bundle: plan.json (the plan, its inventory, the reference prices
// it was checked against and the facts worked out from them), the PDF and DOCX documents,
// the procurement evidence, and manifest.json with the SHA-256 of each of those files.
import { createHash } from 'node:crypto';
import { bundleFacts } from '../../shared/bundle/facts.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  MANIFEST_FILE,
  PLAN_FILE,
  type BundleDocument,
  type Manifest,
} from '../../shared/bundle/schema.ts';
import type { InventoryLine } from '../../shared/devices/schema.ts';
import { documentsFor, fileSlug } from '../../shared/export/documents.ts';
import { feesClosed } from '../../shared/fees/rules.ts';
import type { Language } from '../../shared/contract.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import type { Plan } from '../../shared/plan/schema.ts';
import { termYearOf } from '../../shared/plan/term.ts';
import type { ReferenceList } from '../../shared/prices/schema.ts';
import { buildDocument } from '../export/build.ts';
import { writeZip, type ZipEntry } from './zip.ts';

export interface BundleSources {
  plan: Plan;
  inventory: () => InventoryLine[];
  referenceLists: readonly ReferenceList[];
  /** The procurement evidence by SHA-256. */
  attachment: (sha256: string) => Buffer;
  appVersion: string;
  language: Language;
  now: Date;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where a piece of procurement evidence sits in the bundle: by its hash, as the app stores it. */
export const evidencePath = (sha256: string): string => `bewijsstukken/${sha256}`;

export function bundleFileName(plan: Plan, schoolYear: string): string {
  return `Indiening_${fileSlug(plan.profile.schoolName || plan.name)}_${schoolYear}.zip`;
}

export async function buildBundle(sources: BundleSources): Promise<{ fileName: string; bytes: Buffer }> {
  const { plan, referenceLists, now } = sources;
  const createdAt = now.toISOString();
  const checkedOn = createdAt.slice(0, 10);
  const schoolYear = termYearOf(checkedOn);
  const inventory = sources.inventory();
  const document: BundleDocument = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    createdAt,
    checkedOn,
    schoolYear,
    app: { name: 'Digiplanner', version: sources.appVersion },
    plan,
    inventory,
    referenceLists: [...referenceLists],
    facts: bundleFacts(plan, referenceLists, checkedOn, schoolYear),
  };

  const t = createI18n(sources.language).t;
  const entries: ZipEntry[] = [{ path: PLAN_FILE, bytes: Buffer.from(`${JSON.stringify(document, null, 1)}\n`, 'utf8') }];
  for (const id of documentsFor(['pdf', 'docx'], feesClosed(plan))) {
    const built = await buildDocument(id, { plan, inventory: () => inventory, referenceLists, t, now });
    entries.push({ path: `documenten/${built.fileName}`, bytes: built.bytes });
  }
  const evidence = new Set(plan.procurements.flatMap((procurement) => procurement.documents.map((attachment) => attachment.sha256)));
  for (const sha256 of [...evidence].sort()) entries.push({ path: evidencePath(sha256), bytes: sources.attachment(sha256) });

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    appVersion: sources.appVersion,
    createdAt,
    school: { name: plan.profile.schoolName, institutionNumber: plan.profile.institutionNumber },
    schoolYear,
    files: entries.map((entry) => ({ path: entry.path, sha256: sha256Hex(entry.bytes), bytes: entry.bytes.length })),
  };
  const zip = writeZip([{ path: MANIFEST_FILE, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }, ...entries], now);
  return { fileName: bundleFileName(plan, schoolYear), bytes: zip };
}
