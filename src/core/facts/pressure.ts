import type { Match } from '../signals/match.js';
import {
  BILLING_FAILURE,
  LEGAL_THREAT,
  NOT_YOU,
  ORDER_PLACED,
  OVERPAYMENT,
  PRESS_KEY,
  PRIZE,
  QUALIFY_OFFER,
  REFUND,
  SECURITY_ALERT,
  SERVICE_CUTOFF,
  SUSPENSION,
} from '../signals/pressure-lexicon.js';
import { cues } from './text.js';
import type { PressureFacts, TextFacts } from './types.js';

// The scam stories and pressure several rules read (a suspension threat, a refund, an order "you
// did not place"…): each lexicon scanned once per message, when a rule first asks. Matches are kept
// in text order, up to the most any rule reads (6 for the stories press-one-callback tries, 8 for the
// security alerts); a rule that needs fewer takes the first ones, which is what a scan with the
// smaller cap finds. A cap above what the rules read would only scan long mails further for nothing.

export class PressureOf implements PressureFacts {
  #found: Map<RegExp, Match[]> | undefined;
  constructor(private readonly text: TextFacts) {}
  #scan(re: RegExp, cap = 6): readonly Match[] {
    const found = (this.#found ??= new Map());
    let m = found.get(re);
    if (!m) found.set(re, (m = cues({ text: this.text }, re, cap)));
    return m;
  }
  get suspension(): readonly Match[] {
    return this.#scan(SUSPENSION);
  }
  get serviceCutoff(): readonly Match[] {
    return this.#scan(SERVICE_CUTOFF);
  }
  get securityAlert(): readonly Match[] {
    return this.#scan(SECURITY_ALERT, 8);
  }
  get billingFailure(): readonly Match[] {
    return this.#scan(BILLING_FAILURE);
  }
  get orderPlaced(): readonly Match[] {
    return this.#scan(ORDER_PLACED);
  }
  get notYou(): readonly Match[] {
    return this.#scan(NOT_YOU);
  }
  get overpayment(): readonly Match[] {
    return this.#scan(OVERPAYMENT);
  }
  get refund(): readonly Match[] {
    return this.#scan(REFUND);
  }
  get prize(): readonly Match[] {
    return this.#scan(PRIZE);
  }
  get legalThreat(): readonly Match[] {
    return this.#scan(LEGAL_THREAT);
  }
  get qualifyOffer(): readonly Match[] {
    return this.#scan(QUALIFY_OFFER);
  }
  get pressKey(): readonly Match[] {
    return this.#scan(PRESS_KEY, 4);
  }
}
