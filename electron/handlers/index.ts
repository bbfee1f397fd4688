// The handler table and the one dispatch function every door goes through: it checks the
// channel, parses the input with the contract, runs the handler and turns every failure
// into an error value.
import { contract, isChannel, type Channel } from '../../shared/contract.ts';
import { AppError, type AppErrorShape, type Result } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { deviceHandlers } from './devices.ts';
import { exportHandlers } from './exports.ts';
import { bundleHandlers } from './bundles.ts';
import { feeHandlers } from './fees.ts';
import { fundingHandlers } from './funding.ts';
import { importHandlers } from './inventory-import.ts';
import { miscHandlers } from './misc.ts';
import { planHandlers } from './plans.ts';
import { policyHandlers } from './policy.ts';
import { profileHandlers } from './profile.ts';
import { trainingHandlers } from './training.ts';
import { versionHandlers } from './versions.ts';
import type { Handler, HandlerDeps, HandlerTable } from './types.ts';

export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    ...miscHandlers(deps),
    ...planHandlers(deps),
    ...profileHandlers(deps),
    ...policyHandlers(deps),
    ...trainingHandlers(deps),
    ...versionHandlers(deps),
    ...deviceHandlers(deps),
    ...importHandlers(deps),
    ...feeHandlers(deps),
    ...exportHandlers(deps),
    ...bundleHandlers(deps),
    ...fundingHandlers(deps),
  };
}

export interface DispatchOptions {
  /** Parse every output against the contract too; on in tests, off in production for speed. */
  checkOutput?: boolean;
  /** Where unexpected errors go; the reply itself never carries a stack trace. */
  logError?: (error: unknown, channel: string) => void;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export function createDispatch(handlers: HandlerTable, options: DispatchOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', messageKey: 'errors.unknownChannel' } };
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput', details: { issues: issuesFromZod(parsed.error) } },
      };
    }
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value: unknown = await handler(parsed.data);
      if (options.checkOutput) spec.output.parse(value);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, channel, options) };
    }
  };
}

function toErrorShape(error: unknown, channel: string, options: DispatchOptions): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { code: 'DB_BUSY', messageKey: 'errors.dbBusy' };
  options.logError?.(error, channel);
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}
