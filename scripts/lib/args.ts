import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * parseArgs for the npm scripts: `--help` (or `-h`) prints the usage and exits 0; an unknown option
 * or a missing value prints a one-line error and the usage and exits 2, instead of a stack trace.
 */
export function scriptArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  const withHelp = { ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as T;
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}
