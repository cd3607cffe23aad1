import type { Match } from '../signals/match.js';
import { ASK_SHARE, INSTALL, matches, PAY } from '../signals/request-lexicon.js';
import type { RequestFacts, TextFacts } from './types.js';

// The asks several request rules pair with what they ask for: "send / tell / confirm", "pay /
// transfer", "install / download" (request-lexicon.ts), found once per message in the scanned text.

export class RequestsOf implements RequestFacts {
  #share?: Match[];
  #pay?: Match[];
  #install?: Match[];
  constructor(private readonly text: TextFacts) {}
  get share(): readonly Match[] {
    return (this.#share ??= matches(this.text.request, ASK_SHARE));
  }
  get pay(): readonly Match[] {
    return (this.#pay ??= matches(this.text.request, PAY));
  }
  get install(): readonly Match[] {
    return (this.#install ??= matches(this.text.request, INSTALL));
  }
}
