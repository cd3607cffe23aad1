// Structured logs, one JSON object a line. Entries carry request metadata and counts only: callers
// never pass message text, senders or subjects, and tests check that none leaks through.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  msg: string;
  [field: string]: string | number | boolean | null | undefined;
}

export type Logger = (entry: LogEntry) => void;

export function jsonLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  return (entry) => {
    write(`${JSON.stringify({ time: now().toISOString(), ...entry })}\n`);
  };
}

export const silentLogger: Logger = () => {};

/** A logger that keeps entries in memory, for tests. */
export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const log = ((e: LogEntry) => {
    entries.push(e);
  }) as Logger & { entries: LogEntry[] };
  log.entries = entries;
  return log;
}
