import type { AnalyzeOptions, ParseInput, Report } from '../../core/index.js';
import type { SourceRef } from '../mailbox/index.js';
import type { RecordFormat, ScanRecord } from '../scan-record.js';

// Messages between the pool and its workers. Options must be structured-clone safe (no functions:
// the clock, rule and brand overrides stay with the in-process path).

export interface AnalyzeJob {
  raw: Uint8Array;
  channel?: string;
  from?: string | null;
  options?: Pick<AnalyzeOptions, 'country' | 'limits'>;
}

/** A scan's job: the worker answers with the finished output line and summary fields, not the report. */
export interface RecordJob extends AnalyzeJob {
  source: SourceRef;
  format: RecordFormat;
}

/** analyze(input, options) as the core takes it (the server, `check`, eval): text or bytes, OCR and .msg origins included. */
export interface InputJob {
  input: ParseInput;
  options?: AnalyzeOptions;
}

/** An error as the worker saw it: enough to rebuild an ImpostorError (code, message, details) or name a bug. */
export interface WorkerError {
  message: string;
  code?: string;
  name?: string;
  details?: Record<string, unknown>;
}

export type WorkerRequest = { id: number } & (({ kind: 'report' } & AnalyzeJob) | ({ kind: 'record' } & RecordJob) | ({ kind: 'input' } & InputJob));
export type WorkerReply = { id: number; report: Report } | { id: number; record: ScanRecord } | { id: number; error: WorkerError };
