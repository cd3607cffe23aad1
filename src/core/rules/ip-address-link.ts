import { linkEvidence } from '../facts/links.js';
import { defineRule, standaloneInput } from './define-rule.js';

// Real companies link to names, not to bare IP addresses. Private and loopback addresses (router
// pages, local dev servers discussed on tech lists) count for little.

const PRIVATE = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.|::1$|f[cd][0-9a-f]{2}:|fe80:)/i;

export default defineRule({
  meta: {
    id: 'ip-address-link',
    title: 'Link to a bare IP address',
    description: 'A link points to a numeric IP address instead of a website name, which hides who runs the site.',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url'],
    statement: 'ip-links',
    messages: {
      ipLink: 'A link goes to the bare IP address {{ip}} instead of a website name.',
    },
    falsePositives: ['Technical mail about servers and routers (private addresses count for little).'],
    references: ['https://www.ncsc.gov.uk/collection/phishing-scams/spot-scams'],
  },
  check(ctx) {
    const a = ctx.facts.links.find((x) => x.facts.isIp);
    if (!a) return [];
    const ip = a.facts.host;
    // A bare link someone asks about is the whole lure; in a message the other findings add to it.
    const strength = PRIVATE.test(ip) ? 0.2 : a.facts.loginPath ? 1 : standaloneInput(ctx) ? 0.8 : 0.6;
    return [{ messageId: 'ipLink' as const, evidence: [linkEvidence(a.link)], data: { ip }, strength }];
  },
});
