import type { AnalyzeOptions, Report } from '../../core/index.js';

// Messages between the pool and its workers. Options must be structured-clone safe (no functions:
// the clock, rule and brand overrides stay with the in-process path).

export interface AnalyzeJob {
  raw: Uint8Array;
  channel?: string;
  from?: string | null;
  options?: Pick<AnalyzeOptions, 'country' | 'limits'>;
}

export type WorkerRequest = { id: number } & AnalyzeJob;
export type WorkerReply = { id: number; report: Report } | { id: number; error: { message: string; code?: string } };
