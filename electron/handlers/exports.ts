// The export documents, built in the main process (fonts, PDF and Office writers stay out
// of the renderer) and handed over as bytes: the app offers them as downloads, the CLI
// writes them to a folder.
import { exportDocumentFormat, feeDocuments } from '../../shared/export/documents.ts';
import { feesClosed } from '../../shared/fees/rules.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { AppError } from '../../shared/result.ts';
import { buildDocument } from '../export/build.ts';
import { allInventory } from '../store/inventory.ts';
import { readReferenceLists } from '../store/prices.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

export function exportHandlers({ store, clock }: HandlerDeps): PartialHandlers<'exports.document'> {
  return {
    'exports.document': async ({ planId, document, language }) => {
      const plan = store.getPlan(planId);
      if (feesClosed(plan) && feeDocuments.includes(document)) throw new AppError('INVALID_INPUT', 'errors.exportFeesClosed', { params: { document } });
      const inventory = () => allInventory(store.db, planId);
      const built = await buildDocument(document, { plan, inventory, referenceLists: readReferenceLists(store.db), t: createI18n(language).t, now: clock.now() });
      return { fileName: built.fileName, format: exportDocumentFormat[document], bytes: built.bytes.length, contentBase64: built.bytes.toString('base64') };
    },
  };
}
