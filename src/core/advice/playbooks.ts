import type { BrandPack, JurisdictionPack } from '../brands/schema.js';
import type { Channel } from '../types.js';
import { normalizeCountry, reportRoutes, routesForStage, type Route } from './routes.js';
import { stageInfo, STAGE_IDS, type StageId } from './stages.js';

// Stage-aware incident playbooks: what to do depends on how far the person got. The generic steps
// here follow the FTC's and the UK's published recovery advice (shared/reference/brand-facts.md §2,
// §3) and Amazon's "Protect your system" page (§1.9); what is specific to a brand (its menus, its
// settings) comes from the brand pack's afterEngagement, never from this file.

export interface Contact {
  /** Who to call or write to ("Your bank or card issuer", "The gift card's issuer", "The exchange"). */
  who: string;
  /** What to ask for. */
  ask: string;
  /** How to reach them safely (a number you find yourself, never one from the message). */
  how: string;
}

export interface Playbook {
  stage: StageId;
  title: string;
  brand: { id: string; name: string } | null;
  country: string;
  /** What to do in the first hour, most urgent first. */
  firstHour: string[];
  /** What to do after that, in order. */
  next: string[];
  /** Steps in the impersonated brand's own app or website (from its brand pack). */
  brandSteps: string[];
  /** Whom to contact and what to ask them for. */
  contacts: Contact[];
  /** Where to report, brand first then country, the ones that help recovery first; each with its source. */
  report: Route[];
  /** Other stages worth reading too ("clicked-link" leads to "entered-password" when a form was filled). */
  seeAlso: StageId[];
}

interface GenericPlaybook {
  firstHour: string[];
  next: string[];
  contacts: Contact[];
  seeAlso: StageId[];
  /** First-hour steps that depend on the country ('*' = any other country). */
  byCountry?: Record<string, string[]>;
}

const BANK: Contact = {
  who: 'Your bank or card issuer',
  ask: 'Tell them what happened and ask them to block the card or account, stop pending payments and watch for fraud.',
  how: 'Call the number on the back of your card or in your banking app — never a number from the message or the caller.',
};

const GENERIC: Record<StageId, GenericPlaybook> = {
  received: {
    firstHour: [
      'Do not click the links, open attachments, reply, or call numbers in the message.',
      'If you are unsure, open the company’s app or type its web address yourself, and check your account there.',
    ],
    next: ['Report the message (routes below), then delete it or block the sender.', 'Expect more attempts: the same scam often comes back by text, email or phone.'],
    contacts: [],
    seeAlso: [],
  },
  'clicked-link': {
    firstHour: [
      'Close the page without typing anything into it.',
      'If something downloaded, do not open it; delete it.',
      'If the page asked you to install an app, profile or browser extension, or to allow notifications, do not. If you did, remove it.',
    ],
    next: [
      'If you downloaded or installed anything, run a full virus scan.',
      'If you typed a password, a code, card or bank details, follow the playbook for that as well.',
      'Expect follow-up calls or texts: clicking tells scammers your number or address is live.',
    ],
    contacts: [],
    seeAlso: ['entered-password', 'shared-card'],
  },
  'entered-password': {
    firstHour: [
      'Change the password now, on the real app or a web address you type yourself.',
      'Change it everywhere else you used the same password, starting with your email account.',
      'Sign out of all other devices and sessions.',
      'Turn on 2-step verification or add a passkey.',
    ],
    next: [
      'Check the account’s recovery email and phone number for changes you did not make. Check your email’s forwarding rules too.',
      'Check orders, ways to pay, addresses and sign-in history. Look for anything that is not yours.',
      'Expect a follow-up asking for a code. Never share it.',
      'Use a password manager so every account has its own password.',
    ],
    contacts: [],
    seeAlso: ['shared-code'],
  },
  'shared-code': {
    firstHour: [
      'Change the account’s password now and sign out of all devices.',
      'Open the account’s security settings. Remove any phone, email, passkey or code app you did not add.',
      'If the code came from your bank, call your bank now.',
    ],
    next: [
      'Check orders, ways to pay, addresses and sign-in history for anything you did not do.',
      'If your phone suddenly loses signal, call your mobile carrier from another phone: your number may have been moved to a new SIM.',
      'Remember: anyone who asks for a verification code is a scammer, whoever they claim to be.',
    ],
    contacts: [
      {
        who: 'The company whose code it was',
        ask: 'Ask them to secure the account and undo changes you did not make.',
        how: 'Use the help or contact page in its own app or website.',
      },
    ],
    seeAlso: ['entered-password'],
  },
  'shared-card': {
    firstHour: [
      'Call your card issuer on the number on the back of the card. Ask them to block it and send a new one.',
      'Ask them to decline pending charges you did not make.',
    ],
    next: [
      'Dispute every charge you did not make; card payments can often be charged back.',
      'Remove the old card from accounts where it was saved, and add the new one when it arrives.',
      'Watch your statements for the next few months.',
    ],
    contacts: [BANK],
    seeAlso: [],
  },
  'shared-bank': {
    firstHour: [
      'Call your bank on a number you know, from your card, statement or banking app. Tell them exactly what you shared.',
      'Change your online-banking password and PIN if you shared them or typed them anywhere.',
    ],
    next: [
      'Check for new payees, standing orders, direct debits or transfers you did not set up.',
      'Be wary of calls “from your bank’s fraud team” asking you to move money to a “safe account”: a real bank never does that.',
    ],
    contacts: [BANK],
    seeAlso: ['sent-money'],
  },
  'remote-access': {
    firstHour: [
      'Disconnect the device from the internet: turn off Wi-Fi or unplug the cable. That ends their session.',
      'Uninstall the app they had you install (AnyDesk, TeamViewer or another). Remove anything else they put on.',
      'From another device you trust, change your passwords, starting with email and banking.',
      'If you opened your bank or a payment app while they were connected, call your bank now.',
    ],
    next: [
      'Run a full virus scan, then install the latest system updates.',
      'Look for new users, remote-access settings or browser add-ons you did not add.',
      'If you still do not trust the device, have it checked by someone you trust or reset it.',
      'On your main accounts, sign out all devices and turn on 2-step verification.',
    ],
    contacts: [BANK],
    seeAlso: ['entered-password', 'sent-money'],
  },
  'paid-gift-card': {
    firstHour: [
      'Contact the company that issued the gift card right away. Tell them it was used in a scam, and ask them to freeze it and refund you.',
      'Keep the cards and the receipts; they are what the issuer needs.',
      'Do not buy more cards, whatever the caller says.',
    ],
    next: [
      'Tell the store where you bought the cards.',
      'Report it (routes below); gift cards are for gifts, and anyone who asks to be paid with them is a scammer.',
    ],
    contacts: [
      {
        who: 'The gift card’s issuer',
        ask: 'Report the card numbers as used in a scam and ask for the balance to be frozen and refunded.',
        how: 'Use the number or web address printed on the card or its packaging.',
      },
      {
        who: 'The store that sold the cards',
        ask: 'Tell them the cards were bought for a scam; some can help the issuer act quickly.',
        how: 'Go back to the store or use the number on your receipt.',
      },
    ],
    seeAlso: [],
  },
  'sent-money': {
    firstHour: [
      'Call your bank or the payment service now and ask them to stop or reverse the payment: a wire recall, a Zelle or transfer dispute, a card chargeback.',
      'If you paid with a payment app, report the payment inside the app as well as to your bank.',
      'If you sent crypto, contact the exchange or crypto ATM you used and ask them to freeze the transfer.',
      'If you used a money-transfer company (Western Union, MoneyGram…), call it and ask to stop the transfer.',
    ],
    next: [
      'Write down what you sent, when, how and to whom, with transaction ids, and keep every message.',
      'Report it to the police routes below; banks often ask for a report number.',
      'Beware of “recovery” offers: people who promise to get your money back for a fee are scammers too.',
    ],
    contacts: [
      BANK,
      {
        who: 'The payment app or money transfer firm',
        ask: 'Report the payment as fraud and ask them to stop or reverse it.',
        how: 'Use the help section of the app or the company’s own website.',
      },
      {
        who: 'The crypto exchange or ATM company',
        ask: 'Report the transfer as fraud and give the wallet address you sent to, so it can be flagged.',
        how: 'Use the support page of the exchange you used, found yourself.',
      },
    ],
    seeAlso: ['shared-bank'],
  },
  'shared-identity': {
    firstHour: [
      'Write down exactly what you shared (Social Security or National Insurance number, date of birth, ID photos).',
    ],
    byCountry: {
      US: ['Place a fraud alert or a credit freeze with the credit bureaus, and get a recovery plan at IdentityTheft.gov.'],
      GB: ['Check your credit file with the credit agencies. Ask Cifas about its Protective Registration.'],
      '*': ['Ask your country’s credit bureaus for a fraud alert or freeze, where they offer one.'],
    },
    next: [
      'Change the password of any account that uses those details to let you back in.',
      'Watch your credit report and statements for accounts or loans you did not open.',
      'If you sent a photo of an ID document, tell the office that issued it.',
    ],
    contacts: [
      {
        who: 'The credit bureaus (UK: credit agencies)',
        ask: 'Ask for a fraud alert or a credit freeze, and a copy of your credit report.',
        how: 'Use their own websites, found yourself.',
      },
    ],
    seeAlso: [],
  },
};

export interface PlaybookOptions {
  brand?: BrandPack | null;
  country?: string | null;
  channel?: Channel | null;
  jurisdictions?: readonly JurisdictionPack[];
}

export function buildPlaybook(stage: StageId, opts: PlaybookOptions = {}): Playbook {
  const g = GENERIC[stage];
  const brand = opts.brand ?? null;
  const country = normalizeCountry(opts.country);
  const routes = reportRoutes({ brand, country, channel: opts.channel ?? null, ...(opts.jurisdictions ? { jurisdictions: opts.jurisdictions } : {}) });
  return {
    stage,
    title: stageInfo(stage).title,
    brand: brand ? { id: brand.id, name: brand.name } : null,
    country,
    ...firstHourSteps(stage, brand, country),
    next: [...g.next],
    contacts: g.contacts.map((c) => ({ ...c })),
    report: routesForStage(stage, routes),
    seeAlso: [...g.seeAlso],
  };
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().slice(0, 40);

/** Brand steps that merely repeat a generic step (same opening words) are dropped; the generic one stays. */
function brandOnly(generic: readonly string[], brandSteps: readonly string[]): string[] {
  const seen = new Set(generic.map(norm));
  return brandSteps.filter((s) => !seen.has(norm(s)));
}

// Brand packs are frozen data, so the de-duplicated brand steps are computed once per pack and
// stage: analyze() asks for them on every message (tens of thousands a second).
const brandStepCache = new WeakMap<BrandPack, Map<StageId, readonly string[]>>();

function brandStepsFor(stage: StageId, brand: BrandPack | null): readonly string[] {
  if (!brand) return [];
  let byStage = brandStepCache.get(brand);
  if (!byStage) brandStepCache.set(brand, (byStage = new Map()));
  let steps = byStage.get(stage);
  if (!steps) {
    const g = GENERIC[stage];
    steps = brandOnly([...g.firstHour, ...g.next], brand.afterEngagement[stage] ?? []);
    byStage.set(stage, steps);
  }
  return steps;
}

/** The first-hour and brand steps only (no routes): cheap enough to run on every analysis. */
export function firstHourSteps(stage: StageId, brand: BrandPack | null, country: string | null): { firstHour: string[]; brandSteps: string[] } {
  const g = GENERIC[stage];
  const cc = normalizeCountry(country);
  return {
    firstHour: [...g.firstHour, ...(g.byCountry ? (g.byCountry[cc] ?? g.byCountry['*'] ?? []) : [])],
    brandSteps: [...brandStepsFor(stage, brand)],
  };
}

export function buildAllPlaybooks(opts: PlaybookOptions = {}): Playbook[] {
  return STAGE_IDS.map((s) => buildPlaybook(s, opts));
}

/** Every step in the order to do them: first hour, then the brand's own steps, then the rest. */
export function orderedSteps(p: Playbook): string[] {
  return [...p.firstHour, ...p.brandSteps, ...p.next];
}
