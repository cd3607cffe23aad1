import { analyze, type AnalyzeOptions } from './analyze.js';
import { ImpostorError } from './errors.js';
import type { Finding, Report, Verdict } from './types.js';

// A call as it happens: turns arrive one by one (from a provider's live transcript or from the
// server's own speech recogniser), and the caller is warned the moment a turn makes the scam
// certain, before the code is read out or the gift cards bought. Every check runs the ordinary
// analyze() on the transcript so far (the joined turns, "Caller: …" lines), so the final report is
// exactly analyze() on the joined transcript: there are no separate streaming rules.

/** Rules whose finding, in a call, is reason to interrupt: the ask that costs money or control. */
export const CALL_ALERT_RULES: Readonly<Record<string, string>> = Object.freeze({
  'remote-access-request': 'Hang up now. Do not install or open anything the caller names, and do not read out any code on your screen.',
  'install-software-request': 'Hang up now. Do not install anything the caller asks for.',
  'gift-card-payment-request': 'Hang up now. Do not buy gift cards or read out their numbers: no real company takes payment that way.',
  'one-time-code-request': 'Hang up now. Do not read out any code sent to you: it lets the caller into your account.',
  'recovery-phrase-request': 'Hang up now. Never read out a recovery phrase or wallet key.',
  'crypto-payment-request': 'Hang up now. Do not send cryptocurrency or use a crypto ATM for the caller.',
  'wire-transfer-request': 'Hang up now. Do not move or send money on the caller’s instructions.',
  'sensitive-data-request': 'Hang up now. Do not give passwords, card numbers or your Social Security number on this call.',
});

export interface CallTurnInput {
  /** "caller" (default), "recipient", or a tag such as "agent" / "me" (read as parseCall reads tags). */
  speaker?: string;
  text: string;
  /** Seconds from the start of the call, when known (audio: the recogniser's word times). */
  start?: number;
  end?: number;
}

export interface CallTurn {
  index: number;
  speaker: 'caller' | 'recipient';
  text: string;
  start?: number;
  end?: number;
}

export interface CallAlert {
  type: 'alert';
  ruleId: string;
  /** The finding's sentence ("Asks you to download AnyDesk, …"). */
  message: string;
  /** What to do now, said plainly, with the brand's own statement when there is one. */
  now: string;
  /** Quoted words, with the turn they were heard in (and its time, for audio). */
  evidence: { text: string; turn: number; start?: number; end?: number }[];
  /** The turn that made it certain (1-based, as a person counts). */
  turn: number;
  verdict: Verdict;
  score: number;
  brand: string | null;
}

export interface CallVerdictEvent {
  type: 'verdict';
  turn: number;
  verdict: Verdict;
  score: number;
  brand: string | null;
}

export interface CallReportEvent {
  type: 'report';
  turns: number;
  verdict: Verdict;
  report: Report;
}

export type CallEvent = CallAlert | CallVerdictEvent | CallReportEvent;

export interface CallStreamOptions {
  analyze?: AnalyzeOptions;
  /** Caller number, when known. */
  from?: string | null;
  /** Most turns accepted (default 500); the next one is refused with input_too_large. */
  maxTurns?: number;
  /** Longest joined transcript in characters (default 100,000). */
  maxChars?: number;
}

const SPEAKER_LINE: Record<CallTurn['speaker'], string> = { caller: 'Caller', recipient: 'Me' };
const RECIPIENT = /^(?:me|i|you|recipient|victim|customer|user|callee|speaker ?2|s2|b|outbound)$/i;

/** The joined transcript: one "Caller: …" or "Me: …" line per turn, whitespace folded. */
export function joinTurns(turns: readonly Pick<CallTurn, 'speaker' | 'text'>[]): string {
  return turns.map((t) => `${SPEAKER_LINE[t.speaker]}: ${t.text}`).join('\n');
}

export class CallStream {
  private readonly turnsIn: CallTurn[] = [];
  private readonly alerted = new Set<string>();
  private lastVerdict: Verdict | null = null;
  private ended = false;
  private chars = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly maxTurns: number;
  private readonly maxChars: number;

  constructor(private readonly options: CallStreamOptions = {}) {
    this.maxTurns = options.maxTurns ?? 500;
    this.maxChars = options.maxChars ?? 100_000;
  }

  get turns(): readonly CallTurn[] {
    return this.turnsIn;
  }

  /** The transcript so far, as analyze() reads it. */
  transcript(): string {
    return joinTurns(this.turnsIn);
  }

  /**
   * Add one turn; resolves to the events it justifies (new alerts, a changed verdict). Calls are
   * queued, so turns sent without awaiting are still analysed in order.
   */
  addTurn(input: CallTurnInput): Promise<CallEvent[]> {
    if (this.ended) return Promise.reject(new ImpostorError('invalid_input', 'The call has ended; no more turns are accepted.'));
    const text = String(input.text ?? '').replace(/\s+/g, ' ').trim();
    if (this.turnsIn.length >= this.maxTurns) {
      return Promise.reject(new ImpostorError('input_too_large', `A call may have at most ${this.maxTurns} turns.`));
    }
    if (this.chars + text.length > this.maxChars) {
      return Promise.reject(new ImpostorError('input_too_large', `A call transcript may have at most ${this.maxChars} characters.`));
    }
    if (!text) return Promise.resolve([]);
    const speaker: CallTurn['speaker'] = input.speaker && RECIPIENT.test(input.speaker.trim()) ? 'recipient' : 'caller';
    const turn: CallTurn = { index: this.turnsIn.length, speaker, text };
    if (Number.isFinite(input.start)) turn.start = input.start;
    if (Number.isFinite(input.end)) turn.end = input.end;
    this.turnsIn.push(turn);
    this.chars += text.length + 10;
    const snapshot = this.turnsIn.slice();
    return this.enqueue(() => this.check(snapshot));
  }

  /** End the call: resolves to the remaining alerts and the final report (analyze on the joined transcript). */
  end(): Promise<CallEvent[]> {
    if (this.ended) return Promise.reject(new ImpostorError('invalid_input', 'The call has already ended.'));
    this.ended = true;
    const snapshot = this.turnsIn.slice();
    return this.enqueue(async () => {
      if (snapshot.length === 0) {
        throw new ImpostorError('empty_input', 'The call ended before any words were heard or sent.');
      }
      const { events, report } = await this.check(snapshot, true);
      return [...events.filter((e) => e.type === 'alert'), { type: 'report' as const, turns: snapshot.length, verdict: report.verdict, report }];
    }).then((x) => x as CallEvent[]);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.chain.then(job, job);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async analyzeTurns(turns: readonly CallTurn[]): Promise<Report> {
    return analyze({ input: joinTurns(turns), channel: 'call', from: this.options.from ?? null }, this.options.analyze ?? {});
  }

  private check(turns: readonly CallTurn[]): Promise<CallEvent[]>;
  private check(turns: readonly CallTurn[], final: true): Promise<{ events: CallEvent[]; report: Report }>;
  private async check(turns: readonly CallTurn[], final = false): Promise<CallEvent[] | { events: CallEvent[]; report: Report }> {
    const report = await this.analyzeTurns(turns);
    const events: CallEvent[] = [];
    const turnNo = turns.length;
    // A finding that lowers the score (genuine evidence) or a verdict of no red flags silences alerts.
    if (report.verdict !== 'no_red_flags') {
      for (const f of report.findings) {
        const now = CALL_ALERT_RULES[f.ruleId];
        if (!now || f.effect === 'lower' || this.alerted.has(f.ruleId)) continue;
        this.alerted.add(f.ruleId);
        events.push(alertFor(f, now, turns, report));
      }
    }
    if (!final && report.verdict !== this.lastVerdict) {
      events.push({ type: 'verdict', turn: turnNo, verdict: report.verdict, score: report.score, brand: report.brand });
    }
    this.lastVerdict = report.verdict;
    return final ? { events, report } : events;
  }
}

/** Which turn a character offset of the joined transcript falls in. */
function turnAt(turns: readonly CallTurn[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < turns.length; i++) {
    const len = SPEAKER_LINE[turns[i]!.speaker].length + 2 + turns[i]!.text.length;
    if (offset < pos + len + 1) return i;
    pos += len + 1;
  }
  return turns.length - 1;
}

function alertFor(f: Finding, now: string, turns: readonly CallTurn[], report: Report): CallAlert {
  const evidence: CallAlert['evidence'] = [];
  let last = 0;
  for (const e of f.evidence) {
    if (e.kind !== 'text') continue;
    const i = turnAt(turns, e.start);
    last = Math.max(last, i);
    const t = turns[i]!;
    evidence.push({ text: e.text, turn: i + 1, ...(t.start !== undefined ? { start: t.start } : {}), ...(t.end !== undefined ? { end: t.end } : {}) });
  }
  const statement = f.policy?.statement ? ` ${f.policy.statement}` : '';
  return {
    type: 'alert',
    ruleId: f.ruleId,
    message: f.message,
    now: now + statement,
    evidence,
    turn: (evidence.length ? last : turns.length - 1) + 1,
    verdict: report.verdict,
    score: report.score,
    brand: report.brand,
  };
}
