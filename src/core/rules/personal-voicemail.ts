import { defineRule, textEvidence } from './define-rule.js';

// Genuine evidence for calls. "Hey Richard, this is Satam from Thumbtack, give me a call back",
// "Hi, this message is for Ricky, it's Van from Brentwood Ford": a caller who greets the person by
// their first name and asks for nothing that scam calls ask for (no "press 1", no payment, codes,
// remote access, threats or deadlines). Robocalls and scam scripts are read to thousands of numbers
// and open with the brand or agency, never with the callee's name. A scammer can still learn a name,
// so this only lowers the score; it proves nothing about the caller.

const SPEAKER = /^[ \t]*(?:caller|me|them|agent|speaker ?\d|voicemail)[ \t]*:[ \t]*/gimu;
const GREETING = /^\W{0,3}(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Gg]ood (?:morning|afternoon|evening))[,!.]?\s+(?:there,?\s+)?(\p{Lu}\p{Ll}{1,14})\b/u;
const FOR_NAME = /\b(?:[Tt]his )?(?:message|call) is for (\p{Lu}\p{Ll}{1,14})\b|\bcalling for (\p{Lu}\p{Ll}{1,14})\b/u;
const NOT_NAMES = new Set(
  'sir madam maam customer dear there everyone everybody mr mrs ms miss friend team all folks guys this it its this is the valued member user client caller'.split(' '),
);
// What scam calls ask for or threaten with; any of it and the greeting counts for nothing.
const SCAM_ASKS =
  /\bpress (?:\d|one|two|nine)\b|gift ?cards?|bitcoin|crypto|wallet|anydesk|teamviewer|remote (?:access|desktop|control)|warrant|arrest|lawsuit|legal action|custody|police|suspend\w*|social security|\bssn\b|verification code|one[- ]time (?:code|password|pin)|\botp\b|\bpin\b|password|final (?:notice|call)|immediately|urgent\w*|warranty|pre-?approved|refund|credit (?:line|debt|card debt)|consolidat\w*|wire (?:the|it|money)|western union|moneygram|zelle|cash ?app|apple ?pay|google play|do not hang up|don[’']t hang up|keep (?:this|it) (?:secret|between us)/iu;

export default defineRule({
  meta: {
    id: 'personal-voicemail',
    title: 'A call that greets you by name and asks for nothing unusual',
    description:
      'The caller greets you by your first name and asks for nothing scam calls ask for: no "press 1", payment, code, app or threat. Robocalls are read to thousands of numbers and do not know your name. This lowers the score; a scammer can still learn your name.',
    category: 'genuine',
    channels: ['call'],
    messages: {
      greetsByName: 'The caller greets you by name ({{name}}) and asks for nothing that scam calls ask for.',
    },
    falsePositives: ['A scammer who found your name (from a data breach or social media) and keeps the request for later.'],
    references: ['https://consumer.ftc.gov/articles/robocalls'],
  },
  check(ctx) {
    const text = ctx.text.slice(0, 4000);
    if (SCAM_ASKS.test(text)) return [];
    const plain = text.replace(SPEAKER, (m) => ' '.repeat(m.length));
    const head = plain.slice(0, 160);
    const lead = /\S/u.exec(head)?.index ?? 0;
    const g = GREETING.exec(head.slice(lead));
    let name: string | undefined;
    let start = 0;
    if (g?.[1]) {
      name = g[1];
      start = lead + g.index + g[0].length - name.length;
    } else {
      const f = FOR_NAME.exec(head);
      name = f?.[1] ?? f?.[2];
      if (f && name) start = f.index + f[0].length - name.length;
    }
    if (!name || NOT_NAMES.has(name.toLowerCase())) return [];
    return [
      {
        messageId: 'greetsByName' as const,
        evidence: [textEvidence(ctx.text, start, start + name.length)],
        data: { name },
        effect: 'lower' as const,
      },
    ];
  },
});
