import { EventEmitter } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ImpostorError } from '../../core/index.js';
import { SAMPLE_RATE } from './audio.js';
import { transcriptOf } from './pocketsphinx.js';
import type { Band, Recognizer, RecognizerStream, Segment, Transcript, Word } from './types.js';

// The adapter for a stronger recogniser: sherpa-onnx (npm package sherpa-onnx-node, which ships its
// native library) with a model the operator downloads and points to (IMPOSTOR_SHERPA_MODEL). It is
// not a dependency of Impostor and no model is fetched: without the package or the folder this
// says so. Two model layouts are recognised:
//   transducer (e.g. a Zipformer English model): encoder*.onnx, decoder*.onnx, joiner*.onnx, tokens.txt
//   Whisper (e.g. tiny.en / base.en):            *encoder*.onnx, *decoder*.onnx, *tokens.txt
// Live audio is cut at pauses (0.35 s below an energy floor) and each utterance decoded on its own.

interface SherpaModule {
  OfflineRecognizer: new (config: unknown) => {
    createStream(): { acceptWaveform(w: { samples: Float32Array; sampleRate: number }): void };
    decode(stream: unknown): void;
    getResult(stream: unknown): { text?: string; tokens?: string[]; timestamps?: number[] };
  };
}

function pick(files: string[], re: RegExp): string | undefined {
  // Prefer the int8 file when both are there: about four times faster on a CPU.
  const hits = files.filter((f) => re.test(f)).sort((a, b) => Number(b.includes('int8')) - Number(a.includes('int8')));
  return hits[0];
}

export function sherpaConfig(dir: string): unknown {
  if (!existsSync(dir)) throw new ImpostorError('invalid_input', `IMPOSTOR_SHERPA_MODEL: no folder at ${dir}.`);
  const files = readdirSync(dir);
  const p = (f: string | undefined) => (f ? join(dir, f) : '');
  const tokens = pick(files, /tokens\.txt$/);
  if (!tokens) throw new ImpostorError('invalid_input', `IMPOSTOR_SHERPA_MODEL: ${dir} has no tokens.txt.`);
  const enc = pick(files, /encoder.*\.onnx$/);
  const dec = pick(files, /decoder.*\.onnx$/);
  const joiner = pick(files, /joiner.*\.onnx$/);
  const featConfig = { sampleRate: SAMPLE_RATE, featureDim: 80 };
  if (enc && dec && joiner) {
    return { featConfig, modelConfig: { transducer: { encoder: p(enc), decoder: p(dec), joiner: p(joiner) }, tokens: p(tokens), numThreads: 2, provider: 'cpu' }, decodingMethod: 'greedy_search' };
  }
  if (enc && dec) {
    return { featConfig, modelConfig: { whisper: { encoder: p(enc), decoder: p(dec), language: 'en', task: 'transcribe' }, tokens: p(tokens), numThreads: 2, provider: 'cpu' } };
  }
  throw new ImpostorError('invalid_input', `IMPOSTOR_SHERPA_MODEL: ${dir} holds neither a transducer (encoder, decoder, joiner) nor a Whisper model (encoder, decoder).`);
}

function loadSherpa(): SherpaModule {
  try {
    return createRequire(import.meta.url)('sherpa-onnx-node') as SherpaModule;
  } catch {
    throw new ImpostorError('invalid_input', 'IMPOSTOR_ASR=sherpa-onnx needs the npm package sherpa-onnx-node (npm install sherpa-onnx-node); it is not installed.');
  }
}

export class SherpaOnnxRecognizer implements Recognizer {
  readonly name = 'sherpa-onnx';
  private recognizer: InstanceType<SherpaModule['OfflineRecognizer']> | null = null;
  constructor(private readonly opts: { modelDir: string }) {}

  describe(): string {
    return `sherpa-onnx, model ${this.opts.modelDir}`;
  }

  private get engine() {
    this.recognizer ??= new (loadSherpa().OfflineRecognizer)(sherpaConfig(this.opts.modelDir));
    return this.recognizer;
  }

  /** Decode one stretch of 16 kHz PCM; `offset` (seconds) places its words in the recording. */
  decodeSegment(pcm: Buffer, offset: number): Segment | null {
    const samples = new Float32Array(pcm.length >> 1);
    for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(i * 2) / 32768;
    const stream = this.engine.createStream();
    stream.acceptWaveform({ samples, sampleRate: SAMPLE_RATE });
    this.engine.decode(stream);
    const r = this.engine.getResult(stream);
    const text = (r.text ?? '').trim().toLowerCase();
    if (!text) return null;
    const words: Word[] = [];
    // Token timestamps: a token starting with a space (or "▁") begins a word.
    if (r.tokens && r.timestamps && r.tokens.length === r.timestamps.length) {
      for (let i = 0; i < r.tokens.length; i++) {
        const tok = r.tokens[i]!;
        const t = offset + r.timestamps[i]!;
        if (/^[\s▁]/.test(tok) || words.length === 0) words.push({ word: tok.replace(/^[\s▁]+/, '').toLowerCase(), start: t, end: t });
        else words[words.length - 1]!.word += tok.toLowerCase();
        words[words.length - 1]!.end = t;
      }
    }
    const end = offset + samples.length / SAMPLE_RATE;
    return { text, start: words[0]?.start ?? offset, end, words: words.filter((w) => w.word) };
  }

  async transcribe(pcm: Buffer): Promise<Transcript> {
    void this.engine; // load (or fail) before any audio is read
    const started = Date.now();
    const segments: Segment[] = [];
    const cutter = new PauseCutter((seg, offset) => {
      const s = this.decodeSegment(seg, offset);
      if (s) segments.push(s);
    });
    cutter.write(pcm);
    cutter.end();
    return transcriptOf(segments, pcm.length / 2 / SAMPLE_RATE, this.describe(), Date.now() - started);
  }

  openStream(band: Band): RecognizerStream {
    void band;
    void this.engine;
    const ee = new EventEmitter() as RecognizerStream;
    const cutter = new PauseCutter((seg, offset) => {
      try {
        const s = this.decodeSegment(seg, offset);
        if (s) ee.emit('segment', s);
      } catch (err) {
        ee.emit('error', err);
      }
    });
    ee.write = (pcm: Buffer) => cutter.write(pcm);
    ee.end = async () => cutter.end();
    ee.close = () => undefined;
    return ee;
  }
}

/** Cuts 16 kHz PCM into utterances at pauses of 0.35 s or more (20 ms frames below an energy floor). */
export class PauseCutter {
  private speech: Buffer[] = [];
  private speechStart = 0;
  private silentFrames = 0;
  private pos = 0; // bytes consumed
  private carry = Buffer.alloc(0);
  private static readonly FRAME = 640; // 20 ms
  constructor(private readonly onUtterance: (pcm: Buffer, offsetSeconds: number) => void, private readonly floor = 300) {}

  write(pcm: Buffer): void {
    let buf = this.carry.length ? Buffer.concat([this.carry, pcm]) : pcm;
    const F = PauseCutter.FRAME;
    while (buf.length >= F) {
      const frame = buf.subarray(0, F);
      buf = buf.subarray(F);
      let sum = 0;
      for (let i = 0; i < F; i += 2) sum += Math.abs(frame.readInt16LE(i));
      const loud = sum / (F / 2) > this.floor;
      if (loud) {
        if (!this.speech.length) this.speechStart = this.pos;
        this.silentFrames = 0;
        this.speech.push(Buffer.from(frame));
      } else if (this.speech.length) {
        this.speech.push(Buffer.from(frame));
        if (++this.silentFrames >= 18) this.flush();
      }
      this.pos += F;
    }
    this.carry = Buffer.from(buf);
  }

  private flush(): void {
    if (this.speech.length) this.onUtterance(Buffer.concat(this.speech), this.speechStart / 2 / SAMPLE_RATE);
    this.speech = [];
    this.silentFrames = 0;
  }

  end(): void {
    this.flush();
  }
}
