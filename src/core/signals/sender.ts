import type { Evidence, HeaderField, Message } from '../types.js';
import { hostParts } from './lookalike.js';

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
  return m.headers.some((h) => h.name === 'list-id' || h.name === 'list-post' || h.name === 'mailing-list' || (h.name === 'precedence' && /\b(?:list|bulk)\b/i.test(h.value)));
}

const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc)\s*:/i;
const FORWARD_BODY = /-{3,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transf[ée]r[ée])\s*-{3,}|^begin forwarded message:/im;

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
