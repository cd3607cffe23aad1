import type { BrandPack } from '../brands/schema.js';
import { JURISDICTIONS } from '../brands/index.js';
import type { Advice, Channel, Finding, ReportRoute, Verdict } from '../types.js';

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

const FIRST_STEPS: { stage: string; title: string; steps: string[] }[] = [
  { stage: 'clicked-link', title: 'If you opened the link', steps: ['Close the page without typing anything.', 'If you typed anything, follow the steps for that below.'] },
  { stage: 'entered-password', title: 'If you typed your password', steps: ['Change that password now from the real app or website, and anywhere you reuse it.', 'Turn on 2-step verification or a passkey.'] },
  { stage: 'shared-code', title: 'If you gave a one-time code', steps: ['Change your password now and sign out of all devices.', 'Check recent orders, payment methods and sign-in activity.'] },
  { stage: 'shared-card', title: 'If you shared card details', steps: ['Call the number on the back of your card and ask to block it.'] },
  { stage: 'remote-access', title: 'If you installed a remote-access app', steps: ['Disconnect from the internet and uninstall the app.', 'From another device, change your passwords; then scan the computer.'] },
  { stage: 'paid-gift-card', title: 'If you paid with gift cards', steps: ['Contact the gift card’s issuer at once with the card numbers and receipts; keep them.'] },
  { stage: 'sent-money', title: 'If you sent money', steps: ['Call your bank or the payment service now and ask them to stop or reverse the payment.'] },
];

function routesFor(brand: BrandPack | null, channel: Channel, country: string): ReportRoute[] {
  const out: ReportRoute[] = [];
  const cc = country.toUpperCase();
  if (brand) {
    for (const r of brand.report) {
      if (!r.channels.includes(channel)) continue;
      if (r.country && r.country !== cc) continue;
      out.push({ name: r.name, how: r.how, url: r.kind === 'web' ? r.address : undefined, country: r.country ?? undefined, source: r.source.url });
    }
  }
  const j = JURISDICTIONS.find((x) => x.country === cc);
  for (const r of j?.routes ?? []) {
    if (!r.channels.includes(channel)) continue;
    out.push({ name: r.name, how: r.how, url: r.kind === 'web' ? r.address : undefined, country: r.country ?? undefined, source: r.source.url });
  }
  return out;
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
    ifYouAlready: verdict === 'no_red_flags' ? [] : FIRST_STEPS.map((s) => ({ ...s, steps: [...s.steps] })),
    report: verdict === 'no_red_flags' ? [] : routesFor(brand, channel, country),
  };
}
