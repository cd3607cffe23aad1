import type { BrandPack } from '../brands/schema.js';
import type { Advice, Channel, Finding, ReportRoute, Verdict } from '../types.js';
import { firstHourSteps } from './playbooks.js';
import { reportRoutes, toAdviceRoute } from './routes.js';
import { STAGE_IDS, stageInfo, type StageId } from './stages.js';

// Every report carries advice: how to verify through the brand's own channel, what not to do, the
// first steps if the person already engaged, and where to report. Full stage playbooks live beside
// this module.

/**
 * Where the sender came from: the email's own headers, typed beside a pasted text or body, or not
 * known at all. It decides what the advice can honestly say was checked.
 */
export type SenderSource = 'headers' | 'given' | 'none';

export interface AdviceInput {
  channel: Channel;
  brand: BrandPack | null;
  findings: readonly Finding[];
  verdict: Verdict;
  country: string;
  /** Absent: said as if no sender was known (nothing is claimed that was not checked). */
  sender?: SenderSource;
}

// Issue 15: "no red flags" read as an all-clear. The advice now says what was looked at and what no
// check of a pasted message can know, in plain words, for every verdict; the summary of a clean
// result repeats both. Kept in tables so the wording is reviewed in one place.
const CHECKED_SENDER: Record<Channel, Record<SenderSource, string | null>> = {
  email: { headers: 'the sender and the email’s headers', given: 'the sender you gave', none: null },
  sms: { headers: 'the sender', given: 'the sender you gave', none: null },
  call: { headers: 'the caller number', given: 'the caller number you gave', none: null },
};
const CHECKED_CONTENT: Record<Channel, string[]> = {
  email: ['links (where they really go)', 'attachments', 'what it asks for', 'pressure', 'known scam lures'],
  sms: ['links (where they really go)', 'phone numbers', 'what it asks for', 'pressure', 'known scam lures'],
  call: ['phone numbers', 'what the caller asks for', 'pressure', 'known scam lures'],
};

const CANNOT_SENDER: Record<Channel, Record<SenderSource, string>> = {
  email: {
    headers: 'Whether a real account was hacked and used to send it: mail from a genuine address can still be a scam.',
    given: 'Who really sent it: without the email’s headers, its authentication (SPF, DKIM, DMARC) could not be checked. A display name or address is easy to fake.',
    none: 'Who sent it: there was no sender address, since a pasted body has no headers. So the sender and its authentication (SPF, DKIM, DMARC) were not checked.',
  },
  sms: {
    headers: 'Who really sent it: sender names and numbers can be faked.',
    given: 'Who really sent it: sender names and numbers can be faked.',
    none: 'Who sent it: no sender was given, and sender names and numbers can be faked anyway.',
  },
  call: {
    headers: 'Who really called: caller ID can be faked.',
    given: 'Who really called: caller ID can be faked.',
    none: 'Who called: no number was given, and caller ID can be faked anyway.',
  },
};
const CANNOT_CONTENT: Record<Channel, string[]> = {
  email: [
    'What a link or attachment does once opened: Impostor does not visit links or open files.',
    'New kinds of scam that its rules and model do not know yet.',
  ],
  sms: [
    'What a link does once opened: Impostor does not visit links.',
    'Where a friendly first message (“Hi, is this Anna?”) leads next: many scams start harmless.',
    'New kinds of scam that its rules and model do not know yet.',
  ],
  call: [
    'Anything that was said but is not in the transcript, and how it was said.',
    'New kinds of scam that its rules and model do not know yet.',
  ],
};
// The clause the summary of a clean result uses ("Impostor cannot see …").
const CANNOT_SEE: Record<Channel, Record<SenderSource, string>> = {
  email: {
    headers: 'whether a real account was hacked to send it, or what a link does once opened',
    given: 'who really sent it (with no headers, it could not be authenticated), or what a link does',
    none: 'who sent it (there was no sender address to check), or what a link does once opened',
  },
  sms: {
    headers: 'who really sent it (sender names and numbers can be faked), or what a link does',
    given: 'who really sent it (sender names and numbers can be faked), or what a link does',
    none: 'who sent it (no sender was given), or what a link does once opened',
  },
  call: {
    headers: 'who really called (caller ID can be faked), or what was said off the transcript',
    given: 'who really called (caller ID can be faked), or what was said off the transcript',
    none: 'who called (no number was given; caller ID can be faked anyway), or what was said off the transcript',
  },
};

function checkedFor(channel: Channel, sender: SenderSource): string[] {
  const who = CHECKED_SENDER[channel][sender];
  return who ? [who, ...CHECKED_CONTENT[channel]] : [...CHECKED_CONTENT[channel]];
}

function cannotKnowFor(channel: Channel, sender: SenderSource): string[] {
  return [CANNOT_SENDER[channel][sender], ...CANNOT_CONTENT[channel]];
}

/** "a, b and c" */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const GENERIC_VERIFY: Record<Channel, string[]> = {
  email: [
    'Do not use the links, buttons or phone numbers in the email.',
    'Open the company’s app, or type its web address yourself, and check your account there.',
  ],
  sms: [
    'Do not tap the link or reply to the text.',
    'Open the company’s app, or type its web address yourself, and check your account there.',
  ],
  call: [
    'Hang up. Caller ID can be faked.',
    'Call back only on a number you find yourself in the company’s app or on your card or statement — never one from the call or a voicemail.',
  ],
};

const DO_NOT: Record<Channel, string[]> = {
  email: ['Do not click links or open attachments in this email.', 'Do not reply with personal or payment details.'],
  sms: ['Do not tap the link.', 'Do not reply, not even STOP, to a number you do not know.'],
  call: ['Do not press any key or call the number back.', 'Do not share codes, passwords or card details, and do not install anything the caller asks for.'],
};

// Which stages to list first: the ones the message itself points at (a gift-card demand → "paid
// with gift cards"). Matched on rule ids and entity-like categories, so a new rule that follows
// the naming convention ("…-gift-card-…", "…-remote-…") is picked up without editing this table.
const STAGE_HINTS: [RegExp, StageId][] = [
  [/gift-card|claim-code/, 'paid-gift-card'],
  [/remote|install-software|tech-support/, 'remote-access'],
  [/code|otp|2fa/, 'shared-code'],
  [/password|credential|login|sign-in|form/, 'entered-password'],
  [/card-details|card-number|update-payment/, 'shared-card'],
  [/bank|wire|crypto|pay-outside|payment|money|zelle/, 'sent-money'],
  [/ssn|identity|personal-info/, 'shared-identity'],
  [/link|url|domain/, 'clicked-link'],
];

function stageOrder(findings: readonly Finding[]): StageId[] {
  // Findings arrive heaviest first, so the stage the strongest red flag points at leads.
  const hit = new Set<StageId>();
  for (const f of findings) {
    if (f.effect === 'lower') continue;
    for (const [re, stage] of STAGE_HINTS) if (re.test(f.ruleId)) hit.add(stage);
  }
  return [...hit, ...STAGE_IDS.filter((s) => s !== 'received' && !hit.has(s))];
}

const NO_BRAND = {};

type FirstSteps = { stage: string; title: string; steps: string[] }[];
// The first steps depend only on brand, country and which stages the findings point at; computed
// once per combination and copied out (reports are mutable, the cache must not be).
const stepCache = new WeakMap<object, Map<string, FirstSteps>>();

function firstSteps(brand: BrandPack | null, findings: readonly Finding[], country: string): FirstSteps {
  const order = stageOrder(findings);
  const owner = brand ?? NO_BRAND;
  let byKey = stepCache.get(owner);
  if (!byKey) stepCache.set(owner, (byKey = new Map()));
  const key = `${country.toUpperCase()}|${order.join(',')}`;
  let steps = byKey.get(key);
  if (!steps) {
    steps = order.map((stage) => {
      const p = firstHourSteps(stage, brand, country);
      return { stage, title: stageInfo(stage).title, steps: [...p.firstHour.slice(0, 3), ...p.brandSteps.slice(0, 2)] };
    });
    if (byKey.size < 512) byKey.set(key, steps);
  }
  return steps.map((s) => ({ stage: s.stage, title: s.title, steps: [...s.steps] }));
}

// Routes depend only on brand, channel and country; analysis runs tens of thousands of times a
// second, so they are computed once per combination (and copied out, since reports are mutable).
const routeCache = new WeakMap<object, Map<string, ReportRoute[]>>();

function routesFor(brand: BrandPack | null, channel: Channel, country: string): ReportRoute[] {
  const owner = brand ?? NO_BRAND;
  let byKey = routeCache.get(owner);
  if (!byKey) routeCache.set(owner, (byKey = new Map()));
  const key = `${channel}|${country.toUpperCase()}`;
  let routes = byKey.get(key);
  if (!routes) {
    routes = reportRoutes({ brand, channel, country }).map(toAdviceRoute);
    if (byKey.size < 64) byKey.set(key, routes);
  }
  return routes.map((r) => ({ ...r }));
}

export function buildAdvice(input: AdviceInput): Advice {
  const { channel, brand, verdict, country } = input;
  const sender = input.sender ?? 'none';
  const checked = checkedFor(channel, sender);
  const verify = brand ? brand.verify[channel].map((s) => ({ ...s })) : GENERIC_VERIFY[channel].map((text) => ({ text }));
  const who = brand ? brand.name : 'the company it claims to be from';
  const summary =
    verdict === 'likely_scam'
      ? `This looks like a scam${brand ? ` pretending to be ${brand.name}` : ''}. Do not act on it; check with ${who} through its own app or website.`
      : verdict === 'suspicious'
        ? `This has warning signs${brand ? ` for a fake ${brand.name} message` : ''}. Check with ${who} through its own app or website before doing anything.`
        : `No red flags found in what Impostor checks: ${andList(checked.map((c) => c.replace(/ \(.*?\)/g, '')))}. This does not mean it is safe: Impostor cannot see ${CANNOT_SEE[channel][sender]}. If in doubt, check with ${brand ? `${brand.name} through its own app or website` : 'the sender or company through a way you already know, not through the message'}.`;
  // Where only the trained classifier spoke, say so: its words are a resemblance, not a reason a
  // person can check.
  const raising = input.findings.filter((f) => f.effect !== 'lower');
  const modelOnly = verdict !== 'no_red_flags' && raising.length > 0 && raising.every((f) => f.category === 'model');
  return {
    summary: modelOnly ? `${summary} Only the trained classifier flagged it: its wording is like known scams. No specific red flag was found, so treat this as a warning sign, not proof.` : summary,
    verify,
    doNot: verdict === 'no_red_flags' ? [] : DO_NOT[channel],
    ifYouAlready: verdict === 'no_red_flags' ? [] : firstSteps(brand, input.findings, country),
    report: verdict === 'no_red_flags' ? [] : routesFor(brand, channel, country),
    checked,
    cannotKnow: cannotKnowFor(channel, sender),
  };
}
