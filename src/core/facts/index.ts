import type { BrandPack } from '../brands/schema.js';
import { parseSenderNumber, type PhoneData } from '../extract/phones.js';
import { hostParts, officialBrandOf } from '../signals/lookalike.js';
import type { Entity, Message } from '../types.js';
import { analyzedAttachments, type AttachmentFacts } from './attachments.js';
import { authVerdictFor, type AuthVerdict } from './auth.js';
import { detectBrandClaim } from './claim.js';
import { linkVerdict, officialPhones, unpublishedPhones, type LinkVerdict } from './genuine.js';
import { analyzedLinks, firstUnfamiliarLink, type AnalyzedLink } from './links.js';
import { assertedBrand, isForwarded, isFreemail, isMailingList } from './sender.js';
import { PressureOf } from './pressure.js';
import { RequestsOf } from './requests.js';
import { pressureText, requestText, stemsOf } from './text.js';
import type { BrandClaim, Facts, PhoneFact, PhoneFacts, PressureFacts, RequestFacts, SenderFacts, TextFacts } from './types.js';

export type { BrandClaim, ClaimBasis, Facts, PhoneFact, PhoneFacts, PressureFacts, RequestFacts, SenderFacts, TextFacts } from './types.js';

// parse → extract → facts → rules → score → advice. deriveFacts builds the facts of one message.
// The claim is computed at once (the report needs it whatever the rules); the rest when a rule first
// reads it, since most messages need only some (a text has no attachments to unpack, a short
// message no long-text scan), and then kept for the other rules.

class SenderOf implements SenderFacts {
  #asserted?: BrandClaim | null;
  #list?: boolean;
  #forwarded?: boolean;
  #freemail?: boolean;
  #official?: string | null;
  #registrable?: string;
  #number?: PhoneData | null;
  constructor(
    private readonly message: Message,
    private readonly brands: readonly BrandPack[],
    private readonly claim: BrandClaim | null,
  ) {}
  get assertedBrand(): BrandClaim | null {
    return this.#asserted === undefined ? (this.#asserted = assertedBrand(this.message, this.claim)) : this.#asserted;
  }
  get mailingList(): boolean {
    return (this.#list ??= isMailingList(this.message));
  }
  get officialBrand(): string | null {
    if (this.#official === undefined) {
      const d = this.message.from?.domain;
      this.#official = d ? officialBrandOf(d, this.brands) : null;
    }
    return this.#official;
  }
  get registrable(): string {
    if (this.#registrable === undefined) {
      const d = this.message.from?.domain;
      this.#registrable = d ? hostParts(d).registrable : '';
    }
    return this.#registrable;
  }
  get freemail(): boolean {
    return (this.#freemail ??= isFreemail(this.message.from?.domain ?? ''));
  }
  get forwarded(): boolean {
    return (this.#forwarded ??= isForwarded(this.message));
  }
  get number(): PhoneData | null {
    if (this.#number === undefined) {
      const s = this.message.sender?.trim();
      this.#number = s ? parseSenderNumber(s) : null;
    }
    return this.#number;
  }
}

class TextOf implements TextFacts {
  #pressure?: string;
  #stems?: Set<string>;
  #request?: string;
  constructor(private readonly full: string) {}
  get pressure(): string {
    return (this.#pressure ??= pressureText(this.full));
  }
  get stems(): ReadonlySet<string> {
    return (this.#stems ??= stemsOf(this.pressure));
  }
  get request(): string {
    return (this.#request ??= requestText(this.full));
  }
}

class PhonesOf implements PhoneFacts {
  #all?: PhoneFact[];
  #unpublished?: Entity[];
  constructor(
    private readonly phones: readonly Entity[],
    private readonly claim: BrandClaim | null,
  ) {}
  get all(): readonly PhoneFact[] {
    if (!this.#all) {
      const official = officialPhones(this.claim);
      this.#all = this.phones.map((entity) => ({ entity, data: entity.data as PhoneData | undefined, official: official.has(entity.value) }));
    }
    return this.#all;
  }
  get unpublished(): readonly Entity[] {
    return (this.#unpublished ??= unpublishedPhones(this.phones, this.claim));
  }
}

class MessageFacts implements Facts {
  readonly claim: BrandClaim | null;
  readonly sender: SenderFacts;
  readonly phones: PhoneFacts;
  readonly text: TextFacts;
  readonly pressure: PressureFacts;
  readonly requests: RequestFacts;
  #links?: AnalyzedLink[];
  #unfamiliar?: AnalyzedLink;
  #unfamiliarDone = false;
  #linkVerdict?: LinkVerdict;
  #attachments?: AttachmentFacts[];
  #auth?: AuthVerdict | null;
  constructor(
    private readonly message: Message,
    entities: readonly Entity[],
    private readonly brands: readonly BrandPack[],
    private readonly options: Readonly<Record<string, unknown>>,
  ) {
    this.claim = detectBrandClaim(message, entities, brands);
    this.sender = new SenderOf(message, brands, this.claim);
    this.phones = new PhonesOf(
      entities.filter((e) => e.type === 'phone'),
      this.claim,
    );
    this.text = new TextOf(message.text);
    this.pressure = new PressureOf(this.text);
    this.requests = new RequestsOf(this.text);
  }
  get strongClaim(): boolean {
    return !!this.claim && this.claim.strength >= 2;
  }
  get links(): readonly AnalyzedLink[] {
    return (this.#links ??= analyzedLinks(this.message, this.brands));
  }
  get unfamiliarLink(): AnalyzedLink | undefined {
    if (!this.#unfamiliarDone) {
      this.#unfamiliar = firstUnfamiliarLink(this.links);
      this.#unfamiliarDone = true;
    }
    return this.#unfamiliar;
  }
  get linkVerdict(): LinkVerdict {
    return (this.#linkVerdict ??= linkVerdict(this.links, this.brands));
  }
  get attachments(): readonly AttachmentFacts[] {
    return (this.#attachments ??= analyzedAttachments(this.message));
  }
  get auth(): AuthVerdict | null {
    return this.#auth === undefined ? (this.#auth = authVerdictFor(this.message, this.options)) : this.#auth;
  }
}

/** The facts of one message (parsed, with its entities), for the rules. */
export function deriveFacts(message: Message, entities: readonly Entity[], brands: readonly BrandPack[], options: Readonly<Record<string, unknown>> = {}): Facts {
  return new MessageFacts(message, entities, brands, options);
}
