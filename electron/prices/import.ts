// Placeholder while the reference price import is being built; replaced in the same change.
import type { ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import { AppError } from '../../shared/result.ts';
import type { HandlerDeps } from '../handlers/types.ts';

export function importReferenceList(_deps: HandlerDeps, _input: ParsedInput<'prices.import'>): ChannelOutput<'prices.import'> {
  throw new AppError('INTERNAL', 'errors.internal');
}
