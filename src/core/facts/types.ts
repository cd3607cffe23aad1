import type { BrandPack } from '../brands/schema.js';
import type { PhoneData } from '../extract/phones.js';
import type { Match } from '../signals/match.js';
import type { Entity, Evidence } from '../types.js';
import type { AttachmentFacts } from './attachments.js';
import type { AuthVerdict } from './auth.js';
import type { AnalyzedLink } from './links.js';

// The facts stage: what a message says about itself, derived once per message from the parsed
// message, its entities and the brand packs, before any rule runs. Rules read these; they derive
// none of them again. Each group comes from one small module of this folder (claim.ts, sender.ts,
// links.ts, genuine.ts, attachments.ts, auth.ts, text.ts).

/** Where a brand claim was seen: display name, text mention, sender domain, link domain, subject. */
export type ClaimBasis = 'display-name' | 'text' | 'sender-domain' | 'link' | 'subject';

/** The brand the message claims to come from, and why we think so (claim.ts). */
export interface BrandClaim {
  id: string;
  pack: BrandPack;
  basis: ClaimBasis[];
  evidence: Evidence[];
  /** 0..∞ evidence points; ≥ 2 is a strong claim. */
  strength: number;
  /** The sender domain is one of the brand's official sender domains. */
  officialSender: boolean;
}

/** Where the message's links go, judged once per message (genuine.ts). */
export interface LinkVerdict {
  links: AnalyzedLink[];
  /** Every link goes to an official web domain of some brand pack (none to a shortener, a user-content host, a lookalike). */
  allOfficial: boolean;
  /** The brand ids those links belong to. */
  brands: string[];
}

/** Who sent the message (sender.ts). */
export interface SenderFacts {
  /** The claim, when the message really presents itself as that brand (not a list post or a forward). */
  readonly assertedBrand: BrandClaim | null;
  /** Mailing-list traffic (List-Id, List-Post, Precedence: list…). */
  readonly mailingList: boolean;
  /** A person forwarding someone's mail ("Fwd:", "Forwarded message"). */
  readonly forwarded: boolean;
  /** The brand whose official domain the From domain is (a brand id), or null. */
  readonly officialBrand: string | null;
  /** The registrable domain of the From address ('' without one). */
  readonly registrable: string;
  /** The From domain is a free mailbox provider (gmail.com, outlook.com…). */
  readonly freemail: boolean;
  /** The SMS sender parsed as a phone number (null for short codes, names and addresses). */
  readonly number: PhoneData | null;
}

/** One phone number of the text, with what the phone parser found (country, line type). */
export interface PhoneFact {
  readonly entity: Entity;
  readonly data: PhoneData | undefined;
  /** A number the claimed brand publishes as official. */
  readonly official: boolean;
}

/** Phone numbers and their status (genuine.ts). */
export interface PhoneFacts {
  readonly all: readonly PhoneFact[];
  /** Numbers that are not a number the claimed brand publishes as official. */
  readonly unpublished: readonly Entity[];
}

/** The text the pressure and request scans read (text.ts). */
export interface TextFacts {
  /** The head of the text the pressure lexicons scan (pressure-lexicon SCAN_CAP). */
  readonly pressure: string;
  /** Word stems of `pressure`, the gate for lexicons with trigger stems. */
  readonly stems: ReadonlySet<string>;
  /** The head of the text the request lexicons scan (request-lexicon SCAN_CAP). */
  readonly request: string;
}

/**
 * Scam stories and pressure several rules read (pressure.ts): the matches of each lexicon of
 * pressure-lexicon.ts in the scanned text, in text order: at most 6 (8 security alerts, 4 press-key
 * prompts), the most any rule reads.
 */
export interface PressureFacts {
  readonly suspension: readonly Match[];
  readonly serviceCutoff: readonly Match[];
  readonly securityAlert: readonly Match[];
  readonly billingFailure: readonly Match[];
  readonly orderPlaced: readonly Match[];
  readonly notYou: readonly Match[];
  readonly overpayment: readonly Match[];
  readonly refund: readonly Match[];
  readonly prize: readonly Match[];
  readonly legalThreat: readonly Match[];
  readonly qualifyOffer: readonly Match[];
  readonly pressKey: readonly Match[];
}

/** Asks found in the scanned text (requests.ts): share or tell, pay or transfer, install. At most 40 each. */
export interface RequestFacts {
  readonly share: readonly Match[];
  readonly pay: readonly Match[];
  readonly install: readonly Match[];
}

/** Everything the rules know about one message beyond its parsed form and entities. */
export interface Facts {
  /** The brand the message claims to come from (strength ≥ 1), or null. */
  readonly claim: BrandClaim | null;
  /** The claim is strong (display name, subject, "your Amazon account"…: strength ≥ 2). */
  readonly strongClaim: boolean;
  readonly sender: SenderFacts;
  /** Link targets and their relation to the brands (the first MAX_ANALYZED_LINKS links). */
  readonly links: readonly AnalyzedLink[];
  /** The first link to a site no brand pack owns and that is no public-sector site (footer links left out). */
  readonly unfamiliarLink: AnalyzedLink | undefined;
  /** Genuine evidence: whether every web link goes to a brand's official domain. */
  readonly linkVerdict: LinkVerdict;
  readonly phones: PhoneFacts;
  /** Attachment types, archive listings, PDF and macro facts (the first 50 attachments). */
  readonly attachments: readonly AttachmentFacts[];
  /** The authentication verdict: an online check from options, else the trusted header. */
  readonly auth: AuthVerdict | null;
  readonly text: TextFacts;
  readonly pressure: PressureFacts;
  readonly requests: RequestFacts;
}
