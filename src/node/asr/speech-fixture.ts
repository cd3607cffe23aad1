import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Test audio, made at test time with Debian's espeak-ng (en-us, 145 words a minute) and ffmpeg:
// a 16 kHz WAV (a voicemail file) and raw 8 kHz µ-law (what Twilio Media Streams sends).

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Why speech tests cannot run here, or null when espeak-ng, ffmpeg and pocketsphinx are all there. */
export function speechToolsMissing(): string | null {
  const missing = ['espeak-ng', 'ffmpeg', 'pocketsphinx_continuous'].filter((c) => !has(c));
  return missing.length ? `not installed: ${missing.join(', ')}` : null;
}

export interface SpokenAudio {
  wav: Buffer;
  mulaw: Buffer;
  seconds: number;
  /** Where each sentence ends in `mulaw`, in bytes (8,000 a second). */
  ends: number[];
}

export function speak(sentences: string[]): SpokenAudio {
  const dir = mkdtempSync(join(tmpdir(), 'impostor-speech-'));
  try {
    // One file per sentence, joined (as a person pauses between sentences: espeak-ng ends each
    // file with a short silence).
    const list = sentences.map((s, i) => {
      const f = join(dir, `s${i}.wav`);
      const e = spawnSync('espeak-ng', ['-v', 'en-us', '-s', '145', '-w', f, s]);
      if (e.status !== 0) throw new Error(`espeak-ng failed: ${e.stderr}`);
      return `file '${f}'`;
    });
    writeFileSync(join(dir, 'list.txt'), list.join('\n') + '\n');
    const ff = (input: string[], args: string[]) => {
      const r = spawnSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', ...input, '-ac', '1', '-af', 'aresample=resampler=soxr', ...args]);
      if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr}`);
    };
    ff(['-f', 'concat', '-safe', '0', '-i', join(dir, 'list.txt')], ['-ar', '16000', '-c:a', 'pcm_s16le', join(dir, 'a.wav')]);
    // µ-law sentence by sentence, so their ends are known.
    const parts = sentences.map((_, i) => {
      ff(['-i', join(dir, `s${i}.wav`)], ['-ar', '8000', '-f', 'mulaw', join(dir, `s${i}.ul`)]);
      return readFileSync(join(dir, `s${i}.ul`));
    });
    const mulaw = Buffer.concat(parts);
    const ends = parts.map((_, i) => parts.slice(0, i + 1).reduce((a, p) => a + p.length, 0));
    return { wav: readFileSync(join(dir, 'a.wav')), mulaw, seconds: mulaw.length / 8000, ends };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Word error rate of `hyp` against `ref` (words folded to lower case, digits spelled out). */
export function wordErrorRate(ref: string, hyp: string): number {
  const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const words = (s: string) => s.toLowerCase().replace(/\d/g, (d) => ` ${DIGITS[Number(d)]} `).match(/[a-z']+/g) ?? [];
  const r = words(ref);
  const h = words(hyp);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1));
    prev = cur;
  }
  return r.length ? prev[h.length]! / r.length : 0;
}
