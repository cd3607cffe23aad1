import type { BrandClaim } from '../facts/types.js';
import { attachmentEvidence } from '../facts/attachments.js';
import { classifyHost } from '../signals/lookalike.js';
import { urlInfo } from '../extract/urls.js';
import { defineRule } from './define-rule.js';

// A PDF whose only job is a big "view document" button: its link goes to a lookalike or to a site
// that is not the claimed brand's, or it carries JavaScript / launch actions.

export default defineRule({
  meta: {
    id: 'pdf-link-attachment',
    title: 'PDF attachment with suspicious links or actions',
    description: 'An attached PDF links to a lookalike or off-brand website, or contains JavaScript or launch actions.',
    category: 'attachment',
    channels: ['email'],
    statement: 'attachments',
    messages: {
      lookalikeLink: 'The PDF {{file}} links to {{domain}}, a lookalike of {{brand}}.',
      offBrandLink: 'The PDF {{file}} claims {{brand}} but links to {{domain}}.',
      active: 'The PDF {{file}} contains JavaScript or an action that runs when it opens.',
    },
    falsePositives: ['Invoices and brochures that link to the sender’s own site (counted only with a brand claim or a lookalike).'],
    references: ['https://www.cisa.gov/news-events/news/using-caution-email-attachments'],
  },
  check(ctx) {
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    for (const f of ctx.facts.attachments) {
      if (!f.pdf) continue;
      const file = f.filename ?? 'attachment';
      for (const link of f.pdf.links) {
        const info = urlInfo(link);
        if (!info) continue;
        const s = classifyHost(info.hostname, ctx.brands);
        if (s.kind === 'lookalike') {
          return [{ messageId: 'lookalikeLink' as const, evidence: [attachmentEvidence(f)], data: { file, domain: s.lookalike.display, brand: ctx.brandById(s.lookalike.brand)?.name ?? s.lookalike.brand } }];
        }
        if (claim && claim.strength >= 2 && !claim.officialSender && s.kind !== 'official') {
          return [{ messageId: 'offBrandLink' as const, evidence: [attachmentEvidence(f)], data: { file, domain: info.domain, brand: claim.pack.name }, strength: 0.7 }];
        }
      }
      if (f.pdf.active) return [{ messageId: 'active' as const, evidence: [attachmentEvidence(f)], data: { file }, strength: 0.6 }];
    }
    return [];
  },
});
