// The shape of the handler table and what it is built from.
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import type { Attachments } from '../store/attachments.ts';
import type { Clock, Store } from '../store/store.ts';

export interface HandlerDeps {
  store: Store;
  clock: Clock;
  newId: () => string;
  appVersion: string;
  dataFile: string;
  attachments: Attachments;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };
export type PartialHandlers<K extends Channel> = { [C in K]: Handler<C> };
