import type { AnalyzeOptions, Report } from '../../core/index.js';
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

export type WorkerRequest = { id: number } & (({ kind: 'report' } & AnalyzeJob) | ({ kind: 'record' } & RecordJob));
export type WorkerReply = { id: number; report: Report } | { id: number; record: ScanRecord } | { id: number; error: { message: string; code?: string } };
