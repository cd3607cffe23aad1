import type { BrandPack, StatementTopic } from '../brands/schema.js';
import type { Facts } from '../facts/types.js';
import type { Category, Channel, Entity, EntityType, Evidence, Message } from '../types.js';

// A rule is one module: meta (id, title, category, channels, the brand statement it maps to, known
// false positives) and a pure check that returns hits. Messages are templates keyed by stable ids,
// so tests assert on ids and data, never on prose (the ESLint model).

export interface RuleMeta<M extends string = string> {
  /** Permanent id = file name = what is suspicious. Never renamed. */
  id: string;
  title: string;
  description: string;
  category: Category;
  channels: readonly Channel[];
  /**
   * What the message must carry for the rule to apply. 'headers': a real header block (a pasted
   * email body has none, so sender and authentication rules would only accuse a missing From).
   */
  requires?: readonly 'headers'[];
  /**
   * The bare inputs the rule also judges outside a message: 'url' one link (impostor url, /api/url),
   * 'domain' one domain name (impostor domain, /api/domain). checkUrl and checkDomain run exactly
   * the rules that list their input, through the same runRules as a message.
   */
  standalone?: readonly Standalone[];
  /** The brand "we will never…" topic this rule shows a breach of, if any. */
  statement?: StatementTopic;
  /** messageId → template; `{{name}}` is replaced from the hit's data. */
  messages: Record<M, string>;
  /** Known false positives, Sigma-style: when a legitimate message can trip this rule. */
  falsePositives: readonly string[];
  references?: readonly string[];
}

/** A bare input judged without a message around it (checkUrl, checkDomain). */
export type Standalone = 'url' | 'domain';

export interface RuleHit<M extends string = string> {
  messageId: M;
  evidence: Evidence[];
  data?: Record<string, string | number>;
  /**
   * Strength in (0, 1], scales the policy weight (1 = full weight). Use for graded evidence, e.g.
   * one urgency word vs. a hard deadline. Defaults to 1.
   */
  strength?: number;
  /** A hit that lowers the score (genuine-brand authentication). Default 'raise'. */
  effect?: 'raise' | 'lower';
}

/**
 * What a rule reads: the parsed message, its entities, the facts derived from them (facts/), the
 * brand packs and the caller's options. A rule derives no shared fact itself; it may still match
 * its own phrases in the text.
 */
export interface RuleContext {
  readonly message: Message;
  /** Message.text, the normalised text every span indexes into. */
  readonly text: string;
  readonly entities: readonly Entity[];
  /** Entities of one type, in order of appearance. */
  byType(type: EntityType): readonly Entity[];
  /** The message's facts: the claimed brand, sender, links, phones, attachments, authentication. */
  readonly facts: Facts;
  readonly brands: readonly BrandPack[];
  /** Brand pack by id. */
  brandById(id: string): BrandPack | undefined;
  /** Options the caller passed (offline DNS results, trusted authserv ids…). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext): RuleHit<M>[];
}

/**
 * The bare link or domain name being judged on its own, or null inside a message. A bare input is
 * the whole lure: no brand claim is waiting to make its link findings count.
 */
export function standaloneInput(ctx: RuleContext): Standalone | null {
  const s = ctx.options.standalone;
  return s === 'url' || s === 'domain' ? s : null;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Render a message template: `{{key}}` → data[key]. Unknown keys stay visible so tests catch them. */
export function renderMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const v = data?.[key];
    return v === undefined ? whole : String(v);
  });
}

/** Evidence for a span of the normalised text. */
export function textEvidence(text: string, start: number, end: number): Evidence {
  return { kind: 'text', text: text.slice(start, end), start, end };
}
