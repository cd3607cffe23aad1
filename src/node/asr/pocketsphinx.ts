import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, constants, createWriteStream, existsSync, mkdtempSync, openSync, rmSync, type WriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImpostorError } from '../../core/index.js';
import { runTool, SAMPLE_RATE, toolMissing } from './audio.js';
import type { Band, Recognizer, RecognizerStream, Segment, Transcript, Word } from './types.js';

// The default recogniser: CMU pocketsphinx as Debian ships it (pocketsphinx_continuous and the
// pocketsphinx-en-us model), run as a child process that reads raw 16 kHz PCM on stdin and prints
// one hypothesis per utterance, with word times (-time yes). Nothing is downloaded.
//
// Accuracy, honestly: Debian's stock en-us model hears synthetic (espeak-ng) speech badly (about
// 93% word errors on our test sentences). The bundled models in models/pocketsphinx/ are that model
// MAP-adapted to espeak-ng's voice (scripts/asr/adapt-pocketsphinx.sh): about 11–16% word errors on
// 16 kHz audio and 30–50% on 8 kHz telephone audio of the same voice. Robocalls are often synthetic;
// natural human speech was not measured, and for it the stock model (model "stock") or a stronger
// recogniser (sherpa-onnx with a model you supply) is the better choice.

export const DEBIAN_MODEL = '/usr/share/pocketsphinx/model/en-us';

export type PocketsphinxModel = 'tts' | 'stock';

export interface PocketsphinxOptions {
  /** "tts" (default): the bundled espeak-adapted parameters; "stock": Debian's model unchanged. */
  model?: PocketsphinxModel;
  /** Debian's model folder (default /usr/share/pocketsphinx/model/en-us). */
  debianModel?: string;
  /** Folder holding tts16k/ and tts8k/ (default: models/pocketsphinx in the package). */
  adaptedDir?: string;
  binary?: string;
  /**
   * Silence (in 10 ms frames) that ends an utterance. Default 35: sentence pauses end one, comma
   * pauses do not, so a live call gets one hypothesis per sentence.
   */
  postSpeechFrames?: number;
}

/** models/pocketsphinx, found upwards from this file (dist/src/node/asr or a bundle chunk). */
function findAdaptedDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'models', 'pocketsphinx');
    if (existsSync(join(p, 'tts16k', 'means'))) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

const FILLER = /^(?:<s>|<\/s>|<sil>|\[[A-Z_]+\]|\+\+[A-Z_]+\+\+)$/;

export class PocketsphinxRecognizer implements Recognizer {
  readonly name = 'pocketsphinx';
  private readonly opts: Required<Omit<PocketsphinxOptions, 'adaptedDir'>> & { adaptedDir: string | null };

  constructor(opts: PocketsphinxOptions = {}) {
    this.opts = {
      model: opts.model ?? 'tts',
      debianModel: opts.debianModel ?? DEBIAN_MODEL,
      adaptedDir: opts.adaptedDir ?? findAdaptedDir(),
      binary: opts.binary ?? 'pocketsphinx_continuous',
      postSpeechFrames: opts.postSpeechFrames ?? 35,
    };
  }

  describe(band: Band): string {
    return this.opts.model === 'stock' ? 'pocketsphinx, Debian en-us model' : `pocketsphinx, en-us model adapted to synthetic speech (${band === '8k' ? 'telephone 8 kHz' : '16 kHz'})`;
  }

  args(band: Band): string[] {
    const m = this.opts.debianModel;
    if (!existsSync(join(m, 'en-us', 'mdef'))) {
      throw new ImpostorError('invalid_input', `Speech recognition needs the pocketsphinx English model at ${m} (Debian: apt-get install pocketsphinx pocketsphinx-en-us).`);
    }
    const args = ['-samprate', String(SAMPLE_RATE), '-hmm', join(m, 'en-us'), '-lm', join(m, 'en-us.lm.bin'),
      '-dict', join(m, 'cmudict-en-us.dict'), '-time', 'yes', '-logfn', '/dev/null', '-vad_postspeech', String(this.opts.postSpeechFrames)];
    if (this.opts.model === 'tts') {
      const dir = this.opts.adaptedDir;
      if (!dir) throw new ImpostorError('invalid_input', 'The adapted pocketsphinx model (models/pocketsphinx) is missing from this installation; use the "stock" model or rebuild it with scripts/asr/adapt-pocketsphinx.sh.');
      const d = join(dir, band === '8k' ? 'tts8k' : 'tts16k');
      args.push('-mean', join(d, 'means'), '-var', join(d, 'variances'), '-tmat', join(d, 'transition_matrices'));
    }
    return args;
  }

  async transcribe(pcm: Buffer, band: Band): Promise<Transcript> {
    const seconds = pcm.length / 2 / SAMPLE_RATE;
    const started = Date.now();
    // Allow several times real time on a busy machine before giving up.
    // -infile reads a file (raw PCM: its name does not end in .wav). Node's stdin pipes are
    // sockets, which pocketsphinx cannot open by name.
    const dir = await mkdtemp(join(tmpdir(), 'impostor-asr-'));
    let out: Buffer;
    try {
      const file = join(dir, 'audio.raw');
      await writeFile(file, pcm);
      out = await runTool(this.opts.binary, ['-infile', file, ...this.args(band)], null, Math.max(30_000, seconds * 6_000), 'Speech recognition (pocketsphinx)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const segments = parseOutput(out.toString('utf8'));
    return transcriptOf(segments, seconds, this.describe(band), Date.now() - started);
  }

  openStream(band: Band): RecognizerStream {
    return new PocketsphinxStream(this.opts.binary, this.args(band));
  }
}

export function transcriptOf(segments: Segment[], seconds: number, engine: string, ms: number): Transcript {
  return {
    text: segments.map((s) => s.text).join(' '),
    segments,
    words: segments.flatMap((s) => s.words),
    engine,
    audioSeconds: seconds,
    realTimeFactor: seconds > 0 ? ms / 1000 / seconds : 0,
  };
}

/**
 * pocketsphinx_continuous -time yes prints, per utterance, the hypothesis line and then one
 * "word start end confidence" line per word (times from the start of the stream, in seconds).
 */
class OutputParser {
  private current: { text: string; words: Word[] } | null = null;
  constructor(private readonly onSegment: (s: Segment) => void) {}

  line(raw: string): void {
    const line = raw.trim();
    if (!line) return;
    const m = /^(\S+) (\d+\.\d+) (\d+\.\d+) (-?\d+(?:\.\d+)?)$/.exec(line);
    if (m && this.current) {
      const word = m[1]!.replace(/\(\d+\)$/, '');
      if (word === '</s>') this.flush();
      else if (!FILLER.test(word)) this.current.words.push({ word, start: Number(m[2]), end: Number(m[3]), confidence: Math.min(1, Number(m[4])) });
      return;
    }
    this.flush();
    this.current = { text: line, words: [] };
  }

  flush(): void {
    const c = this.current;
    this.current = null;
    if (!c) return;
    const words = c.words;
    const text = words.length ? words.map((w) => w.word).join(' ') : c.text;
    if (!text) return;
    this.onSegment({ text, start: words[0]?.start ?? 0, end: words[words.length - 1]?.end ?? 0, words });
  }
}

export function parseOutput(out: string): Segment[] {
  const segs: Segment[] = [];
  const p = new OutputParser((s) => segs.push(s));
  for (const l of out.split('\n')) p.line(l);
  p.flush();
  return segs;
}

class PocketsphinxStream extends EventEmitter implements RecognizerStream {
  private readonly child: ChildProcessByStdio<null, Readable, Readable>;
  private readonly done: Promise<void>;
  private buf = '';
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly parser: OutputParser;
  private failed: Error | null = null;

  private readonly dir: string;
  private readonly input: WriteStream;
  private opened = false;

  /** If the recogniser died before opening the pipe, our open of it waits forever: let it through. */
  private release(fifo: string): void {
    if (!this.opened) {
      try {
        closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
      } catch {
        // already gone
      }
    }
    this.input.destroy();
  }

  constructor(binary: string, args: string[]) {
    super();
    this.parser = new OutputParser((s) => this.emit('segment', s));
    // Live audio goes through a named pipe: pocketsphinx opens -infile by name, and Node's stdin
    // pipes are sockets it cannot open.
    this.dir = mkdtempSync(join(tmpdir(), 'impostor-asr-'));
    const fifo = join(this.dir, 'audio.raw');
    const made = spawnSync('mkfifo', ['-m', '600', fifo]);
    if (made.status !== 0) throw new ImpostorError('invalid_input', 'Live speech recognition needs mkfifo (coreutils).');
    this.child = spawn(binary, ['-infile', fifo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.input = createWriteStream(fifo);
    this.input.on('error', () => undefined);
    this.input.once('open', () => (this.opened = true));
    this.child.stderr.resume();
    this.child.stdout.on('data', (d: Buffer) => {
      this.buf += d.toString('utf8');
      let nl;
      while ((nl = this.buf.indexOf('\n')) !== -1) {
        this.parser.line(this.buf.slice(0, nl));
        this.buf = this.buf.slice(nl + 1);
      }
      // The word lines of one utterance come in one burst; a pause after them ends it.
      if (this.flushTimer) clearTimeout(this.flushTimer);
      this.flushTimer = setTimeout(() => this.parser.flush(), 60);
    });
    this.done = new Promise((resolve) => {
      this.child.on('error', (e) => {
        this.release(fifo);
        rmSync(this.dir, { recursive: true, force: true });
        this.failed = toolMissing(binary, 'Speech recognition (pocketsphinx)', e);
        this.emit('error', this.failed);
        resolve();
      });
      this.child.on('close', (code, signal) => {
        if (this.flushTimer) clearTimeout(this.flushTimer);
        this.release(fifo);
        rmSync(this.dir, { recursive: true, force: true });
        if (this.buf) this.parser.line(this.buf);
        this.buf = '';
        this.parser.flush();
        if (code !== 0 && !signal && !this.failed) {
          this.failed = new ImpostorError('invalid_input', `Speech recognition (pocketsphinx) stopped with exit code ${code}.`);
          this.emit('error', this.failed);
        }
        resolve();
      });
    });
  }

  write(pcm: Buffer): void {
    if (!this.input.destroyed && !this.input.writableEnded) this.input.write(pcm);
  }

  /** No more audio: resolves once the last utterance's words are out. */
  async end(): Promise<void> {
    if (!this.input.writableEnded) this.input.end();
    await this.done;
  }

  close(): void {
    this.input.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
