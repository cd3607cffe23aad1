import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
  /** calibrate(): the fixed reference workload in ms on this machine, now (lower is faster). */
  calibrationMs: number;
  /** os.loadavg() at the start: 1, 5 and 15 minutes (a shared machine's other work). */
  loadAvg: number[];
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name[ \t]*:[ \t]*(\S[^\n]*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: os.cpus() is the best we have
  }
  return { date: new Date().toISOString(), nproc: cpus().length, cpu, node: process.version, platform: `${process.platform}-${process.arch}`, calibrationMs: round(calibrate(), 1), loadAvg: loadavg().map((x) => round(x, 2)) };
}

export function describeMachine(m: Machine): string {
  return `${m.date} · ${m.nproc} × ${m.cpu} · node ${m.node} · ${m.platform} · calibration ${m.calibrationMs} ms · load ${m.loadAvg.join(' ')}`;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Machine speed, measured the same way on every machine: a fixed workload shaped like the engine's
 * (a case-insensitive Unicode word regex over text, FNV hashing of character n-grams into a 2 MB
 * table, lower-casing and splitting), in ms, median of `runs` after a warm-up. Lower is faster. The team's machines
 * differ (the 2026-12-02 one ran the same tree 2.6× slower than the 2026-11-25 one), so a throughput
 * figure is only comparable with another one next to the calibration measured beside it.
 */
export function calibrate(runs = 7): number {
  let seed = 20261202;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const syll = ['ac', 'count', 'ver', 'i', 'fy', 'pay', 'ment', 'or', 'der', 'se', 'cu', 'ri', 'ty', 'up', 'date', 'Ama', 'zon', 'gift', 'card', 'now'];
  const words: string[] = [];
  for (let i = 0; i < 12_000; i++) {
    let w = '';
    const n = 1 + Math.floor(rnd() * 3);
    for (let j = 0; j < n; j++) w += syll[Math.floor(rnd() * syll.length)];
    words.push(rnd() < 0.05 ? `${w} 2065550100` : w);
  }
  const text = words.join(' ');
  const re = /(?<![\p{L}\p{N}])(?:account|verify|payment|gift ?card|security update|order)(?![\p{L}\p{N}])/giu;
  const table = new Int32Array(1 << 19);
  const times: number[] = [];
  let sink = 0;
  // One warm-up run (regex compilation, JIT), then the measured ones.
  for (let r = -1; r < runs; r++) {
    const t0 = performance.now();
    for (let rep = 0; rep < 8; rep++) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) sink++;
      let h3 = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        h3 = Math.imul(h3 ^ text.charCodeAt(i), 0x01000193) >>> 0;
        table[(h3 ^ (h3 >>> 15)) & 0x7ffff]!++;
        if (i % 3 === 0) h3 = 0x811c9dc5;
      }
      sink += text.toLowerCase().split(/\s+/u).length;
    }
    if (r >= 0) times.push(performance.now() - t0);
  }
  if (sink === 0) throw new Error('calibration did no work');
  return median(times);
}
