// Submission bundles through the doors: written from a plan, read in review mode (nothing
// stored), rolled up into one spreadsheet, and imported back as a new plan when the file is
// sound (a plan that does not meet every precondition yet can still be imported).
import { contentOf } from '../../shared/plan/schema.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { AppError } from '../../shared/result.ts';
import { isSound, readBundle, readBundleFiles } from '../bundle/read.ts';
import { rollupFile, rollupRow } from '../bundle/summary.ts';
import { buildBundle, evidencePath, sha256Hex } from '../bundle/write.ts';
import { decodeBase64 } from '../store/attachments.ts';
import { allInventory } from '../store/inventory.ts';
import { readReferenceLists } from '../store/prices.ts';
import { createPlan } from './plans.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type BundleChannels = 'exports.bundle' | 'bundles.read' | 'bundles.summary' | 'plans.importBundle';

export function bundleHandlers({ store, clock, appVersion, attachments, newId }: HandlerDeps): PartialHandlers<BundleChannels> {
  const readFile = (file: { fileName: string; contentBase64: string }) => readBundle(file.fileName, decodeBase64(file.contentBase64));

  return {
    'exports.bundle': async ({ planId, language }) => {
      const plan = store.getPlan(planId);
      const inventory = () => allInventory(store.db, planId);
      const built = await buildBundle({
        plan,
        inventory,
        referenceLists: readReferenceLists(store.db),
        attachment: (sha256) => attachments.read(sha256),
        appVersion,
        language,
        now: clock.now(),
      });
      return { fileName: built.fileName, bytes: built.bytes.length, contentBase64: built.bytes.toString('base64') };
    },

    'bundles.read': ({ files }) => files.map(readFile),

    'bundles.summary': async ({ files, format, language }) => {
      const rows = files.map((file) => rollupRow(readFile(file)));
      const bytes = await rollupFile(rows, format, createI18n(language).t);
      const fileName = `${createI18n(language).t('rollup.fileName')}.${format}`;
      return { fileName, bytes: bytes.length, contentBase64: bytes.toString('base64'), schools: rows.length };
    },

    'plans.importBundle': ({ file }) => {
      const { report, files } = readBundleFiles(file.fileName, decodeBase64(file.contentBase64));
      const refuse = (problems: typeof report.problems) =>
        new AppError('INVALID_INPUT', 'bundle.importRefused', {
          issues: problems.map((problem) => ({ path: problem.file ? [problem.file] : [], messageKey: problem.messageKey, ...(problem.params ? { params: problem.params } : {}) })),
        });
      if (!isSound(report) || !report.document) throw refuse(report.problems);
      const { plan, inventory } = report.document;
      const evidence = new Map<string, Buffer>();
      for (const attachment of plan.procurements.flatMap((procurement) => procurement.documents)) {
        const bytes = files.get(evidencePath(attachment.sha256));
        if (!bytes || sha256Hex(bytes) !== attachment.sha256) {
          throw refuse([{ kind: 'integrity', file: evidencePath(attachment.sha256), messageKey: 'bundle.fileMissing' }]);
        }
        evidence.set(attachment.sha256, bytes);
      }
      for (const bytes of evidence.values()) attachments.put(bytes);
      const id = createPlan(store, newId(), { name: plan.name, content: contentOf(plan), isExample: false, inventory });
      return store.getSummary(id);
    },
  };
}
