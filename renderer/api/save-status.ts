// The visible "opgeslagen" state: how many saves are under way, when the last one
// landed, and the last failure. Every write goes through `track`.
import { useSyncExternalStore } from 'react';
import type { AppErrorShape } from '../../shared/result.ts';

export interface SaveStatus {
  pending: number;
  lastSavedAt: string | null;
  lastError: AppErrorShape | null;
}

let status: SaveStatus = { pending: 0, lastSavedAt: null, lastError: null };
const listeners = new Set<() => void>();

function set(next: SaveStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export interface TrackOptions {
  /** An import that refuses a file wrote nothing and says why beside its button: the header stays as it was. */
  refusalShownInPlace?: boolean;
}

export async function track<T>(work: () => Promise<T>, options: TrackOptions = {}): Promise<T> {
  set({ ...status, pending: status.pending + 1 });
  try {
    const value = await work();
    set({ pending: status.pending - 1, lastSavedAt: new Date().toISOString(), lastError: null });
    return value;
  } catch (error) {
    const shape = (error as { code?: string; messageKey?: string }).messageKey
      ? (error as AppErrorShape)
      : { code: 'INTERNAL' as const, messageKey: 'errors.internal' };
    const refusedInPlace = options.refusalShownInPlace === true && shape.code === 'INVALID_INPUT';
    set({ ...status, pending: status.pending - 1, lastError: refusedInPlace ? status.lastError : { code: shape.code, messageKey: shape.messageKey } });
    throw error;
  }
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
