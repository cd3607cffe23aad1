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

/** --country CC, checked against the countries that have reporting routes (others said, not ignored). */
export function countryOption(v: string | undefined, known: readonly string[]): string {
  // UK is what people type for the United Kingdom; its ISO code is GB.
  const cc = (v ?? 'US').trim().toUpperCase().replace(/^UK$/, 'GB');
  if (!known.includes(cc)) throw new UsageError(`--country ${v} is not supported; supported: ${[...known].sort().join(', ')}`);
  return cc;
}
