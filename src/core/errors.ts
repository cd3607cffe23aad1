// One error class for bad *calls* (too large, unknown channel, unreadable input). Bad *content*
// never throws: parsers return a partial Message with warnings instead.

export type ErrorCode =
  | 'empty_input'
  | 'input_too_large'
  | 'unsupported_channel'
  | 'invalid_input'
  | 'invalid_option'
  | 'unsupported_format'
  | 'unreadable_file';

export class ImpostorError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ImpostorError';
    this.code = code;
    if (details) this.details = details;
  }
}

export function isImpostorError(err: unknown): err is ImpostorError {
  return err instanceof ImpostorError;
}

/** One table that adapters use: CLI exit code and HTTP status for each error code. */
export const ERROR_MAP: Record<ErrorCode, { exitCode: number; httpStatus: number }> = {
  empty_input: { exitCode: 2, httpStatus: 400 },
  input_too_large: { exitCode: 2, httpStatus: 413 },
  unsupported_channel: { exitCode: 2, httpStatus: 400 },
  invalid_input: { exitCode: 2, httpStatus: 400 },
  invalid_option: { exitCode: 2, httpStatus: 400 },
  // A file of a kind no reader handles (a GIF or HEIC screenshot, a Word file).
  unsupported_format: { exitCode: 2, httpStatus: 415 },
  // A file of a known kind that could not be read (a truncated PNG, a damaged .msg).
  unreadable_file: { exitCode: 2, httpStatus: 422 },
};
