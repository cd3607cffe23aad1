import { ev, type Match } from '../signals/match.js';
import { ADDRESS_NAME, CONTACT_ME, DATING_BAIT, ENDEARMENT, MISTAKEN_CONTACT, MISTAKEN_NAME, RECONNECT, SELF_INTRO } from '../signals/lure-lexicon.js';
import type { Evidence } from '../types.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// "Hi, is this Vince?", "Sorry, wrong number", "Are you who played golf with me last time? I'm Lisa":
// a stranger pretends to have texted somebody else, or to be an old acquaintance, to start a chat
// that turns into a romance or a crypto "investment" (pig butchering). The opener alone is ordinary
// enough that it stays weak; a stranger introducing herself, a link or "text me / add me on
// WhatsApp" make it the scripted version. Endearments ("Hey babe") from a stranger count only with a
// link, since partners text each other "hey babe" all day.

// Words that follow "is this" / "are you" / "I'm" in ordinary chat and are not names.
const NOT_NAMES = new Set(
  (
    'it this that the a an you your yours ur u me my mine we us our he she they them his her their ok okay ' +
    'true right real correct sure serious fine good bad free home here there back busy done ready awake up out in on ' +
    'still just really also so very not no yes yeah still going coming sorry glad happy sad tired sick late early ' +
    'available interested working driving alone single married new gonna trying looking what who how why when where ' +
    'one thing him someone anyone everyone thanks thank well hungry ill listening around outside inside downstairs upstairs ' +
    'safe allowed able supposed sleeping there'
  ).split(' '),
);

/** "Reply 1", "reply the number 1", "reply YES": the reply the bait asks for. */
const REPLY_WITH = /\breply (?:the number )?(?:"?\d"?|yes|y)\b|\bif you(?:[’']re| are) (?:interested|serious)\b/iu;

function looksLikeName(text: string, m: Match): Match | null {
  // The name is the last word of the match before any "'s number" / "please" / "?" / "here".
  const inner = text.slice(m.start, m.end).replace(/(?:[’']s (?:number|phone|cell|mobile))?(?:,? please)? ?\?$| here$/u, '');
  const w = /(\p{L}{2,15})$/u.exec(inner);
  if (!w) return null;
  const word = w[1]!;
  // Names are written with a capital; chat words are not ("is this ok?").
  if (word[0] === word[0]!.toLowerCase() || NOT_NAMES.has(word.toLowerCase())) return null;
  // Shouted words ("WHO ARE YOU SEEING?") and title-case adjectives ("Are You Excited?") are not names.
  if (word === word.toUpperCase() || /(?:ing|ed)$/u.test(word)) return null;
  // "Who are you …?", "How r u …?": a question word before the opener makes it ordinary chat.
  if (/(?:who|how|what|where|why|when|which)\s*$/iu.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const start = m.start + inner.length - word.length;
  return { start, end: start + word.length, text: word, groups: [] };
}

export default defineRule({
  meta: {
    id: 'wrong-number-opener',
    title: '"Wrong number" or long-lost-friend opener',
    description:
      'A stranger texts as if to someone else ("Is this Vince?", "sorry, wrong number"). Or as an old friend ("long time no see, I\'m Lisa"), or with a pet name and a link. These openers start romance and crypto-investment scams. Do not reply; block and delete.',
    category: 'pretext',
    channels: ['sms'],
    messages: {
      mistakenIdentity: 'Writes as if to someone else ({{phrase}}), the usual start of a "wrong number" scam.',
      strangerReconnect: 'A stranger writes as an old friend ({{phrase}}) and says who they are.',
      strangerEndearment: 'A stranger uses a pet name ({{phrase}}) and sends a link.',
      strangerIntro: 'A stranger introduces themselves ({{phrase}}), asks you to get in touch and sends a link.',
      datingBait: 'Dating or adult bait from a stranger ({{phrase}}) with a link or a request to reply.',
    },
    falsePositives: [
      'A genuine mistaken text from a real person (then there is no link, no introduction and no request).',
      'A friend who changed numbers and reintroduces themselves ("long time no see, it\'s Sam").',
    ],
    references: [
      'https://www.mass.gov/news/scam-alert-wrong-number-texts',
      'https://www.nasaa.org/66411/informed-investor-advisory-unsoliticed-text-messages/',
      'https://www.ftc.gov/news-events/data-visualizations/data-spotlight/2025/04/top-text-scams-2024',
      'https://consumer.ftc.gov/articles/what-know-about-romance-scams',
      'https://www.yoursun.com/charlotte/news/state-be-careful-of-awkward-text-scam/article_7eff97ea-aea8-11ec-9969-4f9424456bad.html',
    ],
  },
  check(ctx) {
    const names: Match[] = [];
    const nameHits = cues(ctx.facts, MISTAKEN_NAME, 4);
    for (const m of nameHits) {
      const n = looksLikeName(ctx.text, m);
      if (n) names.push(m);
    }
    const contact = cues(ctx.facts, MISTAKEN_CONTACT, 4);
    const reconnect = cues(ctx.facts, RECONNECT, 2);
    const endear = cues(ctx.facts, ENDEARMENT, 2);
    const intro = cues(ctx.facts, SELF_INTRO, 4).find((m) => looksLikeName(ctx.text, m));
    const bait = cues(ctx.facts, DATING_BAIT, 2);
    if (!names.length && !contact.length && !reconnect.length && !endear.length && !intro && !bait.length) return [];
    const ask = cues(ctx.facts, CONTACT_ME, 4)[0];
    const link = ctx.byType('url').find((u) => u.span);
    const extras: Evidence[] = [];
    if (intro) extras.push(ev(ctx.text, intro));
    if (ask) extras.push(ev(ctx.text, ask));
    if (link?.span) extras.push(ev(ctx.text, link.span));
    const bonus = (intro ? 0.2 : 0) + (link ? 0.2 : 0) + (ask ? 0.1 : 0);
    // "How are you doing Alisa?" is a friend's question, unless a stranger introduces herself too.
    if (intro) for (const m of cues(ctx.facts, ADDRESS_NAME, 2)) if (looksLikeName(ctx.text, m)) names.push(m);
    const mistaken = [...names, ...contact].sort((a, b) => a.start - b.start)[0];
    if (mistaken) {
      return [{ messageId: 'mistakenIdentity', evidence: [ev(ctx.text, mistaken), ...extras], data: { phrase: mistaken.text }, strength: Math.min(1, 0.5 + bonus) }];
    }
    if (reconnect.length && intro) {
      const m = reconnect[0]!;
      return [{ messageId: 'strangerReconnect', evidence: [ev(ctx.text, m), ...extras], data: { phrase: m.text }, strength: Math.min(1, 0.4 + bonus) }];
    }
    if (endear.length && link) {
      const m = endear[0]!;
      return [{ messageId: 'strangerEndearment', evidence: [ev(ctx.text, m), ...extras], data: { phrase: m.text }, strength: Math.min(1, 0.5 + bonus) }];
    }
    // "Hi there, this is Hillary. Let's meet? Txt me: <link>": a stranger's introduction, a contact
    // request and a link, with no opener at all.
    if (bait.length && (link || ask || REPLY_WITH.test(ctx.text))) {
      const m = bait[0]!;
      return [{ messageId: 'datingBait', evidence: [ev(ctx.text, m), ...extras], data: { phrase: m.text }, strength: Math.min(1, 0.6 + bonus) }];
    }
    if (intro && ask && link) {
      return [{ messageId: 'strangerIntro', evidence: [...extras], data: { phrase: intro.text }, strength: 0.8 }];
    }
    return [];
  },
});
