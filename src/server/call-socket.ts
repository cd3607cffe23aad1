import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CallStream, isImpostorError, type AnalyzeOptions, type CallEvent } from '../core/index.js';
import type { Recognizer, RecognizerStream, Segment } from '../node/asr/index.js';
import { MulawUpsampler } from '../node/asr/index.js';
import { silentLogger, type Logger } from './logging.js';

// The live call: a WebSocket at /api/call/stream. Two kinds of client, told apart by their first
// message:
//   transcript turns, for providers that already transcribe: {"type":"turn","speaker":"caller","text":"…"}
//   … then {"type":"end"};
//   Twilio Media Streams: {"event":"connected"}, {"event":"start",…}, {"event":"media","media":{"payload":
//   base64 µ-law 8 kHz}}, …, {"event":"stop"}; the audio is transcribed here, as it arrives.
// Events go back on the same socket as JSON: "alert" (the moment a turn makes the scam certain),
// "verdict" (when it changes), "transcript" (what the recogniser heard, audio only), "report" (the
// final report, equal to analyze() on the joined transcript), "error". See docs/voice.md.

export const CALL_STREAM_PATH = '/api/call/stream';

export interface CallSocketOptions {
  /** Largest WebSocket message, in bytes; a larger one closes the socket with 1009. Default 64 KiB. */
  maxMessageBytes?: number;
  /** Seconds without any message before the socket is closed. Default 30 s. */
  idleMs?: number;
  /** Longest call; at the limit the report so far is sent and the socket closed. Default 30 minutes. */
  maxDurationMs?: number;
  /** Most turns per call (default 500) and characters per turn (default 5,000). */
  maxTurns?: number;
  maxTurnChars?: number;
  /** Calls open at once; more are refused with 1013 (try again later). Default 8. */
  maxConnections?: number;
  /** Cross-origin pages allowed to connect (exact origins); same-origin and non-browser clients always may. */
  corsOrigins?: readonly string[];
  /** Which Host headers are answered (guard.ts's check, against DNS rebinding); absent: any. */
  hostAllowed?: (host: string | undefined) => boolean;
  analyzeOptions?: AnalyzeOptions;
  /** The recogniser for Twilio audio, made on first use; absent: audio calls are refused. */
  recognizer?: () => Recognizer;
  logger?: Logger;
}

type Json = Record<string, unknown>;

const CLOSE = { normal: 1000, unsupported: 1003, invalid: 1007, policy: 1008, internal: 1011, busy: 1013 } as const;

export function attachCallSocket(server: Server, opts: CallSocketOptions = {}): { close(): void; readonly open: number } {
  const log = opts.logger ?? silentLogger;
  const maxConnections = opts.maxConnections ?? 8;
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxMessageBytes ?? 64 * 1024, perMessageDeflate: false });
  const allowed = new Set(opts.corsOrigins ?? []);

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`);
    };
    if (url.pathname !== CALL_STREAM_PATH) return refuse(404, 'Not Found');
    // The upgrade bypasses the app's handler, so the Host check (DNS rebinding) is made here too.
    if (opts.hostAllowed && !opts.hostAllowed(req.headers.host)) return refuse(421, 'Misdirected Request');
    const origin = req.headers.origin;
    if (origin && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}` && !allowed.has(origin)) {
      return refuse(403, 'Forbidden');
    }
    socket.on('error', () => undefined);
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (wss.clients.size > maxConnections) {
        ws.close(CLOSE.busy, 'too many calls open; try again later');
        return;
      }
      new CallSession(ws, opts, log, url.searchParams.get('from'));
    });
  };
  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
    get open() {
      return wss.clients.size;
    },
  };
}

class CallSession {
  private mode: 'turns' | 'twilio' | null = null;
  private readonly stream: CallStream;
  private idle: NodeJS.Timeout | null = null;
  private readonly deadline: NodeJS.Timeout;
  private finished = false;
  private rec: RecognizerStream | null = null;
  private audio: MulawUpsampler | null = null;
  /** Between "stop" and the report: the recogniser's last words still count. */
  private draining = false;
  private readonly started = Date.now();
  private alerts = 0;
  private readonly maxTurnChars: number;

  constructor(
    private readonly ws: WebSocket,
    private readonly opts: CallSocketOptions,
    private readonly log: Logger,
    from: string | null,
  ) {
    this.maxTurnChars = opts.maxTurnChars ?? 5000;
    this.stream = new CallStream({ analyze: opts.analyzeOptions, from: from?.slice(0, 40) ?? null, maxTurns: opts.maxTurns ?? 500 });
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    // ws closes the socket itself on a too-large or malformed frame (1009 / 1002) and reports it here.
    ws.on('error', (err) => this.log({ level: 'info', msg: 'call_socket_error', error: (err as { code?: string }).code ?? err.name }));
    ws.on('close', (code) => this.cleanup(code));
    this.touch();
    this.deadline = setTimeout(() => {
      this.fail('call_too_long', `The call reached the ${Math.round((opts.maxDurationMs ?? 1_800_000) / 60_000)}-minute limit; the report so far follows.`, CLOSE.policy, true);
    }, opts.maxDurationMs ?? 1_800_000);
    this.deadline.unref();
    this.log({ level: 'info', msg: 'call_open' });
  }

  private touch(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.finished) return; // the report is on its way
      this.fail('idle_timeout', `No message for ${Math.round((this.opts.idleMs ?? 30_000) / 1000)} s; the call is closed.`, CLOSE.policy, true);
    }, this.opts.idleMs ?? 30_000);
    this.idle.unref();
  }

  private send(obj: Json | CallEvent): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(obj));
  }

  private sendEvents(events: CallEvent[]): void {
    for (const e of events) {
      if (e.type === 'alert') this.alerts++;
      this.send(e);
    }
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.finished) return;
    this.touch();
    if (isBinary) return this.fail('invalid_message', 'Send JSON text messages, not binary frames.', CLOSE.unsupported);
    let msg: Json;
    try {
      const v: unknown = JSON.parse(data.toString());
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      msg = v as Json;
    } catch {
      return this.fail('invalid_json', 'Each message must be one JSON object.', CLOSE.invalid);
    }
    if (typeof msg['event'] === 'string') return this.onTwilio(msg);
    switch (msg['type']) {
      case 'turn':
        return this.onTurn(msg);
      case 'end':
        return void this.finish();
      case 'start':
        if (this.mode === 'twilio') return this.fail('invalid_message', 'This call sends Twilio audio; turns cannot be mixed in.', CLOSE.policy);
        this.mode = 'turns';
        return;
      default:
        return this.fail('invalid_message', 'Unknown message: send {"type":"turn",…}, {"type":"end"}, or Twilio Media Streams events.', CLOSE.policy);
    }
  }

  private onTurn(msg: Json): void {
    if (this.mode === 'twilio') return this.fail('invalid_message', 'This call sends Twilio audio; turns cannot be mixed in.', CLOSE.policy);
    this.mode = 'turns';
    const text = msg['text'];
    if (typeof text !== 'string') return this.fail('invalid_message', 'A turn needs "text", a string.', CLOSE.policy);
    if (text.length > this.maxTurnChars) return this.fail('input_too_large', `A turn may have at most ${this.maxTurnChars} characters.`, CLOSE.policy);
    const speaker = typeof msg['speaker'] === 'string' ? msg['speaker'].slice(0, 40) : undefined;
    const num = (k: string) => (typeof msg[k] === 'number' ? (msg[k] as number) : undefined);
    this.stream.addTurn({ speaker, text, start: num('start'), end: num('end') }).then(
      (events) => this.sendEvents(events),
      (err) => this.failWith(err),
    );
  }

  private onTwilio(msg: Json): void {
    if (this.mode === 'turns') return this.fail('invalid_message', 'This call sends turns; Twilio events cannot be mixed in.', CLOSE.policy);
    this.mode = 'twilio';
    switch (msg['event']) {
      case 'connected':
      case 'mark':
      case 'dtmf':
        return;
      case 'start':
        return this.startAudio(msg);
      case 'media': {
        if (!this.audio) return this.fail('invalid_message', 'A "media" event came before "start".', CLOSE.policy);
        const media = msg['media'] as Json | undefined;
        // Only the caller's side (inbound) is transcribed; an outbound track is the person protected.
        if (media?.['track'] !== undefined && media['track'] !== 'inbound' && media['track'] !== 'inbound_track') return;
        const payload = media?.['payload'];
        if (typeof payload !== 'string') return this.fail('invalid_message', 'A "media" event needs media.payload, base64 µ-law audio.', CLOSE.policy);
        this.audio.write(Buffer.from(payload, 'base64'));
        return;
      }
      case 'stop':
        return void this.finish();
      default:
        return;
    }
  }

  private startAudio(msg: Json): void {
    if (this.audio) return this.fail('invalid_message', 'The stream has already started.', CLOSE.policy);
    const fmt = (msg['start'] as Json | undefined)?.['mediaFormat'] as Json | undefined;
    if (fmt && ((fmt['encoding'] !== undefined && fmt['encoding'] !== 'audio/x-mulaw') || (fmt['sampleRate'] !== undefined && Number(fmt['sampleRate']) !== 8000))) {
      return this.fail('unsupported_audio', 'Only Twilio’s audio/x-mulaw at 8000 Hz is accepted.', CLOSE.policy);
    }
    if (!this.opts.recognizer) return this.fail('audio_unavailable', 'This server has no speech recogniser; send transcript turns instead.', CLOSE.policy);
    let recognizer: Recognizer;
    try {
      recognizer = this.opts.recognizer();
      this.rec = recognizer.openStream('8k');
    } catch (err) {
      return this.failWith(err);
    }
    this.audio = new MulawUpsampler();
    const rec = this.rec;
    this.audio.on('data', (pcm: Buffer) => rec.write(pcm));
    this.audio.on('error', (err) => this.failWith(err));
    rec.on('error', (err) => this.failWith(err));
    rec.on('segment', (s: Segment) => this.onHeard(s));
    this.send({ type: 'started', engine: recognizer.describe('8k') });
  }

  private onHeard(s: Segment): void {
    if (this.finished && !this.draining) return;
    this.send({ type: 'transcript', text: s.text, start: s.start, end: s.end });
    this.stream.addTurn({ speaker: 'caller', text: s.text, start: s.start, end: s.end }).then(
      (events) => this.sendEvents(events),
      (err) => this.failWith(err),
    );
  }

  /** The call is over: the last words, the remaining alerts and the final report, then close. */
  private async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      if (this.audio && this.rec) {
        this.draining = true;
        await this.audio.end();
        await this.rec.end();
        this.draining = false;
      }
      if (this.stream.turns.length === 0) {
        this.send({ type: 'error', error: { code: 'no_speech', message: this.mode === 'twilio' ? 'No words were recognised in the call audio.' : 'The call ended before any turn was sent.' } });
        this.close(CLOSE.normal, 'call ended');
        return;
      }
      this.sendEvents(await this.stream.end());
      this.close(CLOSE.normal, 'call ended');
    } catch (err) {
      this.failWith(err);
    }
  }

  private failWith(err: unknown): void {
    if (isImpostorError(err)) {
      this.fail(err.code, err.message, err.code === 'input_too_large' ? CLOSE.policy : CLOSE.invalid);
    } else {
      this.log({ level: 'error', msg: 'call_failed', error: (err as Error)?.name ?? 'unknown' });
      this.fail('internal', 'Internal error; the call could not be analysed.', CLOSE.internal);
    }
  }

  /** Send an error event and close; with `report`, first the report on what was heard so far. */
  private fail(code: string, message: string, closeCode: number, report = false): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.send({ type: 'error', error: { code, message } });
    if (report && !this.finished && this.stream.turns.length > 0) {
      this.finished = true;
      this.rec?.close();
      this.audio?.close();
      this.stream.end().then(
        (events) => {
          this.sendEvents(events);
          this.close(closeCode, code);
        },
        () => this.close(closeCode, code),
      );
      return;
    }
    this.finished = true;
    this.close(closeCode, code);
  }

  private close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.close(code, reason.slice(0, 120));
  }

  private cleanup(code: number): void {
    if (this.idle) clearTimeout(this.idle);
    clearTimeout(this.deadline);
    this.rec?.close();
    this.audio?.close();
    this.log({ level: 'info', msg: 'call_closed', code, mode: this.mode ?? 'none', turns: this.stream.turns.length, alerts: this.alerts, ms: Date.now() - this.started });
  }
}
