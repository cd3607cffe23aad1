import { addCheckInputHook } from '../cli/commands/check.js';
import { ImpostorError } from '../core/index.js';
import { sniffAudio } from './asr/audio.js';

// `impostor check voicemail.wav`: a recording is decoded (ffmpeg), transcribed offline (the
// recogniser in src/node/asr) and checked as a call. The recogniser is loaded only for audio.
addCheckInputHook(async (raw) => {
  if (!sniffAudio(raw)) return null;
  const { heardNote, heardText, transcribeAudioFile } = await import('./asr/index.js');
  const heard = await transcribeAudioFile(raw);
  const text = heardText(heard);
  if (!text.trim()) throw new ImpostorError('empty_input', `No words were recognised in the ${heard.audioSeconds.toFixed(1)} s of audio.`);
  return { input: text, channel: 'call', warnings: [heardNote(heard)] };
});
