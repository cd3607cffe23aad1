import { csvCell, type Report } from '../core/index.js';
import type { SourceRef } from './mailbox/index.js';

// What `impostor scan` writes for one message, made where the report is: inside the analysis worker
// with --jobs N, in the main thread with one job. The main thread then only writes the finished line
// and counts the few fields of its summary, instead of receiving a structured clone of the whole
// report and serialising it itself (which kept the main thread busy enough to cap a scan on two
// cores at ≈ 1.2× one). The same functions run in both places, so the output does not depend on
// --jobs.

export type RecordFormat = 'text' | 'json' | 'csv';

/** One analysed message, as the scan's summary, its text listing and its output need it. */
export interface ScanRecord {
  verdict: Report['verdict'];
  complete: boolean;
  brand: string | null;
  /** Ids of the rules that raised the score, once each, in report order. */
  rules: string[];
  /** "Name <address>" (or the address / sender id); "" when there is none. */
  sender: string;
  subject: string;
  /** The JSON line or CSV row for this message, without its line ending; null for text output. */
  line: string | null;
}

export const CSV_HEADER = ['source', 'id', 'message_id', 'verdict', 'score', 'brand', 'from', 'subject', 'rules', 'complete', 'error'];

export function senderOf(r: Report): string {
  const f = r.message.from;
  if (f?.address) return f.name ? `${f.name} <${f.address}>` : f.address;
  return r.message.sender ?? '';
}

export const raisedRules = (r: Report): string[] => [...new Set(r.findings.filter((f) => f.effect !== 'lower').map((f) => f.ruleId))];

const idOf = (s: SourceRef): string => (s.kind === 'mbox' ? String(s.index) : s.kind === 'maildir' ? s.file : String(s.uid));

/** The CSV row (no line ending) for a report, or for a message that could not be analysed. */
export function csvRow(source: SourceRef, r: Report | undefined, error?: string): string {
  const cells = r
    ? [source.kind, idOf(source), source.messageId ?? '', r.verdict, r.score.toFixed(3), r.brand ?? '', senderOf(r), r.message.subject ?? '', raisedRules(r).join(' '), String(r.complete), error ?? '']
    : [source.kind, idOf(source), source.messageId ?? '', '', '', '', '', '', '', '', error ?? ''];
  return cells.map((c) => csvCell(c)).join(',');
}

/** The JSON line (no newline) for a report: `impostor check --json`'s report plus `source`. */
export const jsonLine = (r: Report, source: SourceRef): string => JSON.stringify({ ...r, source });

/** The JSON line for a message that could not be analysed. */
export const jsonErrorLine = (source: SourceRef, error: string): string => JSON.stringify({ source, error });

export function scanRecord(r: Report, source: SourceRef, format: RecordFormat): ScanRecord {
  return {
    verdict: r.verdict,
    complete: r.complete,
    brand: r.brand,
    rules: raisedRules(r),
    sender: senderOf(r),
    subject: r.message.subject ?? '',
    line: format === 'json' ? jsonLine(r, source) : format === 'csv' ? csvRow(source, r) : null,
  };
}
