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
// did not place"…): each lexicon scanned once per message, when a rule first asks. Up to CAP matches
// are kept, in text order; a rule that needs fewer takes the first ones, which is what a scan with
// the smaller cap finds.

const CAP = 12;

export class PressureOf implements PressureFacts {
  #found = new Map<RegExp, Match[]>();
  constructor(private readonly text: TextFacts) {}
  #scan(re: RegExp): readonly Match[] {
    let m = this.#found.get(re);
    if (!m) this.#found.set(re, (m = cues({ text: this.text }, re, CAP)));
    return m;
  }
  get suspension(): readonly Match[] {
    return this.#scan(SUSPENSION);
  }
  get serviceCutoff(): readonly Match[] {
    return this.#scan(SERVICE_CUTOFF);
  }
  get securityAlert(): readonly Match[] {
    return this.#scan(SECURITY_ALERT);
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
    return this.#scan(PRESS_KEY);
  }
}
