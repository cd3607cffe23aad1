// The speech recogniser's numbers: word error rate on espeak-ng speech (16 kHz files and 8 kHz
// µ-law telephone audio), recognition time per second of audio (real-time factor, wall clock and
// CPU of the recogniser processes), for the bundled "tts" model and Debian's stock model.
// Usage: npm run build && node dist/scripts/bench-voice.js [--json]
// Needs espeak-ng, ffmpeg, pocketsphinx and pocketsphinx-en-us (Debian).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeAudio, PocketsphinxRecognizer } from '../src/node/asr/index.js';
import { speak, speechToolsMissing, wordErrorRate } from '../src/node/asr/speech-fixture.js';

// The sentences of the acceptance check (two voicemails, two calls).
const SETS: Record<string, string[]> = {
  'vm-scam': [
    'This is Amazon customer service.',
    'An order for an iPhone fifteen for one thousand two hundred forty nine dollars was placed on your account.',
    'If you did not make this purchase press one or call us back at 1 888 555 0173 to cancel.',
    'You will need to buy Google Play gift cards to get a refund.',
  ],
  'vm-genuine': ["Hi, this is Doctor Patel's office calling to confirm your appointment on Tuesday at ten thirty.", 'Please call us back if you need to reschedule. Thank you.'],
  'call-scam': [
    'Hello, this is Amazon customer service, calling about an order for an iPhone on your account.',
    'To cancel it, I need you to download AnyDesk, so I can get remote access and fix your account.',
    'Now go to the store and buy two Google Play gift cards, and read me the numbers on the back.',
  ],
  'call-genuine': [
    'Hi, this is Maria from Riverside Dental, calling for Alex.',
    'I am calling to confirm your cleaning appointment on Tuesday at ten thirty.',
    'If that time does not work, just call the front desk and we can move it. Thanks, bye.',
  ],
};

const missing = speechToolsMissing();
if (missing) {
  console.error(`bench-voice: ${missing}`);
  process.exit(2);
}

/** CPU seconds of this process's finished children (cutime + cstime in /proc/self/stat, 100 Hz ticks). */
function childCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[13]) + Number(f[14])) / 100;
}

const rows: { set: string; model: string; band: string; seconds: number; wer: number; rtfWall: number; rtfCpu: number; heard: string }[] = [];
for (const [name, sentences] of Object.entries(SETS)) {
  const audio = speak(sentences);
  const pcm16 = (await decodeAudio(audio.wav)).pcm;
  // The telephone path: µ-law 8 kHz → ffmpeg (soxr) → 16 kHz, as the live stream does it.
  const up = spawnSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'mulaw', '-ar', '8000', '-ac', '1', '-i', 'pipe:0', '-af', 'aresample=resampler=soxr', '-ar', '16000', '-f', 's16le', 'pipe:1'], { input: audio.mulaw, maxBuffer: 64 << 20 });
  const pcm8 = up.stdout;
  for (const model of ['tts', 'stock'] as const) {
    const rec = new PocketsphinxRecognizer({ model });
    for (const [band, pcm] of [['16k', pcm16], ['8k', pcm8]] as const) {
      const cpu0 = childCpu();
      const t0 = performance.now();
      const t = await rec.transcribe(pcm, band);
      const wall = (performance.now() - t0) / 1000;
      const cpu = childCpu() - cpu0;
      rows.push({ set: name, model, band, seconds: t.audioSeconds, wer: wordErrorRate(sentences.join(' '), t.text), rtfWall: wall / t.audioSeconds, rtfCpu: cpu / t.audioSeconds, heard: t.text });
    }
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const r of rows) console.log(`${r.set.padEnd(13)} ${r.model.padEnd(6)} ${r.band.padEnd(4)} ${r.seconds.toFixed(1).padStart(5)} s  WER ${pct(r.wer).padStart(6)}  RTF wall ${r.rtfWall.toFixed(2)} cpu ${r.rtfCpu.toFixed(2)}  "${r.heard.slice(0, 90)}"`);
  for (const model of ['tts', 'stock']) {
    for (const band of ['16k', '8k']) {
      const rs = rows.filter((r) => r.model === model && r.band === band);
      const words = (s: string) => SETS[s]!.join(' ').split(/\s+/).length;
      const wer = rs.reduce((a, r) => a + r.wer * words(r.set), 0) / rs.reduce((a, r) => a + words(r.set), 0);
      const sec = rs.reduce((a, r) => a + r.seconds, 0);
      console.log(`all ${model} ${band}: WER ${pct(wer)}, RTF wall ${(rs.reduce((a, r) => a + r.rtfWall * r.seconds, 0) / sec).toFixed(2)}, cpu ${(rs.reduce((a, r) => a + r.rtfCpu * r.seconds, 0) / sec).toFixed(2)} over ${sec.toFixed(1)} s`);
    }
  }
}
