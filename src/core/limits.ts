// Caps on everything a hostile message could blow up. Each is an option with a default.

export interface Limits {
  /** Largest raw input accepted at all, in bytes (larger → input_too_large). */
  maxInputBytes: number;
  /** Text analysed by rules is cut to this many characters (a warning says so). */
  maxTextChars: number;
  /** Deepest MIME nesting postal-mime will follow. */
  maxMimeDepth: number;
  /** Most MIME parts read; the message is cut before the next one (a warning says so). */
  maxMimeParts: number;
  /** Most header lines kept. */
  maxHeaders: number;
  /**
   * Longest top-level header field passed to the MIME parser; a longer one (a 1 MB From display
   * name) loses its middle, keeping its start and its end (a warning says so).
   */
  maxHeaderFieldChars: number;
  /** Most links kept per message. */
  maxLinks: number;
  /** Most entities kept per type. */
  maxEntitiesPerType: number;
  /** Most attachments listed. */
  maxAttachments: number;
  /** Most turns kept for a call transcript. */
  maxTurns: number;
  /** HTML larger than this is not rendered to text (a warning says so). */
  maxHtmlChars: number;
  /** Deepest nesting of open HTML elements followed; deeper, the rest is rendered afresh (a warning says so). */
  maxHtmlDepth: number;
  /**
   * Most number-like candidates the phone search may reject per message (libphonenumber's maxTries);
   * past it, the search stops (a warning says so). Only text dense with numbers reaches it.
   */
  maxPhoneTries: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxInputBytes: 25 * 1024 * 1024,
  maxTextChars: 200_000,
  maxMimeDepth: 50,
  maxMimeParts: 500,
  maxHeaders: 1_000,
  maxHeaderFieldChars: 32 * 1024,
  maxLinks: 500,
  maxEntitiesPerType: 200,
  maxAttachments: 100,
  maxTurns: 2_000,
  maxHtmlChars: 2_000_000,
  maxHtmlDepth: 256,
  maxPhoneTries: 128,
});

export function resolveLimits(overrides?: Partial<Limits>): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (!overrides) return out;
  for (const key of Object.keys(out) as (keyof Limits)[]) {
    const v = overrides[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = Math.floor(v);
  }
  return out;
}
