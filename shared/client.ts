// The typed client every caller uses, whatever carries the call: the preload API in
// Electron, fetch to the loopback bridge in the browser, or the handler table in-process.
import type { Channel, ChannelInput, ChannelOutput } from './contract.ts';
import { AppError, type Result } from './result.ts';

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

export interface Api {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** For callers that prefer exceptions (query libraries): throws the AppError. */
  run<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function createApi(invoke: Invoke): Api {
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    (await invoke(channel, input)) as Result<ChannelOutput<C>>;
  return {
    call,
    async run(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.messageKey, result.error.details);
      return result.value;
    },
  };
}

/** Menu commands the desktop shell sends to the window. */
export const menuCommands = ['undo', 'redo', 'newPlan', 'showPlans'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** What the Electron preload exposes as `window.digiplan`: one narrow object, nothing of Node. */
export interface DesktopBridge {
  invoke: Invoke;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
