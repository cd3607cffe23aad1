import { ImpostorError } from '../../core/index.js';
import { decodeAudio, sniffAudio, type DecodeOptions } from './audio.js';
import { PocketsphinxRecognizer, type PocketsphinxModel } from './pocketsphinx.js';
import { SherpaOnnxRecognizer } from './sherpa.js';
import type { Recognizer, Transcript } from './types.js';

export { sniffAudio, decodeAudio, SAMPLE_RATE, type AudioFormat } from './audio.js';
export { PocketsphinxRecognizer } from './pocketsphinx.js';
export { SherpaOnnxRecognizer } from './sherpa.js';
export { MulawUpsampler } from './telephone.js';
export type { Band, Recognizer, RecognizerStream, Segment, Transcript, Word } from './types.js';

// Which recogniser runs is configuration, read from the environment so the CLI and the server
// agree:
//   IMPOSTOR_ASR=pocketsphinx (default) | sherpa-onnx
//   IMPOSTOR_ASR_MODEL=tts (default) | stock            pocketsphinx: adapted or Debian's model
//   IMPOSTOR_SHERPA_MODEL=/path/to/model-folder          sherpa-onnx: a model you supply
// A provider that already transcribes sends turns to /api/call/stream instead (no recogniser).

export function recognizerFromEnv(env: Record<string, string | undefined> = process.env): Recognizer {
  const kind = (env['IMPOSTOR_ASR'] ?? 'pocketsphinx').trim().toLowerCase();
  if (kind === 'pocketsphinx' || kind === '') {
    const model = (env['IMPOSTOR_ASR_MODEL'] ?? 'tts').trim().toLowerCase();
    if (model !== 'tts' && model !== 'stock') throw new ImpostorError('invalid_input', `IMPOSTOR_ASR_MODEL must be "tts" or "stock", not "${model.slice(0, 20)}".`);
    return new PocketsphinxRecognizer({ model: model as PocketsphinxModel });
  }
  if (kind === 'sherpa-onnx') {
    const dir = env['IMPOSTOR_SHERPA_MODEL'];
    if (!dir) throw new ImpostorError('invalid_input', 'IMPOSTOR_ASR=sherpa-onnx needs IMPOSTOR_SHERPA_MODEL, the folder of the model you supply (see docs/voice.md).');
    return new SherpaOnnxRecognizer({ modelDir: dir });
  }
  throw new ImpostorError('invalid_input', `IMPOSTOR_ASR must be "pocketsphinx" or "sherpa-onnx", not "${kind.slice(0, 20)}".`);
}

export interface HeardAudio extends Transcript {
  format: string;
  truncated: boolean;
}

/** Decode an audio file and transcribe it (a voicemail, a recording). */
export async function transcribeAudioFile(bytes: Uint8Array, recognizer: Recognizer = recognizerFromEnv(), opts: DecodeOptions = {}): Promise<HeardAudio> {
  const format = sniffAudio(bytes);
  if (!format) throw new ImpostorError('invalid_input', 'This is not an audio file ffmpeg can read (WAV, MP3, Ogg, FLAC, M4A, WebM).');
  const audio = await decodeAudio(bytes, opts);
  // Telephone recordings (8 kHz WAV / µ-law voicemails) sound like the 8 kHz model's training audio.
  const band = narrowband(bytes, format) ? '8k' : '16k';
  const t = await recognizer.transcribe(audio.pcm, band);
  return { ...t, format, truncated: audio.truncated };
}

/** A WAV whose sample rate is 8 kHz (or lower): telephone audio. */
function narrowband(bytes: Uint8Array, format: string): boolean {
  if (format !== 'wav' || bytes.length < 28) return false;
  const rate = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16) | (bytes[27]! << 24);
  return rate > 0 && rate <= 8000;
}

/** The warning a report carries when its text came from audio: what heard it, how long it was. */
export function heardNote(h: HeardAudio): string {
  return `audio_transcribed: ${h.audioSeconds.toFixed(1)} s of ${h.format.toUpperCase()} audio heard by ${h.engine}; the text is what the recogniser heard and may contain errors${h.truncated ? ' (only the start was heard)' : ''}`;
}

/** Transcript text as a call transcript for analyze(): the recogniser's words, one line per utterance. */
export function heardText(h: Transcript): string {
  return h.segments.map((s) => s.text).join('\n');
}
