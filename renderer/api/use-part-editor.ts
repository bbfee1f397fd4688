// Autosave for one part of a plan. Typing keeps a draft per field; valid drafts are
// saved after a short pause or when the field loses focus, one save at a time, each built
// on the latest saved state so quick edits to neighbouring fields never overwrite each
// other. An invalid draft stays on screen with its message and is never sent: nothing
// the user typed is lost, nothing invalid is stored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { formatAmountInput, formatDecimalInput } from '../../shared/format.ts';
import { parseMoney } from '../../shared/money.ts';
import { AppError, type IssueDetail } from '../../shared/result.ts';

/**
 * How a field's text becomes a value: as typed, a whole count (empty is 0), a count that may
 * be unknown (empty is null), a decimal (`72,5`, empty is null), euros to cents, or euros
 * to cents that may be unknown (empty is null, e.g. a price nobody wrote down).
 */
export type FieldKind = 'text' | 'count' | 'optionalCount' | 'decimal' | 'money' | 'optionalMoney';

interface Draft {
  raw: string | null;
  typed: unknown;
  version: number;
}

const NOT_A_COUNT = Symbol('not a count');
const NOT_A_NUMBER = Symbol('not a number');

/** `72,5` → 72.5; empty → null (no value yet); anything else unreadable → NOT_A_NUMBER. */
export function parseDecimal(raw: string): number | null | typeof NOT_A_NUMBER {
  if (raw.trim() === '') return null;
  const cents = parseMoney(raw);
  return cents === null ? NOT_A_NUMBER : cents / 100;
}

/** `1.234,50` → 123450 cents; empty → 0. */
export function parseCents(raw: string): number | typeof NOT_A_NUMBER {
  if (raw.trim() === '') return 0;
  return parseMoney(raw) ?? NOT_A_NUMBER;
}

function parseAs(kind: FieldKind, raw: string): unknown {
  switch (kind) {
    case 'count':
      return parseCount(raw);
    case 'optionalCount':
      return raw.trim() === '' ? null : parseCount(raw);
    case 'decimal':
      return parseDecimal(raw);
    case 'money':
      return parseCents(raw);
    case 'optionalMoney':
      return raw.trim() === '' ? null : parseCents(raw);
    default:
      return raw;
  }
}

function formatAs(kind: FieldKind, stored: unknown): string {
  if (typeof stored === 'number') {
    if (kind === 'decimal') return formatDecimalInput(stored);
    if (kind === 'money' || kind === 'optionalMoney') return formatAmountInput(stored);
    return String(stored);
  }
  return typeof stored === 'string' ? stored : '';
}

export function parseCount(raw: string): number | typeof NOT_A_COUNT {
  const compact = raw.trim().replace(/[.\s\u00a0]/g, '');
  if (compact === '') return 0;
  return /^\d{1,9}$/.test(compact) && /^\d{1,3}([.\s\u00a0]?\d{3})*$|^\d+$/.test(raw.trim()) ? Number(compact) : NOT_A_COUNT;
}

type PathKey = string;

function resolve(typed: unknown, current: unknown): unknown {
  return typeof typed === 'function' ? (typed as (value: unknown) => unknown)(current) : typed;
}

function setIn(target: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(target)) {
    const copy = [...(target as unknown[])];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy;
  }
  const record = (target ?? {}) as Record<string, unknown>;
  return { ...record, [head]: setIn(record[head], rest, value) };
}

function getIn(source: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}

export interface PartEditor {
  /** What a field shows: the unsaved text if any, else the stored value formatted for `kind`. */
  text(path: PathKey, kind?: FieldKind): string;
  valueOf(path: PathKey): unknown;
  setText(path: PathKey, raw: string, kind?: FieldKind): void;
  /** A typed value: saved at once, or after the usual pause with `debounce` (e.g. formatted text). */
  setValue(path: PathKey, value: unknown, options?: { debounce?: boolean }): void;
  /** A change computed from the latest saved value at save time, e.g. removing a list row. */
  update<V>(path: PathKey, change: (current: V) => V): void;
  flush(): void;
  error(path: PathKey): IssueDetail | undefined;
  isDirty(path: PathKey): boolean;
}

export function usePartEditor<T extends object>(options: {
  value: T;
  patchSchema: z.ZodType;
  save: (patch: Record<string, unknown>) => Promise<T>;
  debounceMs?: number;
}): PartEditor {
  const { value, patchSchema, save, debounceMs = 500 } = options;
  const server = useRef(value);
  const drafts = useRef(new Map<PathKey, Draft>());
  const [errors, setErrors] = useState<Record<PathKey, IssueDetail>>({});
  const [, rerender] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef(Promise.resolve());
  const version = useRef(0);
  const saveRef = useRef(save);

  useEffect(() => {
    server.current = value;
  }, [value]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const issueFor = useCallback(
    (path: PathKey, typed: unknown): IssueDetail | undefined => {
      if (typed === NOT_A_COUNT) return { path: path.split('.'), messageKey: 'validation.wholeNumber' };
      if (typed === NOT_A_NUMBER) return { path: path.split('.'), messageKey: 'validation.expectedNumber' };
      const segments = path.split('.');
      const top = segments[0]!;
      const candidate = setIn(server.current, segments, resolve(typed, getIn(server.current, segments))) as Record<
        string,
        unknown
      >;
      const parsed = patchSchema.safeParse({ [top]: candidate[top] });
      if (parsed.success) return undefined;
      const issue = parsed.error.issues.find((i) => i.path.join('.').startsWith(path)) ?? parsed.error.issues[0];
      if (!issue) return undefined;
      return {
        path: segments,
        messageKey: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
        params: {
          ...('maximum' in issue ? { max: Number(issue.maximum) } : {}),
          ...('minimum' in issue ? { min: Number(issue.minimum) } : {}),
        },
      };
    },
    [patchSchema],
  );

  const runSave = useCallback(async () => {
    const ready = [...drafts.current.entries()].filter(([path, draft]) => !issueFor(path, draft.typed));
    if (ready.length === 0) return;
    let candidate: unknown = server.current;
    for (const [path, draft] of ready) {
      const segments = path.split('.');
      candidate = setIn(candidate, segments, resolve(draft.typed, getIn(candidate, segments)));
    }
    // A change computed from the saved value (add a row) becomes its result now: the value
    // shown may catch up with this save before it returns, and must not get the row twice.
    for (const [path, draft] of ready) {
      if (typeof draft.typed === 'function') drafts.current.set(path, { ...draft, typed: getIn(candidate, path.split('.')) });
    }
    const tops = [...new Set(ready.map(([path]) => path.split('.')[0]!))];
    const patch = Object.fromEntries(tops.map((top) => [top, getIn(candidate, [top])]));
    try {
      server.current = await saveRef.current(patch);
      for (const [path, draft] of ready) {
        if (drafts.current.get(path)?.version === draft.version) drafts.current.delete(path);
      }
      setErrors((current) => {
        const next = { ...current };
        for (const [path] of ready) delete next[path];
        return next;
      });
    } catch (error) {
      const issues = error instanceof AppError ? (error.details?.issues ?? []) : [];
      setErrors((current) => {
        const next = { ...current };
        for (const issue of issues) next[issue.path.join('.')] = issue;
        return next;
      });
    }
    rerender((n) => n + 1);
  }, [issueFor]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    queue.current = queue.current.then(runSave);
  }, [runSave]);

  useEffect(() => () => flush(), [flush]);

  const record = useCallback(
    (path: PathKey, raw: string | null, typed: unknown) => {
      drafts.current.set(path, { raw, typed, version: ++version.current });
      const issue = issueFor(path, typed);
      setErrors((current) => {
        const next = { ...current };
        if (issue) next[path] = issue;
        else delete next[path];
        return next;
      });
      rerender((n) => n + 1);
    },
    [issueFor],
  );

  /** The value under a path as shown, with an enclosing pending change applied (a row just added). */
  const shownStored = (path: PathKey): unknown => {
    const segments = path.split('.');
    for (let depth = 1; depth < segments.length; depth++) {
      const enclosing = drafts.current.get(segments.slice(0, depth).join('.'));
      if (enclosing && enclosing.raw == null) {
        return getIn(resolve(enclosing.typed, getIn(value, segments.slice(0, depth))), segments.slice(depth));
      }
    }
    return getIn(value, segments);
  };

  return {
    text: (path, kind = 'text') => {
      const draft = drafts.current.get(path);
      if (draft?.raw != null) return draft.raw;
      const stored = shownStored(path);
      return formatAs(kind, draft ? resolve(draft.typed, stored) : stored);
    },
    valueOf: (path) => {
      const stored = shownStored(path);
      const draft = drafts.current.get(path);
      return draft ? resolve(draft.typed, stored) : stored;
    },
    setText: (path, raw, kind = 'text') => {
      record(path, raw, parseAs(kind, raw));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, debounceMs);
    },
    setValue: (path, typed, options) => {
      record(path, null, typed);
      if (options?.debounce) {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, debounceMs);
      } else {
        flush();
      }
    },
    update: (path, change) => {
      record(path, null, change);
      flush();
    },
    flush,
    error: (path) => errors[path],
    isDirty: (path) => drafts.current.has(path),
  };
}
