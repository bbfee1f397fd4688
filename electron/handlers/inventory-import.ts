// Files coming in: the inventory import (a preview with its mapping and row problems, then
// all rows in one transaction, one undo step) and reference price lists.
import { commitImport, previewImport } from '../import/pipeline.ts';
import { importReferenceList } from '../prices/import.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

export function importHandlers(
  deps: HandlerDeps,
): PartialHandlers<'inventory.importPreview' | 'inventory.importCommit' | 'prices.import'> {
  return {
    'prices.import': (input) => importReferenceList(deps, input),
    'inventory.importPreview': (input) => previewImport(deps, input),
    'inventory.importCommit': (input) => commitImport(deps, input),
  };
}
