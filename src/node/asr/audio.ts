import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImpostorError } from '../../core/index.js';

// Audio in: recordings are decoded by Debian's ffmpeg (any container it reads: WAV, MP3, Ogg,
// M4A/AAC, FLAC, WebM) into the one format the recognisers take, 16 kHz 16-bit mono PCM. The
// resampler is soxr, the one the bundled acoustic models were adapted with.

export const SAMPLE_RATE = 16_000;

export type AudioFormat = 'wav' | 'mp3' | 'ogg' | 'flac' | 'm4a' | 'webm';

/** What kind of audio file these bytes are, by their magic numbers; null when they are not audio. */
export function sniffAudio(b: Uint8Array): AudioFormat | null {
  const ascii = (from: number, len: number) => String.fromCharCode(...b.subarray(from, from + len));
  if (b.length < 12) return null;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WAVE') return 'wav';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(0, 4) === 'fLaC') return 'flac';
  if (ascii(4, 4) === 'ftyp' && /^(?:M4A |M4B |mp42|isom|mp41|3gp|dash|iso[2-6])/.test(ascii(8, 4))) return 'm4a';
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'webm';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame header: 11 sync bits, layer III/II, a valid bitrate and sample rate.
  if (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && (b[1]! & 0x06) !== 0 && (b[2]! & 0xf0) !== 0xf0 && (b[2]! & 0x0c) !== 0x0c) return 'mp3';
  return null;
}

export interface DecodeOptions {
  /** Longest audio decoded, in seconds (the rest is ignored and a warning says so). Default 600. */
  maxSeconds?: number;
  /** Wall-clock limit for ffmpeg, in ms. Default 60 s. */
  timeoutMs?: number;
  ffmpeg?: string;
}

export interface DecodedAudio {
  pcm: Buffer;
  seconds: number;
  truncated: boolean;
}

/** Run a program, feeding `input` on stdin; resolves with stdout, rejects with a clear message. */
export function runTool(cmd: string, args: string[], input: Buffer | null, timeoutMs: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (err) {
      reject(toolMissing(cmd, what, err));
      return;
    }
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 4000) err += d.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(toolMissing(cmd, what, e));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out));
      else if (signal) reject(new ImpostorError('invalid_input', `${what} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`));
      else reject(new ImpostorError('invalid_input', `${what} failed: ${err.trim().split('\n').slice(-2).join(' ').slice(0, 300) || `exit ${code}`}`));
    });
    child.stdin.on('error', () => undefined); // the tool may exit before reading everything
    child.stdin.end(input ?? undefined);
  });
}

export function toolMissing(cmd: string, what: string, err: unknown): Error {
  if ((err as NodeJS.ErrnoException)?.code === 'ENOENT') {
    return new ImpostorError('invalid_input', `${what} needs "${cmd}", which is not installed (Debian: apt-get install ${cmd.startsWith('pocketsphinx') ? 'pocketsphinx pocketsphinx-en-us' : cmd}).`);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Decode an audio file's bytes to 16 kHz mono s16le PCM with ffmpeg. */
export async function decodeAudio(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<DecodedAudio> {
  const maxSeconds = opts.maxSeconds ?? 600;
  // A file, not a pipe: MP4/M4A keep their index at the end and need a seekable input.
  const dir = await mkdtemp(join(tmpdir(), 'impostor-audio-'));
  try {
    const file = join(dir, 'in');
    await writeFile(file, bytes);
    const args = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', file, '-vn', '-t', String(maxSeconds + 0.01), '-ac', '1',
      '-af', 'aresample=resampler=soxr', '-ar', String(SAMPLE_RATE), '-f', 's16le', '-c:a', 'pcm_s16le', 'pipe:1'];
    const pcm = await runTool(opts.ffmpeg ?? 'ffmpeg', args, null, opts.timeoutMs ?? 60_000, 'Decoding the audio (ffmpeg)');
    const seconds = pcm.length / 2 / SAMPLE_RATE;
    if (pcm.length < SAMPLE_RATE / 10) throw new ImpostorError('empty_input', 'The audio file holds no sound (or less than a tenth of a second).');
    return { pcm, seconds, truncated: seconds >= maxSeconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
