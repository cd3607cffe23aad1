import type { BrandPack } from '../brands/schema.js';
import type { Advice, Channel, Finding, ReportRoute, Verdict } from '../types.js';
import { firstHourSteps } from './playbooks.js';
import { reportRoutes, toAdviceRoute } from './routes.js';
import { STAGE_IDS, stageInfo, type StageId } from './stages.js';

// Every report carries advice: how to verify through the brand's own channel, what not to do, the
// first steps if the person already engaged, and where to report. Full stage playbooks live beside
// this module.

export interface AdviceInput {
  channel: Channel;
  brand: BrandPack | null;
  findings: readonly Finding[];
  verdict: Verdict;
  country: string;
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
  const verify = brand ? brand.verify[channel].map((s) => ({ ...s })) : GENERIC_VERIFY[channel].map((text) => ({ text }));
  const who = brand ? brand.name : 'the company it claims to be from';
  const summary =
    verdict === 'likely_scam'
      ? `This looks like a scam${brand ? ` pretending to be ${brand.name}` : ''}. Do not act on it; check with ${who} through its own app or website.`
      : verdict === 'suspicious'
        ? `This has warning signs${brand ? ` for a fake ${brand.name} message` : ''}. Check with ${who} through its own app or website before doing anything.`
        : `No red flags found. That is not a guarantee: if in doubt, check with ${who} through its own app or website.`;
  return {
    summary,
    verify,
    doNot: verdict === 'no_red_flags' ? [] : DO_NOT[channel],
    ifYouAlready: verdict === 'no_red_flags' ? [] : firstSteps(brand, input.findings, country),
    report: verdict === 'no_red_flags' ? [] : routesFor(brand, channel, country),
  };
}
