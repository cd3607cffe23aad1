import { ImpostorError } from '../core/index.js';
import type { Recognizer } from '../node/asr/index.js';
import { recognizerFromEnv } from '../node/asr/index.js';
import { sniffAudio } from '../node/asr/audio.js';

// The server's speech recognition: one recogniser (chosen by IMPOSTOR_ASR…, see src/node/asr),
// made on first use so a server that never gets audio never checks for pocketsphinx.

export function lazyRecognizer(make: () => Recognizer = () => recognizerFromEnv()): () => Recognizer {
  let r: Recognizer | null = null;
  return () => (r ??= make());
}

/** For /api/analyze: recordings become the heard text (null for bytes that are not audio). */
export function audioTranscriber(recognizer: () => Recognizer) {
  return async (bytes: Uint8Array): Promise<{ text: string; note: string } | null> => {
    if (!sniffAudio(bytes)) return null;
    const { heardNote, heardText, transcribeAudioFile } = await import('../node/asr/index.js');
    const heard = await transcribeAudioFile(bytes, recognizer());
    const text = heardText(heard);
    if (!text.trim()) throw new ImpostorError('empty_input', `No words were recognised in the ${heard.audioSeconds.toFixed(1)} s of audio.`);
    return { text, note: heardNote(heard) };
  };
}
