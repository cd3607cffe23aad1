import { linkEvidence } from '../facts/links.js';
import { ev, type Match } from '../signals/match.js';
import { CELEBRITY_BAIT, CHEAP_RENT, EASY_MONEY, MIRACLE_HEALTH } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Spam offers that lead to scams: miracle pills and "Shark Tank" gummies (free trials that turn into
// subscriptions, card details taken), a three-bedroom house for $364 a month (rental-listing scams
// ask for a deposit on a home that is not for rent), "get paid in 2 minutes", car-wrap jobs and
// "an artist wants to paint your photo" (both fake-check scams: a check arrives, you send part of it
// on, the check bounces). Ads for real products exist, so the offer counts only when the text also
// sends the reader somewhere: a link to a site no brand pack owns, or "reply YES". The photo-for-
// money pitch needs neither: it is the whole opening of that scam.

const FAMILIES = [
  { id: 'health', re: MIRACLE_HEALTH, label: 'a miracle health product' },
  { id: 'rent', re: CHEAP_RENT, label: 'a home at a price far below rent' },
  { id: 'money', re: EASY_MONEY, label: 'easy money' },
  { id: 'celebrity', re: CELEBRITY_BAIT, label: 'a celebrity' },
] as const;

// "Reply YES to learn more", "text me back".
const REPLY = /\breply (?:with )?(?:"?\d"?|yes|y|ok)\b|\btext (?:me|us)(?: back)?\b/iu;

const PHOTO_PITCH = /\b(?:photos?|pictures?|pics?|selfies?|images?)\b/iu;

export default defineRule({
  meta: {
    id: 'too-good-offer',
    title: 'Too-good offer from a stranger',
    description:
      'An unexpected text offers something too good to be true. It sends you to a link or asks you to reply. It may be a miracle diet or a "male enhancement" pill. Or a house for a small part of the usual rent. Or easy money for a few minutes, for a car sticker or to paint your photo, or a celebrity giveaway. These lead to subscription traps, deposits for homes that are not for rent, and fake-check scams.',
    category: 'pretext',
    channels: ['sms'],
    messages: {
      offer: 'Offers {{label}} ({{phrase}}) and sends you to {{where}}.',
      photoPitch: 'Offers to pay you for the use of your photo ({{phrase}}): the opening of a fake-check scam.',
    },
    falsePositives: [
      'Marketing texts you signed up for from a shop you know (their links go to the shop’s own site).',
    ],
    references: [
      'https://consumer.ftc.gov/articles/rental-listing-scams',
      'https://consumer.ftc.gov/articles/truth-behind-weight-loss-ads',
      'https://www.mass.gov/news/car-wrap-scam-alert',
      'https://bankingjournal.aba.com/2024/07/ftc-warns-young-adults-about-social-media-fake-check-scam/',
      'https://whas11.com/article/news/verify/scams-verify/celebrities-kelly-clarkson-dolly-parton-lori-greiner-do-not-endorse-keto-gummies/536-9aa12993-5cd5-4213-b23f-7a1784789841',
      'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages',
    ],
  },
  check(ctx) {
    let hit: { family: (typeof FAMILIES)[number]; m: Match } | null = null;
    for (const family of FAMILIES) {
      const m = cues(ctx.facts, family.re, 2)[0];
      if (m && (!hit || m.start < hit.m.start)) hit = { family, m };
    }
    if (!hit) return [];
    const evidence = [ev(ctx.text, hit.m)];
    if (hit.family.id === 'money' && PHOTO_PITCH.test(hit.m.text)) {
      return [{ messageId: 'photoPitch' as const, evidence, data: { phrase: hit.m.text }, strength: 1 }];
    }
    // Where it sends the reader: a link no brand pack owns (the one unfamiliar-link reports), or a reply.
    const link = ctx.facts.unfamiliarLink;
    const reply = link ? null : REPLY.exec(ctx.text.slice(0, 4000));
    if (!link && !reply) return [];
    if (link) evidence.push(linkEvidence(link.link));
    if (reply) evidence.push(ev(ctx.text, { start: reply.index, end: reply.index + reply[0].length }));
    const where = link ? `a link to ${link.facts.registrable || link.facts.host}` : 'a reply';
    return [{ messageId: 'offer' as const, evidence, data: { label: hit.family.label, phrase: hit.m.text, where }, strength: 1 }];
  },
});
