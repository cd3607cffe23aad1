import type { Evidence, HeaderField, Message } from '../types.js';
import type { BrandClaim } from './types.js';
import { hostParts } from '../signals/lookalike.js';

// Small facts about who sent a message, shared by the sender rules.

/** Free mailbox providers: anyone can have an address there, so a brand never sends from them. */
export const FREEMAIL = new Set(
  (
    'gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.co.jp yahoo.fr yahoo.de ymail.com rocketmail.com hotmail.com ' +
    'hotmail.co.uk hotmail.fr hotmail.de outlook.com outlook.fr outlook.de live.com live.co.uk live.fr msn.com aol.com ' +
    'icloud.com me.com mac.com gmx.com gmx.net gmx.de web.de mail.com email.com protonmail.com proton.me pm.me ' +
    'zoho.com zohomail.com yandex.com yandex.ru mail.ru inbox.ru list.ru bk.ru qq.com 163.com 126.com sina.com ' +
    'naver.com daum.net hanmail.net tutanota.com tuta.io fastmail.com hushmail.com lycos.com rediffmail.com ' +
    'libero.it virgilio.it orange.fr wanadoo.fr laposte.net free.fr t-online.de freenet.de seznam.cz wp.pl o2.pl ' +
    'interia.pl onet.pl comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net earthlink.net ' +
    'btinternet.com sky.com talktalk.net ntlworld.com virginmedia.com shaw.ca rogers.com sympatico.ca bigpond.com ' +
    'optusnet.com.au docomo.ne.jp ezweb.ne.jp softbank.ne.jp i.softbank.jp outlook.jp hotmail.co.jp yahoo.com.br ' +
    'bol.com.br uol.com.br terra.com.br'
  ).split(' '),
);

export function isFreemail(domain: string): boolean {
  if (!domain) return false;
  const d = domain.toLowerCase();
  return FREEMAIL.has(d) || FREEMAIL.has(hostParts(d).registrable);
}

export function headerValue(headers: readonly HeaderField[], name: string): string | null {
  return headers.find((h) => h.name === name)?.value ?? null;
}

/** Mailing-list traffic: list posts discuss brands without claiming to be them. */
export function isMailingList(m: Message): boolean {
  return m.headers.some((h) => h.name === 'list-id' || h.name === 'list-post' || h.name === 'list-subscribe' || h.name === 'list-owner' || h.name === 'list-help' || h.name === 'mailing-list' || (h.name === 'precedence' && /\b(?:list|bulk)\b/i.test(h.value)));
}

const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc)\s*:/i;
const FORWARD_BODY = /(?<!-)-{3,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transf[ée]r[ée])\s*-{3,}|^begin forwarded message:/im;

/** A person forwarding a brand's mail ("Fwd: Your Amazon order"). */
export function isForwarded(m: Message): boolean {
  return FORWARD_SUBJECT.test(m.subject ?? '') || FORWARD_BODY.test(m.text.slice(0, 20000));
}

export function fromEvidence(m: Message): Evidence {
  const f = m.from;
  const raw = headerValue(m.headers, 'from');
  const value = raw ?? (f ? (f.name ? `${f.name} <${f.address}>` : f.address) : '');
  return { kind: 'header', header: 'from', value: value.slice(0, 300) };
}

export function senderEvidence(m: Message): Evidence {
  return { kind: 'header', header: 'sender', value: (m.sender ?? '').slice(0, 200) };
}

/**
 * The claimed brand, when the message really presents itself as that brand: the brand in the
 * display name, or a strong claim in the subject or wording. Mailing-list posts and forwards that
 * discuss a brand need the display name (or an overwhelming claim), so tech lists that talk about
 * Microsoft are not "Microsoft impersonation".
 */
// A subject about the reader's own dealings with the brand ("Your Amazon order", "PayPal payment
// received"), as opposed to news about the brand ("Microsoft reveals XP details").
const ACCOUNT_SUBJECT = /\b(?:your|order|account|payment|refund|deliver|package|parcel|shipment|verif|suspend|lock|invoice|receipt|subscription|membership|renew|sign-?in|password|billing|charge|purchase|confirm|cancel|unusual|limited)/i;

export function assertedBrand(m: Message, claim: BrandClaim | null): BrandClaim | null {
  if (!claim) return null;
  if (m.channel !== 'email') return claim.basis.includes('display-name') || claim.strength >= 2 ? claim : null;
  // Real mailing lists (List-Id, List-Post, List-Subscribe…) discuss brands; phishing kits do not
  // run them. A forward comes from a person, who is not the brand either.
  if (isMailingList(m)) return null;
  if (isForwarded(m)) return claim.basis.includes('display-name') ? claim : null;
  if (claim.basis.includes('display-name')) return claim;
  // "your Amazon account", "Microsoft Security", "Dear PayPal customer": a phrase, not the bare
  // name. A subject that merely names the brand is news as often as a claim.
  const aliases = new Set(claim.pack.aliases.map((a) => a.toLowerCase()));
  const sub = m.subjectSpan;
  const strongText = claim.evidence.some(
    (e) =>
      e.kind === 'text' &&
      !(sub && e.start >= sub.start && e.end <= sub.end) &&
      !aliases.has(e.text.trim().toLowerCase()) &&
      // "download it from Microsoft" is about the brand, not from it.
      !/^(?:from|von|desde|de parte de)\s/i.test(e.text.trim()),
  );
  return strongText || (claim.basis.includes('subject') && ACCOUNT_SUBJECT.test(m.subject ?? '')) ? claim : null;
}
