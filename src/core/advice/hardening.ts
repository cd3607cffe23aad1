import type { BrandPack } from '../brands/schema.js';

// The hardening checklist: the same six habits for everyone, each with the brand's own way of
// doing it where its pack says how (Amazon: Login & security → 2-Step Verification or a passkey).

export const HARDENING_IDS = ['two-step', 'unique-password', 'updates', 'security-software', 'no-sideloading', 'review-activity'] as const;
export type HardeningId = (typeof HARDENING_IDS)[number];

export interface HardeningItem {
  id: HardeningId | 'brand-other';
  text: string;
  /** How to do it with the impersonated brand, from its pack. */
  brand: { text: string; url?: string }[];
}

const GENERIC: { id: HardeningId; text: string; match: RegExp }[] = [
  {
    id: 'two-step',
    text: 'Turn on 2-step verification, or better a passkey, for your email, your bank and the shops you use.',
    match: /2-step|two-step|two-factor|2fa|passkey|verification code/i,
  },
  {
    id: 'unique-password',
    text: 'Use a password manager, so that each account has its own password.',
    match: /password/i,
  },
  {
    id: 'updates',
    text: 'Keep your phone’s and computer’s operating system and your browser up to date.',
    match: /update|up to date|operating system/i,
  },
  {
    id: 'security-software',
    text: 'Use security software (the one built into your system is fine) and keep it on.',
    match: /anti-?malware|antivirus|security software|scan/i,
  },
  {
    id: 'no-sideloading',
    text: 'Install apps and browser extensions only from the official stores. Never install one from a link or because a caller says so.',
    match: /install|sideload|extension|download/i,
  },
  {
    id: 'review-activity',
    text: 'Every few weeks, look over your orders, payment methods and sign-in history. Then a change you did not make stands out.',
    match: /orders|payment method|sign-in|activity|message center|statement/i,
  },
];

/** The checklist, brand steps attached to the first habit they match; unmatched brand steps come last. */
export function hardeningChecklist(brand?: BrandPack | null): HardeningItem[] {
  const items: HardeningItem[] = GENERIC.map((g) => ({ id: g.id, text: g.text, brand: [] }));
  for (const step of brand?.hardening ?? []) {
    const entry = { text: step.text, ...(step.url ? { url: step.url } : {}) };
    const i = GENERIC.findIndex((g) => g.match.test(step.text));
    if (i >= 0) items[i]!.brand.push(entry);
    else items.push({ id: 'brand-other', text: step.text, brand: [entry] });
  }
  return items;
}
