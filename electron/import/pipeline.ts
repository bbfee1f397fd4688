// Placeholder while the import pipeline is being built; replaced in the same change.
import type { ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import { AppError } from '../../shared/result.ts';
import type { HandlerDeps } from '../handlers/types.ts';

export function previewImport(_deps: HandlerDeps, _input: ParsedInput<'inventory.importPreview'>): ChannelOutput<'inventory.importPreview'> {
  throw new AppError('INTERNAL', 'errors.internal');
}

export function commitImport(_deps: HandlerDeps, _input: ParsedInput<'inventory.importCommit'>): ChannelOutput<'inventory.importCommit'> {
  throw new AppError('INTERNAL', 'errors.internal');
}
