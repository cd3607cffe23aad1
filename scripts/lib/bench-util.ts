import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Channel } from '../../src/core/types.js';
import { listJsonl, readJsonl, toRequest } from './corpus.js';

// Shared by the bench scripts: corpus loading per channel, percentiles, machine description.

export interface BenchRequest {
  id: string;
  input: string;
  channel: Channel;
}

/** Every email, SMS and call record of the corpus (url files skipped), as analyze() requests. */
export async function loadByChannel(dir: string): Promise<Record<Channel, BenchRequest[]>> {
  const out: Record<Channel, BenchRequest[]> = { email: [], sms: [], call: [] };
  for (const path of await listJsonl(dir)) {
    for await (const r of readJsonl(path)) {
      if (!r.ok) continue;
      const req = toRequest(r.record);
      if (req.channel !== 'email' && req.channel !== 'sms' && req.channel !== 'call') continue;
      out[req.channel].push({ id: r.record.id, input: req.input, channel: req.channel });
    }
  }
  return out;
}

/** Nearest-rank percentile of an unsorted sample (sorts a copy). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = Float64Array.from(values).sort();
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  platform: string;
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name[ \t]*:[ \t]*(\S[^\n]*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: os.cpus() is the best we have
  }
  return { date: new Date().toISOString(), nproc: cpus().length, cpu, node: process.version, platform: `${process.platform}-${process.arch}` };
}

export function describeMachine(m: Machine): string {
  return `${m.date} · ${m.nproc} × ${m.cpu} · node ${m.node} · ${m.platform}`;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
