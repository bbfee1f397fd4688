// Opens the store and builds the handler table: the one start-up path shared by the
// desktop app, the browser bridge and the CLI.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDispatch, createHandlers, type Dispatch, type DispatchOptions } from './handlers/index.ts';
import type { HandlerTable } from './handlers/types.ts';
import { seedExampleOnce } from './handlers/plans.ts';
import { DATABASE_FILE } from './paths.ts';
import { Attachments } from './store/attachments.ts';
import { Store, systemClock, type Clock } from './store/store.ts';
import type { Migration } from './store/migrations.ts';

export interface BackendOptions {
  dataDir: string;
  appVersion: string;
  clock?: Clock;
  newId?: () => string;
  dispatch?: DispatchOptions;
  migrations?: readonly Migration[];
}

export interface Backend {
  store: Store;
  handlers: HandlerTable;
  dispatch: Dispatch;
  close(): void;
}

export function openBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? randomUUID;
  const dataFile = join(options.dataDir, DATABASE_FILE);
  const store = Store.open(dataFile, clock, options.migrations ? { migrations: options.migrations } : {});
  const attachments = new Attachments(join(options.dataDir, 'attachments'));
  try {
    store.purgeTrash();
    seedExampleOnce(store, attachments, newId);
  } catch (error) {
    store.close();
    throw error;
  }
  const handlers = createHandlers({ store, clock, newId, appVersion: options.appVersion, dataFile, attachments });
  return {
    store,
    handlers,
    dispatch: createDispatch(handlers, options.dispatch),
    close: () => store.close(),
  };
}
