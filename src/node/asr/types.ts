import type { EventEmitter } from 'node:events';

// Speech recognition as a plug-in: every recogniser takes 16 kHz 16-bit mono PCM and gives words
// with their times, so evidence can point at the moment in the recording.

/** What the audio was before it became 16 kHz PCM: wideband (files) or 8 kHz telephone audio. */
export type Band = '16k' | '8k';

export interface Word {
  word: string;
  /** Seconds from the start of the audio. */
  start: number;
  end: number;
  /** The recogniser's own confidence, 0–1, when it gives one. */
  confidence?: number;
}

/** One utterance: the words between two pauses. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  words: Word[];
}

export interface Transcript {
  text: string;
  segments: Segment[];
  words: Word[];
  /** Which recogniser and model heard it, for the report's warnings. */
  engine: string;
  audioSeconds: number;
  /** Recognition time divided by audio time. */
  realTimeFactor: number;
}

/** A live recognition: write PCM as it arrives; "segment" events come as utterances end. */
export interface RecognizerStream extends EventEmitter {
  write(pcm: Buffer): void;
  /** No more audio; resolves when the last segment has been emitted. */
  end(): Promise<void>;
  /** Stop at once (the call went away). */
  close(): void;
}

export interface Recognizer {
  readonly name: string;
  describe(band: Band): string;
  transcribe(pcm: Buffer, band: Band): Promise<Transcript>;
  openStream(band: Band): RecognizerStream;
}
