import { BRANDS } from '../brands/index.js';
import type { BrandPack } from '../brands/schema.js';
import type { Report } from '../types.js';

// Indicators worth sharing with a takedown team or a blocklist: the links, domains, phone numbers
// and email addresses a scam message carries. The brand's own domains are left out: phishing mail
// often links to the real amazon.com next to the fake page, and blocking that helps nobody.

export type IndicatorType = 'url' | 'domain' | 'email' | 'phone';

export interface Indicator {
  type: IndicatorType;
  value: string;
  /** Where it was seen: the sender, a link, or the message text. */
  role: 'sender' | 'link' | 'text';
}

export const MAX_INDICATORS = 500;

function isOfficial(domain: string, brands: readonly BrandPack[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  for (const b of brands) {
    for (const o of [...b.officialWebDomains, ...b.officialSenderDomains]) {
      if (d === o || d.endsWith(`.${o}`)) return true;
    }
  }
  return false;
}

function hostOf(url: string): string | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A URL as STIX and blocklists expect it: with a scheme ("amaz0n.top/x" → "http://amaz0n.top/x"). */
export function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
}

const PHONE_SENDER = /^\+?\d{3,15}$/;

export function collectIndicators(report: Report, brands: readonly BrandPack[] = BRANDS): Indicator[] {
  const out: Indicator[] = [];
  const seen = new Set<string>();
  const add = (type: IndicatorType, raw: string, role: Indicator['role']) => {
    const value = type === 'url' ? withScheme(raw.trim()) : raw.trim().toLowerCase();
    if (!value || out.length >= MAX_INDICATORS) return;
    const key = `${type}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, value, role });
  };
  const fromAddr = report.message.from?.address;
  if (fromAddr && !isOfficial(report.message.from!.domain, brands)) add('email', fromAddr, 'sender');
  const sender = report.message.sender?.trim();
  if (sender) {
    const compact = sender.replace(/[\s().-]/g, '');
    if (sender.includes('@')) {
      if (!isOfficial(sender.slice(sender.lastIndexOf('@') + 1), brands)) add('email', sender, 'sender');
    } else if (PHONE_SENDER.test(compact)) add('phone', compact, 'sender');
  }
  for (const e of report.entities) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    const role: Indicator['role'] = typeof data.linkIndex === 'number' ? 'link' : 'text';
    switch (e.type) {
      case 'url': {
        if (!/^(?:https?:\/\/|[a-z0-9])/i.test(e.value) || /^(?:mailto|tel|sms|javascript|data):/i.test(e.value)) break;
        const domain = typeof data.domain === 'string' ? data.domain : hostOf(e.value);
        if (domain && isOfficial(domain, brands)) break;
        add('url', e.value, role);
        // The URL's registrable domain is an indicator too, even when no domain entity was given.
        if (domain && data.isIp !== true) add('domain', domain, role);
        break;
      }
      case 'domain':
        if (data.isIp !== true && !isOfficial(e.value, brands)) add('domain', e.value, role);
        break;
      case 'email': {
        const d = e.value.slice(e.value.lastIndexOf('@') + 1);
        if (!isOfficial(d, brands)) add('email', e.value, role);
        break;
      }
      case 'phone':
        add('phone', e.value, 'text');
        break;
      default:
        break;
    }
  }
  return out;
}
