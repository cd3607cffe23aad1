import type { Span } from '../types.js';
import { defineRule } from './define-rule.js';
import { firstAskNear, matches, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// A one-time or 2-step code is the key to the account it was sent for: "we sent you a code, please
// read it to me" is account takeover in progress. The genuine code text says the opposite ("Don't
// share it with anyone"), which the shared warning check recognises.

export const CODE = gatedLexicon([
  '(?:one[- ]time|verification|security|confirmation|authentication|auth|authori[sz]ation|login|log-in|sign-in|access|2fa|mfa|two[- ]factor|2-step|two[- ]step|sms|text|otp|(?:4|5|6|7|8|four|five|six|seven|eight)[- ]digit|temporary) (?:code|pin|passcode|number|password)s?',
  'otp',
  'one[- ]time (?:passcode|password|pin)',
  'passcode',
  '(?:the |that |this )?code (?:we|i|they|amazon|apple|microsoft|paypal|google|you) (?:just |have |had )?(?:sent|texted|received|got|get)',
  '(?:the |that |this )?code (?:that )?(?:was |has been |we[’\']ve |i[’\']ve )?(?:just )?(?:sent|texted|delivered) to (?:you|your)',
  '(?:sent|texted|sending|send|texting|emailed) (?:you |to your (?:phone|number|mobile|device|email) )?(?:a|the|an|one) (?:(?:one[- ]time|verification|security|confirmation|new|short|(?:4|5|6|8|four|five|six|eight)[- ]digit) )?code',
  // Code relay: "I accidentally sent my code to your number, can you send it back?"
  '(?:accidentally|mistakenly|wrongly) (?:sent|texted|forwarded|gave|used) (?:you )?(?:my|a|the|your) (?:(?:verification|security|login|whats ?app|google|(?:4|5|6|8|four|five|six|eight)[- ]digit) )?code',
  '(?:my|a|the) (?:(?:verification|security|login|whats ?app|google|(?:4|5|6|8|four|five|six|eight)[- ]digit) )?code (?:(?:i|we) )?(?:sent|texted|went|came|forwarded) (?:to you |to your (?:number|phone|mobile) )?(?:by mistake|accidentally|by accident|in error|wrongly)',
  '(?:sent|texted|went) (?:my|a|the) (?:(?:verification|security|login|(?:4|5|6|8|four|five|six|eight)[- ]digit) )?code to your (?:number|phone|mobile)',
  // German (TAN handled separately: it must stay case-sensitive)
  '(?:best[äa]tigungs|sicherheits|verifizierungs|einmal|anmelde|zugangs|sms|freigabe)-?(?:code|pin|kennwort|passwort)',
  'einmalpasswort',
  '(?:einen|den) \\p{L}{0,20}code (?:gesendet|geschickt|zugeschickt)',
  'code, ?den (?:wir|ich) (?:ihnen|dir) (?:gerade )?(?:gesendet|geschickt)',
  // Spanish
  'c[óo]digo (?:de )?(?:verificaci[óo]n|confirmaci[óo]n|acceso|seguridad|un solo uso|autenticaci[óo]n|sms)',
  'c[óo]digo (?:que|q) (?:le|te) (?:hemos |he |acabamos de |acabo de )?(?:enviado|enviamos|mandamos|lleg[óo])',
  '(?:enviado|enviamos|mandado|mandamos|enviaremos) (?:un|el) c[óo]digo',
  'clave (?:de un solo uso|temporal|din[áa]mica)',
  // French / Portuguese / Dutch
  'code (?:de (?:v[ée]rification|confirmation|s[ée]curit[ée])|re[çc]u|unique|à usage unique)',
  'c[óo]digo (?:de verifica[çc][ãa]o|de confirma[çc][ãa]o|de seguran[çc]a|recebido)',
  '(?:verificatie|bevestigings|sms|beveiligings)code',
], 'code pin number passw kennw otp digo clave');

const TAN = /(?<![\p{L}\p{N}])(?:m|push|photo|chip|sms-?)?TAN(?:-?(?:Nummer|Code))?(?![\p{L}\p{N}])/gu;

// Typing the code into the brand's own app or site is how 2-step works; only handing it over is the ask.
const ENTERING = /^(?:enter|re-?enter|type in|key in|fill in|introduzca|ingrese|eingeben|saisissez|digite|voer)/iu;
// In a text or email "confirm the code" means typing it in; on a call it means saying it to the caller.
const CONFIRMING = /^(?:verify|verifying|verifique|verificar|verifizieren|v[ée]rifiez|validate|confirm|confirming|confirme|confirmar|best[äa]tigen|confirmez|bevestig)/iu;

export default defineRule({
  meta: {
    id: 'one-time-code-request',
    title: 'Asks you to share a one-time or verification code',
    description:
      'The message asks the person to read out, reply with or forward a code. That may be a one-time, 2-step or verification code, or a German TAN. Whoever gets the code gets into the account: brands never ask for it.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'one-time-code',
    messages: {
      shareCode: 'Asks you to share a one-time code ({{code}}). Codes are only ever typed into the official app or site, never given to anyone.',
    },
    falsePositives: [
      'Help articles that explain how to "confirm the code we sent you" inside the official app.',
      'A person you are helping asking for a code from their own account (family tech support).',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX4LZMRE7D3K9TCU',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const targets: Span[] = [...matches(text, CODE), ...matches(text, TAN, 10)];
    for (const otp of ctx.byType('otp')) if (otp.span && otp.span.end <= text.length) targets.push(otp.span);
    if (targets.length === 0) return [];
    targets.sort((a, b) => a.start - b.start);
    const call = ctx.message.channel === 'call';
    const asks = ctx.facts.requests.share.filter((a) => !ENTERING.test(a.text) && (call || !CONFIRMING.test(a.text)));
    if (asks.length === 0) return [];
    const pair = firstAskNear(text, asks, targets, 60);
    if (!pair) return [];
    return [
      {
        messageId: 'shareCode' as const,
        evidence: spanEvidence(text, pair.ask, pair.target),
        data: { code: text.slice(pair.target.start, pair.target.end) },
      },
    ];
  },
});
