import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { analyze, joinTurns, type Report } from '../core/index.js';
import { speak, speechToolsMissing } from '../node/asr/speech-fixture.js';
import { silentLogger } from './logging.js';
import { startServer, type RunningServer } from './node.js';

// /api/call/stream with a real server on a free loopback port and a real WebSocket client (ws).
// The Twilio test speaks the call with espeak-ng and needs ffmpeg and pocketsphinx: skipped where
// they are missing, failed in CI (IMPOSTOR_REQUIRE_SERVICES=1).

type Ev = Record<string, unknown> & { type?: string };

interface Client {
  ws: WebSocket;
  events: Ev[];
  closed: Promise<{ code: number; reason: string }>;
  send(o: unknown): void;
  waitFor(pred: (e: Ev) => boolean, ms?: number): Promise<Ev>;
}

function connect(url: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const events: Ev[] = [];
    const waiters: (() => void)[] = [];
    const closed = new Promise<{ code: number; reason: string }>((res) => ws.on('close', (code, reason) => res({ code, reason: reason.toString() })));
    ws.on('message', (d) => {
      events.push(JSON.parse(d.toString()) as Ev);
      for (const w of waiters.splice(0)) w();
    });
    ws.on('error', reject);
    ws.on('open', () =>
      resolve({
        ws,
        events,
        closed,
        send: (o) => ws.send(typeof o === 'string' ? o : JSON.stringify(o)),
        waitFor: (pred, ms = 10_000) =>
          new Promise((res, rej) => {
            const t = setTimeout(() => rej(new Error(`timed out; events: ${JSON.stringify(events).slice(0, 600)}`)), ms);
            const check = () => {
              const e = events.find(pred);
              if (e) {
                clearTimeout(t);
                res(e);
              } else waiters.push(check);
            };
            check();
          }),
      }),
    );
  });
}

const SCAM = [
  'Hello, this is Amazon customer support calling about your account.',
  'We see an order for an iPhone 15 for $1,249 placed on your account. Did you place this order?',
  'I need you to download AnyDesk so I can fix your account',
  'now go buy two Google Play gift cards',
];

describe('/api/call/stream', () => {
  let server: RunningServer;
  let url: string;
  before(async () => {
    server = await startServer({ port: 0, tuneHeap: false, logger: silentLogger, callStream: { idleMs: 1500, maxMessageBytes: 32 * 1024 } });
    url = `ws://127.0.0.1:${server.port}/api/call/stream`;
  });
  after(() => server.close());

  it('alerts on the turn that asks for AnyDesk, before the next turn, and ends with the whole-transcript report', async () => {
    const c = await connect(url);
    for (const [i, text] of SCAM.entries()) {
      c.send({ type: 'turn', speaker: 'caller', text });
      if (i === 2) {
        const alert = await c.waitFor((e) => e.type === 'alert');
        assert.equal(alert['ruleId'], 'remote-access-request');
        assert.equal(alert['turn'], 3);
        assert.match(String(alert['now']), /Hang up/);
      }
      await new Promise((r) => setTimeout(r, 150));
      if (i < 2) assert.deepEqual(c.events.filter((e) => e.type === 'alert'), [], 'no alert before the ask');
    }
    c.send({ type: 'end' });
    const fin = await c.waitFor((e) => e.type === 'report');
    const report = fin['report'] as Report;
    assert.equal(fin['verdict'], 'likely_scam');
    const joined = joinTurns(SCAM.map((text) => ({ speaker: 'caller' as const, text })));
    assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), (await analyze({ input: joined, channel: 'call' })).findings.map((f) => f.ruleId).sort());
    assert.deepEqual(c.events.filter((e) => e.type === 'alert').map((e) => e['ruleId']), ['remote-access-request', 'gift-card-payment-request']);
    assert.equal((await c.closed).code, 1000);
  });

  it('sends no alert for a genuine call', async () => {
    const c = await connect(url);
    for (const text of ['Hi, this is Maria from Riverside Dental, calling for Alex.', 'I am calling to confirm your cleaning appointment on Tuesday at ten thirty.']) {
      c.send({ type: 'turn', text });
    }
    c.send({ type: 'end' });
    const fin = await c.waitFor((e) => e.type === 'report');
    assert.equal(fin['verdict'], 'no_red_flags');
    assert.deepEqual(c.events.filter((e) => e.type === 'alert'), []);
  });

  it('closes with 1009 on a message over the size limit, and the server stays up', async () => {
    const c = await connect(url);
    c.send({ type: 'turn', text: 'a '.repeat(40_000) });
    assert.equal((await c.closed).code, 1009);
    const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    assert.equal(res.status, 200);
  });

  it('closes an idle call with an error and the report so far', async () => {
    const c = await connect(url);
    c.send({ type: 'turn', text: 'I need you to download AnyDesk so I can fix your account' });
    const err = await c.waitFor((e) => e.type === 'error', 5000);
    assert.equal((err['error'] as { code: string }).code, 'idle_timeout');
    await c.waitFor((e) => e.type === 'report', 5000);
    assert.equal((await c.closed).code, 1008);
  });

  it('answers bad messages with an error event and a close code', async () => {
    for (const [msg, code, errCode] of [
      ['not json', 1007, 'invalid_json'],
      [{ type: 'dance' }, 1008, 'invalid_message'],
      [{ type: 'turn', text: 42 }, 1008, 'invalid_message'],
      [{ event: 'media', media: { payload: 'AAAA' } }, 1008, 'invalid_message'],
      [{ event: 'start', start: { mediaFormat: { encoding: 'audio/l16', sampleRate: 16000 } } }, 1008, 'unsupported_audio'],
      [{ type: 'end' }, 1000, 'no_speech'],
    ] as const) {
      const c = await connect(url);
      c.send(msg);
      const e = await c.waitFor((x) => x.type === 'error');
      assert.equal((e['error'] as { code: string }).code, errCode, JSON.stringify(msg));
      assert.equal((await c.closed).code, code, JSON.stringify(msg));
    }
  });

  it('refuses other WebSocket paths and foreign browser origins', async () => {
    await assert.rejects(connect(`ws://127.0.0.1:${server.port}/api/other`), /404/);
    await assert.rejects(
      new Promise((res, rej) => {
        const ws = new WebSocket(url, { headers: { origin: 'https://evil.example' } });
        ws.on('open', res);
        ws.on('error', rej);
      }),
      /403/,
    );
  });

  it('refuses a Host name the server does not answer (DNS rebinding), as the HTTP routes do', async () => {
    await assert.rejects(
      new Promise((res, rej) => {
        const ws = new WebSocket(url, { headers: { host: 'rebind.example:80' } });
        ws.on('open', res);
        ws.on('error', rej);
      }),
      /421/,
    );
    // Loopback names are answered.
    const ok = new WebSocket(url, { headers: { host: `localhost:${server.port}` } });
    await new Promise((res, rej) => {
      ok.on('open', res);
      ok.on('error', rej);
    });
    ok.close();
  });

  const missing = speechToolsMissing();
  const skip = missing && process.env.IMPOSTOR_REQUIRE_SERVICES !== '1' ? missing : false;
  it('transcribes Twilio Media Streams audio and alerts before the call ends', { skip, timeout: 120_000 }, async () => {
    const audio = speak([
      'Hello, this is Amazon customer service, calling about an order for an iPhone on your account.',
      'To cancel it, I need you to download AnyDesk, so I can get remote access and fix your account.',
      'Now go to the store and buy two Google Play gift cards, and read me the numbers on the back.',
    ]);
    const c = await connect(url);
    const sid = 'MZ00000000000000000000000000000001';
    c.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    c.send({ event: 'start', streamSid: sid, start: { streamSid: sid, tracks: ['inbound'], mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 } } });
    // Real time, as Twilio sends it: a 20 ms frame every 20 ms. After the AnyDesk sentence the
    // caller pauses (silence frames) until the alert comes, however slow this machine is: the alert
    // must come from the audio sent so far, before a word of the gift-card sentence is sent.
    let k = 0;
    let t0 = Date.now();
    const frame = async (payload: Buffer) => {
      c.send({ event: 'media', streamSid: sid, media: { track: 'inbound', chunk: String(k + 1), timestamp: String(k * 20), payload: payload.toString('base64') } });
      k++;
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + k * 20 - Date.now())));
    };
    const firstTwo = audio.mulaw.subarray(0, audio.ends[1]!);
    for (let i = 0; i * 160 < firstTwo.length; i++) await frame(firstTwo.subarray(i * 160, (i + 1) * 160));
    const silence = Buffer.alloc(160, 0xff);
    const paused = k;
    while (!c.events.some((e) => e.type === 'alert') && (k - paused) * 0.02 < 60) await frame(silence);
    const pause = (k - paused) * 0.02;
    assert.ok(c.events.some((e) => e.type === 'alert'), `no alert within 60 s of the AnyDesk sentence: ${JSON.stringify(c.events.filter((e) => e.type === 'transcript'))}`);
    t0 = Date.now() - k * 20;
    const rest = audio.mulaw.subarray(audio.ends[1]!);
    for (let i = 0; i * 160 < rest.length; i++) await frame(rest.subarray(i * 160, (i + 1) * 160));
    c.send({ event: 'stop', streamSid: sid });
    const fin = await c.waitFor((e) => e.type === 'report', 60_000);
    assert.notEqual(fin['verdict'], 'no_red_flags');
    assert.ok(c.events.some((e) => e.type === 'started'));
    assert.ok(c.events.filter((e) => e.type === 'transcript').length >= 2);
    const alerts = c.events.filter((e) => e.type === 'alert');
    assert.equal(alerts[0]!['ruleId'], 'remote-access-request', `${JSON.stringify(alerts[0])} after a ${pause.toFixed(2)} s pause`);
    // The evidence points at the moment in the call: the AnyDesk sentence, well before the end.
    const ev = (alerts[0]!['evidence'] as { start?: number; end?: number }[])[0]!;
    assert.ok(typeof ev.start === 'number' && ev.start > 3 && ev.end! < audio.seconds - 3, JSON.stringify(ev));
  });
});
