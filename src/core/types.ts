// The shared vocabulary of the pipeline: parse → normalize → extract → rules → score → verdict → advice.
// Browser-safe: no node:* imports anywhere under src/core.

// 1.1.0 (additive): policy.by / policy.byKind, advice.checked / advice.cannotKnow, and
// advice.report[].kind / .address.
// 1.2.0 (additive): message.origin (pasted headers, forward, attached email, .msg, screenshot) and
// message.ocr (the recognised text's confidence and lines, for a screenshot).
export const SCHEMA_VERSION = '1.2.0';

export type MessageOrigin = 'pasted-headers' | 'forwarded' | 'forwarded-attachment' | 'outlook-msg' | 'screenshot';

/** What OCR made of a screenshot. Message.text is the rebuilt text; evidence offsets point into it. */
export interface OcrInfo {
  /** Engine that read it ("tesseract.js 7"). */
  engine: string;
  /** Tesseract language codes used ("eng+deu"). */
  languages: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** Lines of the rebuilt text with where they sit in Message.text, their confidence and box (pixels). */
  lines: { start: number; end: number; confidence: number; box?: { x0: number; y0: number; x1: number; y1: number } }[];
  /** What the rebuilding removed or joined: phone chrome lines dropped, links and numbers re-joined. */
  rebuilt: { droppedChrome: string[]; joined: number; sender: string | null };
  /** Milliseconds the recognition took (reported, never used by rules). */
  ms?: number;
}

export type Channel = 'email' | 'sms' | 'call';
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'call'];

/** Half-open range [start, end) into Message.text (UTF-16 code units, like String#slice). */
export interface Span {
  start: number;
  end: number;
}

export interface Address {
  /** Display name as decoded ("Amazon.com", "Amazon Security Team"). Empty string when absent. */
  name: string;
  /** Lower-cased address, or '' when the header had no parseable address. */
  address: string;
  /** Domain part of the address, lower-cased, '' when none. */
  domain: string;
}

export interface HeaderField {
  /** Lower-cased header name. */
  name: string;
  /** Unfolded raw value. */
  value: string;
}

export interface Link {
  /** Target as written in the message (href for HTML anchors, the URL itself for plain text). */
  href: string;
  /** What the reader sees: anchor text for HTML links, the URL itself for plain-text links. */
  text: string;
  /** Where the shown text sits in Message.text, when it could be located. */
  span?: Span;
  origin: 'html' | 'text';
  /** Index into Message.links; stable id used by evidence references. */
  index: number;
}

export interface Attachment {
  index: number;
  filename: string | null;
  /**
   * The name as the sender wrote it, when normalising changed it (bidi controls removed, spaces
   * collapsed). Only the disguise checks read it; reports show `filename`.
   */
  rawFilename?: string;
  mimeType: string;
  size: number;
  disposition: 'attachment' | 'inline' | null;
  /** Raw bytes, kept only while the message is analysed (never serialised into a report). */
  content?: Uint8Array;
}

export type Speaker = 'caller' | 'recipient' | 'unknown';

export interface Turn {
  speaker: Speaker;
  /** The speaker tag as written ("Caller", "Me", "Agent"), or null for untagged text. */
  tag: string | null;
  span: Span;
}

export interface EmailExtras {
  /** HTML forms in the body (a login form inside an email is a red flag). */
  forms: { action: string; method: string; inputs: { type: string; name: string }[] }[];
  /** Image sources, capped. */
  images: string[];
  messageId: string | null;
  date: string | null;
  /** Characters of HTML text hidden from the reader (display:none and friends). */
  hiddenTextChars: number;
  /** The input had no header block (a pasted body): sender and authentication checks do not apply. */
  bodyOnly: boolean;
  /**
   * How the message reached us when it was not its own source: display headers pasted from a mail
   * app, a forward (the inner message is the one analysed), an email attached to another one, or
   * an Outlook .msg file.
   */
  origin?: Exclude<MessageOrigin, 'screenshot'>;
}

/** One normalised message, whatever channel it came from. All spans index into `text`. */
export interface Message {
  channel: Channel;
  /**
   * The normalised text the reader sees. For email: "Subject: …" line, a blank line, then the
   * body text (plain part, or text rendered from HTML when there is no plain part).
   */
  text: string;
  /** Where the subject sits inside `text` (email only). */
  subjectSpan?: Span;
  subject?: string;
  /** Email From, or an SMS/call sender given as an address. */
  from?: Address | null;
  replyTo?: Address[];
  returnPath?: string | null;
  /** SMS sender (number, short code or email address) or caller number, as given. */
  sender?: string | null;
  /** Every header in order (email only), names lower-cased. */
  headers: HeaderField[];
  links: Link[];
  attachments: Attachment[];
  /** Call transcripts: the turns found (one untagged turn when there are no speaker tags). */
  turns: Turn[];
  /** Raw HTML body when present (email), kept for forensics (forms, hidden text). */
  html?: string;
  /**
   * Words written with look-alike letters from another script ("Аmazon" with a Cyrillic А). The
   * text holds the folded word (what the reader takes it for); `original` keeps what was sent.
   */
  disguised?: { start: number; end: number; original: string }[];
  /** Email-only details that forensics rules read. */
  extras?: EmailExtras;
  /** The message was read off a screenshot: what OCR recognised (schema 1.2). */
  ocr?: OcrInfo;
  /** Raw source size in bytes, for reporting caps. */
  rawSize: number;
  /** Non-fatal problems found while parsing (malformed MIME, truncated input, …). */
  warnings: string[];
}

export type EntityType =
  | 'url'
  | 'domain'
  | 'email'
  | 'phone'
  | 'money'
  | 'gift_card'
  | 'claim_code'
  | 'otp'
  | 'order_number'
  | 'remote_tool'
  | 'brand';

export interface Entity {
  type: EntityType;
  /** Canonical value: URL as found, registrable domain, E.164 phone, "USD 499.99", brand id, tool id… */
  value: string;
  /** Span of the mention in Message.text. Entities from links may have no span (HTML href only). */
  span?: Span;
  /** Type-specific details (e.g. url → { hostname, domain, linkIndex }, phone → { country, type }). */
  data?: Record<string, unknown>;
}

export type Category =
  | 'request' // asks for something the brand never asks for
  | 'pressure' // urgency, threats, secrecy
  | 'pretext' // the story: fake order, refund, prize, delivery problem…
  | 'impersonation' // claims to be the brand / its security team
  | 'sender' // who really sent it
  | 'link' // where links really go
  | 'attachment'
  | 'phone'
  | 'authentication' // SPF/DKIM/DMARC/ARC
  | 'model' // learned classifier
  | 'coverage' // what could not be checked (a message padded past a size limit)
  | 'genuine'; // what makes a message look genuine (lowers the score, never raises it)

export type Evidence =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'header'; header: string; value: string }
  | { kind: 'link'; linkIndex: number; href: string; text: string }
  | { kind: 'attachment'; attachmentIndex: number; filename: string | null; mimeType: string };

export interface PolicyRef {
  /** The impersonated brand the statement is quoted for. */
  brand: string;
  statement: string;
  url: string;
  /**
   * Who published the statement: the brand itself ("PayPal"), or a regulator whose guidance the
   * brand pack carries ("FTC"). Shown as the source, so FTC guidance never reads as PayPal's words.
   */
  by: string;
  byKind: 'brand' | 'regulator';
}

export interface Finding {
  ruleId: string;
  category: Category;
  /** Stable message id of the rule (ESLint-style), e.g. "giftCard". */
  messageId: string;
  /** Human message rendered from the rule's template and `data`. */
  message: string;
  data?: Record<string, string | number>;
  evidence: Evidence[];
  policy: PolicyRef | null;
  /** Weight this finding contributed after policy caps (filled by scoring). */
  weight: number;
  /**
   * Negative findings lower the score (e.g. a brand domain that passes DKIM with DMARC alignment).
   * Positive by default.
   */
  effect?: 'raise' | 'lower';
}

export type Verdict = 'likely_scam' | 'suspicious' | 'no_red_flags';

export interface VerificationStep {
  text: string;
  url?: string;
}

export interface ReportRoute {
  name: string;
  how: string;
  /** How the route is used: a web form, an email address, a number to text or call, an app menu. */
  kind: 'web' | 'email' | 'sms' | 'phone' | 'in-app';
  /** The address, number, URL or menu path itself (reportphishing@apple.com, 7726, https://…). */
  address: string;
  /** Web routes only: the same as address (kept from schema 1.0). */
  url?: string;
  country?: string;
  source: string;
}

export interface Advice {
  /** One sentence for the top of the page. */
  summary: string;
  /** How to verify through the brand's own channel for this channel. */
  verify: VerificationStep[];
  /** Short do-nots ("Do not tap the link", "Do not call the number in the message"). */
  doNot: string[];
  /** If the person already engaged: stage id → first steps (full playbooks are their own module). */
  ifYouAlready: { stage: string; title: string; steps: string[] }[];
  /** Where to report. */
  report: ReportRoute[];
  /** What Impostor looked at for this message ("who sent it", "its links", …). */
  checked: string[];
  /** What this check cannot know, whatever the verdict ("sender IDs can be faked", …). */
  cannotKnow: string[];
}

export interface Report {
  schemaVersion: string;
  channel: Channel;
  verdict: Verdict;
  score: number;
  /** Impersonated brand id ("amazon", "apple", "microsoft", "paypal") or null. */
  brand: string | null;
  findings: Finding[];
  advice: Advice;
  warnings: string[];
  /** False when a rule threw or a cap truncated the input; the report is then partial. */
  complete: boolean;
  /** Summary of what was parsed, for display and exports. */
  message: {
    subject?: string;
    from?: Address | null;
    sender?: string | null;
    text: string;
    links: { href: string; text: string }[];
    attachments: { filename: string | null; mimeType: string; size: number }[];
    /** How it reached us when not as its own source (schema 1.2); absent for a plain message. */
    origin?: MessageOrigin;
    /** A screenshot: what OCR recognised (schema 1.2); `text` above is the rebuilt text. */
    ocr?: OcrInfo;
  };
  entities: Entity[];
}
