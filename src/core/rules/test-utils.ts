import { prepare, type AnalyzeOptions } from '../analyze.js';
import type { ParseInput } from '../parse/index.js';
import type { Message } from '../types.js';
import type { Rule, RuleHit } from './define-rule.js';

// Run one rule against a real parsed message (the full parse + extract pipeline), the way the
// engine runs it, and return its hits. Tests assert on messageId and data, never on prose.

export async function runRule(rule: Rule, req: ParseInput | string, options: AnalyzeOptions = {}): Promise<RuleHit[]> {
  return (await runRuleOn(rule, req, options)).hits;
}

/** runRule, with the parsed message the hits' evidence points into (text spans, links, attachments). */
export async function runRuleOn(rule: Rule, req: ParseInput | string, options: AnalyzeOptions = {}): Promise<{ hits: RuleHit[]; message: Message }> {
  const r: ParseInput = typeof req === 'string' ? { input: req, channel: 'sms' } : req;
  const p = await prepare(r, options);
  if (!rule.meta.channels.includes(p.message.channel)) return { hits: [], message: p.message };
  return { hits: rule.check(p.ctx), message: p.message };
}

export async function ids(rule: Rule, req: ParseInput | string, options: AnalyzeOptions = {}): Promise<string[]> {
  return (await runRule(rule, req, options)).map((h) => h.messageId);
}

/** Build a minimal raw email for tests. */
export function eml(opts: { from: string; subject?: string; body?: string; html?: string; headers?: Record<string, string> }): string {
  const lines = [`From: ${opts.from}`, 'To: you@example.org', `Subject: ${opts.subject ?? 'Hello'}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <test@example.org>', 'MIME-Version: 1.0'];
  for (const [k, v] of Object.entries(opts.headers ?? {})) lines.push(`${k}: ${v}`);
  if (opts.html) {
    lines.push('Content-Type: text/html; charset=utf-8', '', opts.html);
  } else {
    lines.push('Content-Type: text/plain; charset=utf-8', '', opts.body ?? '');
  }
  return lines.join('\r\n');
}

/** The text evidence a rule should report for the first occurrence of `needle` in a plain text message. */
export function at(text: string, needle: string, from = 0): { kind: 'text'; text: string; start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the test message: ${needle}`);
  return { kind: 'text', text: needle, start, end: start + needle.length };
}
