import { linkEvidence } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// Almost every scam text carries a link to a site the reader has never heard of: a throwaway domain
// ("vocalsprolonged.com/ZSgingd6vi"), a cheap new TLD, a hacked page. A link on its own is no red
// flag — shops and schools text links too — so this weighs little alone. What it adds is the second
// half of the smishing pattern the FTC describes: a story (a gift for paying your bill, a blocked
// card, a parcel) and a link to tap. The composite "pretext-with-link" in the policy gives the pair
// its weight. Links to a brand's own domains, to public-sector and university domains (whose
// registries only register vetted bodies) and footer links are not counted.

export default defineRule({
  meta: {
    id: 'unfamiliar-link',
    title: 'A link to a site that is not a known brand’s',
    description:
      'The text links to a site that is not the official site of any brand Impostor knows. Nor is it a government or university site. That alone is common and harmless. Together with a story (a prize, a blocked card, a parcel), it is how scam texts work.',
    category: 'link',
    channels: ['sms'],
    messages: {
      unfamiliar: 'It links to {{domain}}, which is not the website of any brand Impostor knows. Do not tap it; type the brand’s address yourself.',
    },
    falsePositives: ['Texts from small shops, clinics and services that Impostor has no data on.'],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages'],
  },
  check(ctx) {
    const a = ctx.facts.unfamiliarLink;
    if (!a) return [];
    return [{ messageId: 'unfamiliar' as const, evidence: [linkEvidence(a.link)], data: { domain: a.facts.registrable || a.facts.host } }];
  },
});
