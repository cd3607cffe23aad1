import { parseArgs, type ParseArgsConfig } from 'node:util';

// Thin wrapper over node:util parseArgs that turns its errors into a usage error.
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
