import { linkEvidence } from '../facts/links.js';
import { cues } from '../facts/text.js';
import { ev } from '../signals/match.js';
import { SHOCK_BAIT } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';

// "Look who died in an accident, I think you know him", "Is this you in this video?": a shock or a
// worry that makes people tap before they think. The link leads to a fake login page (often a
// social-media sign-in) or a download. The words alone are ordinary news, so the rule needs a link
// to a site no brand pack knows (the one unfamiliar-link reports).

export default defineRule({
  meta: {
    id: 'shock-bait-link',
    title: 'Shock bait with a link',
    description:
      'A text says someone you know died, or that you are in a video, and gives a link. These links lead to fake login pages or harmful downloads. Do not tap it. Ask the person through a way you already use.',
    category: 'pretext',
    channels: ['sms'],
    messages: {
      shockBait: 'Uses shock to get a tap ({{phrase}}) and sends you to {{where}}.',
    },
    falsePositives: ['A friend sharing real news with a link to a news site no brand pack knows.'],
    references: [
      'https://www.consumeraffairs.com/news/look-who-died-no-dont-its-a-scam-050423.html',
      'https://scamicide.com/2023/06/27/scam-of-the-day-june-28-2023-look-who-died-facebook-scam/',
    ],
  },
  check(ctx) {
    const m = cues(ctx.facts, SHOCK_BAIT, 1)[0];
    if (!m) return [];
    const link = ctx.facts.unfamiliarLink;
    if (!link) return [];
    const where = `a link to ${link.facts.registrable || link.facts.host}`;
    return [{ messageId: 'shockBait' as const, evidence: [ev(ctx.text, m), linkEvidence(link.link)], data: { phrase: m.text, where }, strength: 1 }];
  },
});
