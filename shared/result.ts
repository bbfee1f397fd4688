// The result envelope that crosses every door (IPC, HTTP, CLI): errors travel as
// values with a stable code and a catalog key, never as lost exceptions.

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOTHING_TO_UNDO'
  | 'NOTHING_TO_REDO'
  | 'DB_TOO_NEW'
  | 'DB_CORRUPT'
  | 'DB_BUSY'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN_ORIGIN'
  | 'PAYLOAD_TOO_LARGE'
  | 'OFFLINE'
  | 'INTERNAL';

export interface IssueDetail {
  path: (string | number)[];
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface AppErrorShape {
  code: ErrorCode;
  messageKey: string;
  details?: {
    issues?: IssueDetail[];
    params?: Record<string, string | number>;
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details: AppErrorShape['details'];

  constructor(code: ErrorCode, messageKey: string, details?: AppErrorShape['details']) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, messageKey: this.messageKey }
      : { code: this.code, messageKey: this.messageKey, details: this.details };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });
