import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { SAMPLE_RATE, toolMissing } from './audio.js';

// Telephone audio as it streams in (Twilio Media Streams: G.711 µ-law, 8 kHz mono, 20 ms frames),
// turned into the recognisers' 16 kHz PCM by a long-running ffmpeg (µ-law decoder + soxr
// resampler) that flushes every packet, so the words are heard while the call goes on.

export class MulawUpsampler extends EventEmitter {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly done: Promise<void>;
  private bytesIn = 0;

  constructor(ffmpeg = 'ffmpeg') {
    super();
    this.child = spawn(
      ffmpeg,
      ['-nostdin', '-hide_banner', '-loglevel', 'error', '-fflags', 'nobuffer', '-probesize', '32', '-analyzeduration', '0',
        '-f', 'mulaw', '-ar', '8000', '-ac', '1', '-i', 'pipe:0',
        '-af', 'aresample=resampler=soxr', '-ar', String(SAMPLE_RATE), '-ac', '1', '-f', 's16le', '-flush_packets', '1', 'pipe:1'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.resume();
    this.child.stdout.on('data', (d: Buffer) => this.emit('data', d));
    this.done = new Promise((resolve) => {
      this.child.on('error', (e) => {
        this.emit('error', toolMissing(ffmpeg, 'Decoding the call audio (ffmpeg)', e));
        resolve();
      });
      this.child.on('close', () => resolve());
    });
  }

  /** Seconds of 8 kHz audio written so far. */
  get seconds(): number {
    return this.bytesIn / 8000;
  }

  write(mulaw: Buffer): void {
    this.bytesIn += mulaw.length;
    if (!this.child.stdin.destroyed && !this.child.stdin.writableEnded) this.child.stdin.write(mulaw);
  }

  async end(): Promise<void> {
    if (!this.child.stdin.writableEnded) this.child.stdin.end();
    await this.done;
  }

  close(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
