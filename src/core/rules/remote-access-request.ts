import type { Span } from '../types.js';
import { defineRule } from './define-rule.js';
import { firstAskNear, isWarning, lexicon, matches, spanEvidence } from '../signals/request-lexicon.js';

// Tech-support and refund scams end with the caller inside the victim's computer: "download AnyDesk
// and give me the 9-digit code on your screen". No brand asks a customer to install remote-access
// software in an unsolicited call, text or email (FTC tech support scams; Amazon, Microsoft).

// Verbs that set up a session with a named tool (install verbs come from the shared lexicon).
const CONNECT = lexicon([
  'connect(?:ing)?',
  'allow',
  'accept',
  'grant',
  'share (?:your|the) (?:screen|desktop)',
  'start (?:a |the )?session',
  'join (?:the |my )?session',
  'type',
  'enter',
  'verbinden',
  'zulassen',
  'erlauben',
  'annehmen',
  'conectar',
  'conecte',
  'permita',
  'acepte',
  'autorizar',
  'autorice',
  'connectez',
  'autorisez',
  'acceptez',
  'permitir',
  'permita',
  'toestaan',
]);

// Tool-free phrasing of the same ask: "download this app so I can fix/refund", "give me the
// 9-digit code on your screen", "let me access your computer".
const PHRASE = lexicon([
  '(?:download|install|open|get) (?:this|the|an?|that) (?:app|application|program|software|tool)[^.!?\\n]{0,40}?so (?:that )?(?:i|we) can (?:help|fix|access|connect|refund|process|remove|see|check|assist|repair|clean|secure)',
  '(?:give|read|tell) (?:me|us) (?:the )?(?:9|nine|ten|10)[- ]digit (?:code|number|id)',
  '(?:code|number|id) (?:that is |that\\s?[’\']s )?(?:on|shown on|showing on|displayed on) your (?:screen|display|desktop)',
  '(?:let|allow) (?:me|us) (?:to )?(?:access|connect to|get into|see|control|take control of) your (?:computer|pc|laptop|device|screen|desktop|mac|phone)',
  '(?:take|get) (?:remote )?control of your (?:computer|pc|laptop|device|screen|mouse)',
  'zugriff auf (?:ihren|deinen) (?:computer|rechner|pc|bildschirm)',
  'acceso a su (?:ordenador|computadora|equipo|pantalla)',
  'acc[eè]s [àa] votre (?:ordinateur|[ée]cran)',
]);

const STRONG_TOOLS = new Set(['screen-share', 'remote-desktop']);

export default defineRule({
  meta: {
    id: 'remote-access-request',
    title: 'Asks you to install or open remote-access software',
    description:
      'The message asks the person to download, open or connect a tool that lets someone see or control their screen. Examples are AnyDesk, TeamViewer, UltraViewer, ScreenConnect and Quick Assist. Or it asks them to read out the session code on their screen. That hands the caller control of the computer and the bank session on it.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'remote-access',
    messages: {
      installRemoteTool: 'Asks you to {{verb}} {{tool}}, a remote-access tool that lets a stranger control your device.',
      shareScreen: 'Asks for access to your screen or device ({{phrase}}).',
    },
    falsePositives: [
      'A colleague or your own IT department scheduling a TeamViewer or screen-share session you asked for.',
      'Software newsletters and IT mailing lists that tell readers how to install or connect a remote-desktop tool; these only count at reduced strength unless a brand is claimed.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX4LZMRE7D3K9TCU',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const tools = ctx.byType('remote_tool').filter((t) => t.span && t.span.end <= text.length);
    const email = ctx.message.channel === 'email';
    const brand = ctx.facts.strongClaim;
    if (tools.length > 0) {
      const asks = [...ctx.facts.requests.install, ...matches(text, CONNECT)].sort((a, b) => a.start - b.start);
      const named = tools.filter((t) => !STRONG_TOOLS.has(t.value));
      const generic = tools.filter((t) => STRONG_TOOLS.has(t.value));
      // Named products first: "install AnyDesk" is unambiguous; "remote access" alone is everyday IT talk.
      for (const group of [named, generic]) {
        if (group.length === 0) continue;
        const pair = firstAskNear(text, asks, group.map((t) => t.span as Span), 40);
        if (!pair) continue;
        const tool = group.find((t) => t.span === pair.target)!;
        const isGeneric = STRONG_TOOLS.has(tool.value);
        // Mailing lists discuss remote desktops all day; in email, only a claimed brand or a
        // named product makes it the scam ask.
        if (email && isGeneric && !brand) continue;
        const strength = email && !brand ? 0.4 : isGeneric ? 0.8 : 1;
        return [
          {
            messageId: 'installRemoteTool' as const,
            evidence: spanEvidence(text, pair.ask, pair.target),
            data: { tool: text.slice(pair.target.start, pair.target.end), toolId: tool.value, verb: pair.ask.text.toLowerCase() },
            strength,
          },
        ];
      }
    }
    const phrase = matches(text, PHRASE, 5).find((p) => !isWarning(text, p));
    if (phrase) {
      return [{ messageId: 'shareScreen' as const, evidence: spanEvidence(text, phrase), data: { phrase: phrase.text }, strength: email && !brand ? 0.4 : 0.9 }];
    }
    return [];
  },
});
